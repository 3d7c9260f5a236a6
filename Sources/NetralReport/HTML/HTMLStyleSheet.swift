/// The report page's whole style sheet: system fonts only, no external resources; a single
/// column on phones, tables scroll sideways inside their box.
enum HTMLStyleSheet {
  static let css = """
    :root{--v:#b91c1c;--v-bg:#fee2e2;--r:#a16207;--r-bg:#fef3c7;--c:#15803d;--c-bg:#dcfce7;
    --e:#7e22ce;--e-bg:#f3e8ff;--ink:#1f2937;--mute:#6b7280;--line:#e5e7eb;--bg:#f9fafb}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
    color:var(--ink);background:var(--bg)}
    main{max-width:1100px;margin:0 auto;padding:16px}
    h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.15rem;margin:1.6em 0 .6em}
    .meta{color:var(--mute);font-size:.88rem;margin:.2em 0;overflow-wrap:anywhere}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(100px,1fr));gap:10px;margin-top:12px}
    .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:10px 14px}
    .card b{display:block;font-size:1.7rem;line-height:1.2}
    .card.violation b{color:var(--v)}.card.review b{color:var(--r)}.card.clean b{color:var(--c)}
    .card.error b{color:var(--e)}
    .panel{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px}
    .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:0 16px}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;width:100%;font-size:.9rem}
    th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
    th{background:#f3f4f6;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f4f6;
    padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
    .badge{display:inline-block;font-size:.78rem;font-weight:600;padding:1px 8px;border-radius:999px}
    .badge.violation{background:var(--v-bg);color:var(--v)}.badge.review{background:var(--r-bg);color:var(--r)}
    .badge.error{background:var(--e-bg);color:var(--e)}.badge.clean{background:var(--c-bg);color:var(--c)}
    article{background:#fff;border:1px solid var(--line);border-left:5px solid var(--r);
    border-radius:10px;padding:12px 14px;margin:0 0 12px}
    article.violation{border-left-color:var(--v)}article.error{border-left-color:var(--e)}
    article header{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:baseline}
    article header strong{overflow-wrap:anywhere}
    .excerpt{margin:10px 0;padding:8px 12px;background:#f9fafb;border-radius:8px;
    white-space:pre-wrap;overflow-wrap:anywhere}
    .excerpt .field{display:block;color:var(--mute);font-size:.78rem}
    mark{border-radius:3px;padding:0 2px;color:inherit}
    mark.violation{background:#fecaca;box-shadow:inset 0 -2px 0 var(--v)}
    mark.review{background:#fde68a;box-shadow:inset 0 -2px 0 var(--r)}
    ul.findings{margin:6px 0 0;padding-left:18px}ul.findings li{margin:6px 0}
    ul.findings dl{margin:4px 0 0;font-size:.88rem;display:grid;grid-template-columns:max-content 1fr;gap:2px 8px}
    ul.findings dt{color:var(--mute)}ul.findings dd{margin:0}
    .chart svg{width:100%;min-width:600px;height:auto;display:block}
    .chart .scroll{overflow-x:auto}
    td code{white-space:nowrap}
    #accounts td:first-child{min-width:10em}
    .legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.8rem;color:var(--mute);margin-top:6px}
    .legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px}
    @media (max-width:600px){main{padding:10px}h1{font-size:1.25rem}.card b{font-size:1.4rem}
    th,td{padding:5px 6px}}
    """
}

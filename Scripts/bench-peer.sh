#!/usr/bin/env bash
# Compares `netral audit --format jsonl` with the reference peer (../shared/bench) on the peer's
# own corpus, in one run, alternating the two (hyperfine), for each size given.
#
# Usage: Scripts/bench-peer.sh [SIZE ...]        (default: 10000 100000)
# Env:   RUNS (hyperfine runs per command, default 5), OUT (folder for corpora and results,
#        default /tmp/netral-bench-peer), PEER (the peer's folder, default ../shared/bench).
#
# Prints hyperfine's table per size and a summary line: median wall of each, the ratio, and
# /usr/bin/time's user CPU and max RSS of one extra run of each. Nothing is written to the repo.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
runs=${RUNS:-5}
out=${OUT:-/tmp/netral-bench-peer}
peer=${PEER:-$(cd .. && pwd)/shared/bench}
mkdir -p "$out"

for tool in hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "bench-peer: $tool is missing (apt-get install -y hyperfine)" >&2; exit 2; }
done
python3 -c 'import ahocorasick' 2>/dev/null || { echo "bench-peer: the peer needs 'pip install pyahocorasick'" >&2; exit 2; }

swift build -c release --product netral >&2
netral=$(swift build -c release --show-bin-path)/netral

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  corpus="$out/peer$n.jsonl"
  [ -s "$corpus" ] || python3 "$peer/make_corpus.py" "$n" "$corpus"
  # netral exits 1 when it finds violations: that is its normal outcome here (-i).
  hyperfine -N -i -w 1 -r "$runs" --export-json "$out/hyperfine$n.json" \
    "$netral audit --format jsonl $corpus" \
    "python3 $peer/peer_keyword_lint.py $corpus" >&2 </dev/null 1>/dev/null || true
  python3 - "$out/hyperfine$n.json" "$n" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
netral, peer = (r["median"] for r in results)
print(f"{int(sys.argv[2]):>9} lines: netral {netral:.3f} s, peer {peer:.3f} s median wall; peer/netral = {peer / netral:.2f}x")
EOF
  /usr/bin/time -f "           netral: user %U s, system %S s, max RSS %M KiB" \
    "$netral" audit --format jsonl "$corpus" >/dev/null || true
  /usr/bin/time -f "           peer:   user %U s, system %S s, max RSS %M KiB" \
    python3 "$peer/peer_keyword_lint.py" "$corpus" >/dev/null
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

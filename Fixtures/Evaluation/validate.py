#!/usr/bin/env python3
"""Checks the labeled evaluation files: valid JSON per line, unique ids, known rule ids,
verdict consistent with rules, and prints the label distribution and rule coverage.

usage: python3 Fixtures/Evaluation/validate.py [file ...]   (default: dev.jsonl holdout.jsonl)
"""
import json, sys, os, collections

RULES = {
    'post.campaign-support': 'violation', 'post.campaign-opposition': 'violation',
    'post.mobilization': 'violation', 'post.campaign-attribute': 'violation',
    'post.campaign-event': 'violation', 'post.party-membership': 'violation',
    'post.ktp-support': 'violation', 'interaction.campaign-content': 'violation',
    'membership.campaign-account': 'violation', 'photo.partisan': 'violation',
    'profile.campaign-identity': 'violation', 'gesture.partisan-symbol': 'review',
    'content.election-mention': 'review',
}
KINDS = {'post', 'comment', 'share', 'like', 'follow', 'join', 'profile'}
ACTORS = {'pns', 'pppk', 'non_asn', 'agency', 'unknown'}
RANK = {'clean': 0, 'review': 1, 'violation': 2}


def check(path):
    errors, ids = [], set()
    verdicts, rules, tags, kinds = (collections.Counter() for _ in range(4))
    n = 0
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f'{path}:{ln}: empty line'); continue
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f'{path}:{ln}: not valid JSON ({e})'); continue
            n += 1
            i = o.get('id')
            if not isinstance(i, str): errors.append(f'{path}:{ln}: id: missing')
            elif i in ids: errors.append(f'{path}:{ln}: id: duplicate {i}')
            ids.add(i)
            if o.get('kind') not in KINDS: errors.append(f'{path}:{ln}: kind: unknown')
            kinds[o.get('kind')] += 1
            a = o.get('actor')
            if a is not None and a.get('type') not in ACTORS: errors.append(f'{path}:{ln}: actor.type: unknown')
            e = o.get('expect') or {}
            v = e.get('verdict')
            if v not in RANK: errors.append(f'{path}:{ln}: expect.verdict: unknown {v!r}'); continue
            rs = e.get('rules', [])
            for r in rs:
                if r not in RULES: errors.append(f'{path}:{ln}: expect.rules: unknown rule {r!r}')
                rules[r] += 1
            worst = max((RANK[RULES[r]] for r in rs if r in RULES), default=0)
            if worst != RANK[v]: errors.append(f'{path}:{ln}: expect: verdict {v} does not match rules {rs}')
            verdicts[v] += 1
            for t in o.get('tags', []): tags[t] += 1
            if o['kind'] in ('like', 'follow', 'join') and not o.get('target'):
                errors.append(f'{path}:{ln}: target: missing for {o["kind"]}')
    return n, errors, verdicts, rules, tags, kinds


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or [os.path.join(here, 'dev.jsonl'), os.path.join(here, 'holdout.jsonl')]
    failed = False
    for path in files:
        if not os.path.exists(path): print(f'{path}: missing'); failed = True; continue
        n, errors, verdicts, rules, tags, kinds = check(path)
        print(f'== {os.path.basename(path)}: {n} lines')
        print('verdicts:', dict(verdicts))
        print('kinds:', dict(kinds))
        print('tags:', dict(sorted(tags.items())))
        print('evasion share: %.2f' % (tags['evasion'] / max(n, 1)))
        for r in RULES: print(f'  {rules[r]:4d} {r}')
        for e in errors: print(e)
        failed |= bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()

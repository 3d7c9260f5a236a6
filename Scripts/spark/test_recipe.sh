#!/usr/bin/env bash
# Tests the Spark recipe end to end: generates activities (plus one malformed line), runs
# netral_spark.py in local mode and checks that every input line got exactly one verdict line.
# Needs: pyspark (pip), Java 17, a built `netral` (NETRAL_BIN, else `swift build` here) and
# `netral-bench` for the generator (NETRAL_BENCH, else `swift build`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count="${COUNT:-3000}"
work="$(mktemp -d)"; [ -n "${KEEP:-}" ] && echo "test_recipe: work dir $work"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

python3 -c 'import pyspark' 2>/dev/null || { echo "test_recipe: pyspark is not installed (pip install pyspark)" >&2; exit 2; }
if [ -z "${NETRAL_BIN:-}" ] || [ -z "${NETRAL_BENCH:-}" ]; then
  (cd "$repo" && swift build --product netral >/dev/null && swift build --product netral-bench >/dev/null)
  bin="$(cd "$repo" && swift build --show-bin-path)"
fi
netral="${NETRAL_BIN:-$bin/netral}"
bench="${NETRAL_BENCH:-$bin/netral-bench}"

"$bench" generate "$count" "$work/in.jsonl" --seed 7 --accounts 300 >/dev/null
echo '{"id":"broken-1","kind":"post","text":"tidak ditutup' >> "$work/in.jsonl"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
python3 "$here/netral_spark.py" --netral "$netral" --input "$work/in.jsonl" \
  --output "$work/out" --partitions 3 --master 'local[2]'

python3 - "$work/in.jsonl" "$work/out" <<'PY'
import collections, glob, json, sys
inputs = [line for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
parts = {path: [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
         for path in sorted(glob.glob(sys.argv[2] + "/part-*"))}
outputs = [o for verdicts in parts.values() for o in verdicts]
assert len(outputs) == len(inputs), f"{len(inputs)} input lines, {len(outputs)} verdict lines"
ids = collections.Counter(o["id"] for o in outputs)
readable = [json.loads(l)["id"] for l in inputs[:-1]]
missing = [i for i in readable if ids[i] != 1]
assert not missing, f"ids without exactly one verdict: {missing[:5]}"
errors = [o for o in outputs if o["verdict"] == "error"]
assert len(errors) == 1, f"expected 1 error verdict for the malformed line, got {len(errors)}"
assert all(o["verdict"] in {"clean", "review", "violation", "error"} for o in outputs)
# Sharded by account: all of an account's verdicts sit in one part, in input order.
account = {a["id"]: a["actor"]["id"] for a in map(json.loads, inputs[:-1])}
order = {i: n for n, i in enumerate(readable)}
shards = collections.defaultdict(set)
for path, verdicts in parts.items():
    ranks = [order[o["id"]] for o in verdicts if o["id"] in order]
    assert ranks == sorted(ranks), f"{path}: verdicts out of input order"
    for o in verdicts:
        if o["id"] in account:
            shards[account[o["id"]]].add(path)
split = [a for a, paths in shards.items() if len(paths) != 1]
assert not split, f"accounts split over shards: {split[:5]}"
assert len(parts) == 3 and all(parts.values()), "expected 3 non-empty shards"
counts = collections.Counter(o["verdict"] for o in outputs)
print(f"test_recipe: ok: {len(inputs)} input lines -> {len(outputs)} verdict lines, each id once; "
      f"{len(shards)} accounts, each in one of {len(parts)} shards, in input order; {dict(counts)}")
PY

# A filter that loses a line must fail the job, not write a short result.
cat > "$work/lossy-netral" <<LOSSY
#!/bin/sh
"$netral" "\$@" | sed '\$d'
LOSSY
chmod +x "$work/lossy-netral"
if python3 "$here/netral_spark.py" --netral "$work/lossy-netral" --input "$work/in.jsonl" \
  --output "$work/lossy-out" --partitions 3 --master 'local[2]' >"$work/lossy.log" 2>&1; then
  echo "test_recipe: FAILED: a filter that drops lines was not detected" >&2
  exit 1
fi
grep -q -i -E "same number of elements|different number of items|out of step" "$work/lossy.log" || { echo "test_recipe: FAILED: lossy run failed for another reason:" >&2; tail -5 "$work/lossy.log" >&2; exit 1; }
echo "test_recipe: ok: a filter that drops a line fails the job"


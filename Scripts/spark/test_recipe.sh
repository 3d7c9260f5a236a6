#!/usr/bin/env bash
# Tests the Spark recipe end to end: generates activities (plus one malformed line), runs
# netral_spark.py in local mode and checks that every input line got exactly one verdict line.
# Needs: pyspark (pip), Java 17, a built `netral` (NETRAL_BIN, else `swift build` here) and
# `netral-bench` for the generator (NETRAL_BENCH, else `swift build`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
count="${COUNT:-3000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -c 'import pyspark' 2>/dev/null || { echo "test_recipe: pyspark is not installed (pip install pyspark)" >&2; exit 2; }
if [ -z "${NETRAL_BIN:-}" ] || [ -z "${NETRAL_BENCH:-}" ]; then
  (cd "$repo" && swift build --product netral >/dev/null && swift build --product netral-bench >/dev/null)
  bin="$(cd "$repo" && swift build --show-bin-path)"
fi
netral="${NETRAL_BIN:-$bin/netral}"
bench="${NETRAL_BENCH:-$bin/netral-bench}"

"$bench" generate "$count" "$work/in.jsonl" --seed 7 --accounts 300 >/dev/null
echo '{"id":"broken-1","kind":"post","text":"tidak ditutup' >> "$work/in.jsonl"
python3 "$here/netral_spark.py" --netral "$netral" --input "$work/in.jsonl" \
  --output "$work/out" --partitions 3 --master 'local[2]'

python3 - "$work/in.jsonl" "$work/out" <<'PY'
import collections, glob, json, sys
inputs = [line for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
outputs = [json.loads(line) for path in sorted(glob.glob(sys.argv[2] + "/part-*"))
           for line in open(path, encoding="utf-8") if line.strip()]
assert len(outputs) == len(inputs), f"{len(inputs)} input lines, {len(outputs)} verdict lines"
ids = collections.Counter(o["id"] for o in outputs)
readable = [json.loads(l)["id"] for l in inputs[:-1]]
missing = [i for i in readable if ids[i] != 1]
assert not missing, f"ids without exactly one verdict: {missing[:5]}"
errors = [o for o in outputs if o["verdict"] == "error"]
assert len(errors) == 1, f"expected 1 error verdict for the malformed line, got {len(errors)}"
assert all(o["verdict"] in {"clean", "review", "violation", "error"} for o in outputs)
counts = collections.Counter(o["verdict"] for o in outputs)
print(f"test_recipe: ok: {len(inputs)} input lines -> {len(outputs)} verdict lines, each id once; {dict(counts)}")
PY

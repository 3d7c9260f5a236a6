#!/usr/bin/env bash
# Runs one libFuzzer harness for a set time: Scripts/fuzz.sh HARNESS SECONDS
#   HARNESS: normalizer | packs | jsonl | x | facebook | instagram | tiktok | csv | jsonl-file | zip
# Builds Fuzz/ (a separate package, so plain `swift build`/`swift test` never build it) in release
# with -sanitize=fuzzer (FUZZ_SANITIZE=fuzzer,address adds ASan), seeds from Fixtures/Fuzz/HARNESS,
# keeps the growing corpus in Fuzz/.build/corpus/HARNESS and crashes in Fuzz/.build/crashes/HARNESS.
# Prints libFuzzer's final stats (stat::number_of_executed_units = executions).
set -euo pipefail
harness=${1:?usage: Scripts/fuzz.sh HARNESS SECONDS}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
sanitize=${FUZZ_SANITIZE:-fuzzer}
cd "$root/Fuzz"
# lld: ld.gold hits an internal error linking the libFuzzer-instrumented executable.
flags=(-c release -Xswiftc "-sanitize=$sanitize" -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
swift build "${flags[@]}" --product FuzzNetral >&2
bin=$(swift build "${flags[@]}" --show-bin-path)/FuzzNetral
corpus="$root/Fuzz/.build/corpus/$harness"
crashes="$root/Fuzz/.build/crashes/$harness/"
mkdir -p "$corpus" "$crashes"
seeds="$root/Fixtures/Fuzz/$harness"
[ -d "$seeds" ] || { echo "no seeds in $seeds" >&2; exit 64; }
dict=()
[ -f "$root/Fixtures/Fuzz/$harness.dict" ] && dict=(-dict="$root/Fixtures/Fuzz/$harness.dict")
NETRAL_FUZZ_HARNESS=$harness "$bin" "$corpus" "$seeds" "${dict[@]}" \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$crashes" -print_final_stats=1

#!/usr/bin/env bash
# Runs libFuzzer harnesses for a set time: Scripts/fuzz.sh HARNESS|all SECONDS
#   HARNESS: normalizer | packs | jsonl | x | facebook | instagram | tiktok | csv | jsonl-file | zip
#   all:     every harness in turn, SECONDS each, one build; a summary table at the end.
# Builds Fuzz/ (a separate package, so plain `swift build`/`swift test` never build it) with
# --sanitize=fuzzer and fuzzes each harness over its seeds in Fixtures/Fuzz/HARNESS, which are only
# read. Settings, from the environment:
#   FUZZ_CONFIG    release (default) or debug (builds in a third of the time; assertions on)
#   FUZZ_SANITIZE  fuzzer (default) or fuzzer,address (ASan and LeakSanitizer)
#   FUZZ_WORK      where the growing corpus (WORK/corpus/HARNESS), the crash, leak and timeout
#                  reproducers (WORK/crashes/HARNESS/) and the importers' scratch files go;
#                  default Fuzz/.build, so a corpus grows from run to run
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 20)
# Exit status: 0 when every harness ran its time without a finding; 1 when any harness found a
# crash, leak, timeout or out-of-memory input (each named with its reproducer); 64 on bad usage.
set -euo pipefail
harnesses=(normalizer packs jsonl x facebook instagram tiktok csv jsonl-file zip)
which=${1:?usage: Scripts/fuzz.sh HARNESS|all SECONDS}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
config=${FUZZ_CONFIG:-release}
sanitize=${FUZZ_SANITIZE:-fuzzer}
work=${FUZZ_WORK:-$root/Fuzz/.build}
timeout=${FUZZ_TIMEOUT:-20}

if [ "$which" = all ]; then
  selected=("${harnesses[@]}")
else
  case " ${harnesses[*]} " in
    *" $which "*) selected=("$which") ;;
    *) echo "fuzz: unknown harness '$which': one of all ${harnesses[*]}" >&2; exit 64 ;;
  esac
fi

cd "$root/Fuzz"
# SwiftPM's --sanitize instruments the C targets (CICUShim) too and links libFuzzer's main. It
# hands swiftc one -sanitize= flag per sanitizer, and swiftc keeps only the last (with address
# last, Swift code gets no coverage at all), so -Xswiftc repeats them as one list, which comes
# later and wins. lld: ld.gold hits an internal error linking the instrumented executable.
flags=(-c "$config" -Xswiftc "-sanitize=$sanitize" -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
IFS=, read -r -a sanitizers <<<"$sanitize"
for one in "${sanitizers[@]}"; do flags+=(--sanitize="$one"); done
echo "fuzz: building Fuzz/ ($config, --sanitize ${sanitizers[*]})" >&2
swift build "${flags[@]}" --product FuzzNetral >&2
bin=$(swift build "${flags[@]}" --show-bin-path)/FuzzNetral
mkdir -p "$work/scratch"
# ZIPFoundation leaks 19 bytes per opened archive (see Docs/Reliability.md): suppressed by name.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/Scripts/lsan-suppressions.txt print_suppressions=0}
export NETRAL_FUZZ_SCRATCH="$work/scratch"
# Swift's own crash handler reads the crashed process's memory to print a backtrace, which ASan
# reports as a heap-buffer-overflow in CrashHandlerLinux.cpp, hiding the real `Fatal error: …`;
# libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

failed=()
summary=()
for harness in "${selected[@]}"; do
  seeds="$root/Fixtures/Fuzz/$harness"
  [ -d "$seeds" ] || { echo "fuzz: no seeds in $seeds" >&2; exit 64; }
  corpus="$work/corpus/$harness"
  crashes="$work/crashes/$harness/"
  mkdir -p "$corpus" "$crashes"
  dict=()
  [ -f "$root/Fixtures/Fuzz/$harness.dict" ] && dict=(-dict="$root/Fixtures/Fuzz/$harness.dict")
  log="$work/$harness.log"
  echo "fuzz: $harness for ${seconds}s" >&2
  # The seeds folder comes second: libFuzzer writes new inputs only into the first (the corpus).
  status=0
  NETRAL_FUZZ_HARNESS=$harness "$bin" "$corpus" "$seeds" "${dict[@]}" \
    -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$crashes" -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1 || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //' || true)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1 || true)
  # Slow inputs (over 10 s, written as slow-unit-*) are reported, not failed: the per-input
  # timeout is the bound.
  reproducers=$(sed -n 's/.*Test unit written to //p' "$log" | grep -v '/slow-unit-' || true)
  slow=$(sed -n 's/.*Test unit written to //p' "$log" | grep '/slow-unit-' || true)
  for file in $slow; do echo "fuzz: warning: $harness: slow input $file" >&2; done
  if grep -q 'Is the code instrumented for coverage' "$log"; then
    failed+=("$harness")
    summary+=("$harness | ${runs:-?} | ${cov:-?} | ${rss:-?} | FAILED (no coverage)")
    echo "fuzz: FAILED: harness '$harness' saw no coverage: the build is not instrumented" >&2
  elif [ "$status" -ne 0 ] || [ -n "$reproducers" ]; then
    # Swift's own message (a failed precondition, a trap) first, else the sanitizer's or libFuzzer's.
    kind=$(grep -m1 -o -E '(Fatal error|Precondition failed|Assertion failed): .*' "$log" ||
      grep -m1 -o -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer): .*' "$log" || true)
    tail -n 60 "$log" >&2
    failed+=("$harness")
    summary+=("$harness | ${runs:-?} | ${cov:-?} | ${rss:-?} | FAILED (exit $status)")
    echo "fuzz: FAILED: harness '$harness' (exit $status): ${kind:-see $log}" >&2
    for file in $reproducers; do
      echo "fuzz:   reproducer $file ($(wc -c <"$file") bytes)" >&2
      echo "fuzz:   replay: NETRAL_FUZZ_HARNESS=$harness $bin $file" >&2
      [ "$(wc -c <"$file")" -le 8192 ] && echo "fuzz:   base64: $(base64 -w0 "$file")" >&2
    done
  else
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" >&2 || true
    summary+=("$harness | $runs | $cov | $rss | ok")
  fi
done

echo "fuzz: harness | executions | coverage (edges) | peak RSS MB | result" >&2
for line in "${summary[@]}"; do echo "fuzz: $line" >&2; done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} harness(es) failed: ${failed[*]}; logs and reproducers in $work" >&2
  exit 1
fi

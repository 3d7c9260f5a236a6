#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer, and the parallel audit's tests under
# ThreadSanitizer. Each sanitizer builds into its own folder (.build-asan, .build-tsan) so the
# ordinary debug build is not thrown away. Usage: Scripts/sanitize.sh [address|thread|all] [FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
filter=${2:-}
status=0
if [ "$which" = address ] || [ "$which" = all ]; then
  echo "== swift test --sanitize=address ${filter:+--filter $filter}" >&2
  # Leak checking off: the one leak reported is ZIPFoundation's (19 bytes per opened zip, from
  # FileManager.fileSystemRepresentation, never freed), and LeakSanitizer turns every netral
  # run that opens a zip into exit status 1, failing the exit-status tests.
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    swift test --scratch-path .build-asan --sanitize=address ${filter:+--filter "$filter"} || status=1
fi
if [ "$which" = thread ] || [ "$which" = all ]; then
  echo "== swift test --sanitize=thread --filter ${filter:-NetralAuditTests}" >&2
  TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1 suppressions=$PWD/Scripts/tsan-suppressions.txt} \
    swift test --scratch-path .build-tsan --sanitize=thread --filter "${filter:-NetralAuditTests}" || status=1
fi
exit $status

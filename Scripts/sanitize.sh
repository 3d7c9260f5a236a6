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
  swift test --scratch-path .build-asan --sanitize=address ${filter:+--filter "$filter"} || status=1
fi
if [ "$which" = thread ] || [ "$which" = all ]; then
  echo "== swift test --sanitize=thread --filter ${filter:-NetralAuditTests}" >&2
  TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1 suppressions=$PWD/Scripts/tsan-suppressions.txt} \
    swift test --scratch-path .build-tsan --sanitize=thread --filter "${filter:-NetralAuditTests}" || status=1
fi
exit $status

#!/usr/bin/env bash
# Renders the HTML report of an audit and screenshots it in headless Chromium at desktop and
# phone widths, for a person to look at.
#
# Usage: Scripts/screenshot-report.sh [INPUT.jsonl|report.html] [OUT_DIR]
#   INPUT defaults to Fixtures/Examples/activities.jsonl (audited with the debug build);
#   an .html file is screenshotted as is. OUT_DIR defaults to .build/screenshots.
# Needs Chromium (Debian: apt-get install -y chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
input="${1:-$root/Fixtures/Examples/activities.jsonl}"
out="${2:-$root/.build/screenshots}"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi

if [[ "$input" == *.html ]]; then
  html="$input"
else
  (cd "$root" && swift build --product netral >/dev/null)
  html="$out/report.html"
  status=0
  "$root/.build/debug/netral" audit "$input" --format html --output "$html" || status=$?
  if [ "$status" -ge 2 ]; then
    echo "screenshot-report: netral audit failed with status $status" >&2
    exit "$status"
  fi
fi

shoot() { # name width height
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="$out/$1.png" "file://$(realpath "$html")" >/dev/null 2>&1
  echo "$out/$1.png"
}
shoot desktop 1280 3000
shoot phone 390 5200

#!/usr/bin/env bash
# Renders a Parity HTML report to a PNG with headless Chromium, to look at it
# without a desktop. Not used by CI.
#
# Usage: scripts/render-report.sh report.html [out.png] [WIDTH,HEIGHT]
#   out.png defaults to the report's name with .png; the window is 1400,2000.
set -euo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 report.html [out.png] [WIDTH,HEIGHT]" >&2
    exit 2
fi
html=$1
png=${2:-${html%.html}.png}
size=${3:-1400,2000}

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
    echo "$0: no chromium found (apt-get install -y chromium)" >&2
    exit 2
fi
if [ ! -f "$html" ]; then
    echo "$0: $html: no such file" >&2
    exit 2
fi

absolute="$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
case "$png" in /*) ;; *) png="$(pwd)/$png" ;; esac

# --no-sandbox: Chromium refuses to run as root with its sandbox.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$png" --window-size="$size" "file://$absolute" 2>/dev/null
echo "$png"

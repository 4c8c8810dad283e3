#!/usr/bin/env bash
# Re-renders every NAME.html in this folder to NAME.pdf with headless Chromium, one at a time.
# Usage: ./render.sh            (all documents)
#        ./render.sh NAME ...   (only these; NAME without extension)
# Needs Debian's chromium plus fonts-dejavu fonts-liberation fonts-noto-core fonts-crosextra-carlito
# fonts-crosextra-caladea. The generators in tools/ (python3 tools/gen_*.py) rewrite the HTML and the
# expected JSON from the hand-written content; run them before this when the content changed.
set -euo pipefail
cd "$(dirname "$0")"
CHROMIUM="${CHROMIUM:-chromium}"
if [ "$#" -gt 0 ]; then names=("$@"); else names=(); for f in *.html; do names+=("${f%.html}"); done; fi
for name in "${names[@]}"; do
  profile="$(mktemp -d)"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --no-pdf-header-footer --print-to-pdf="$PWD/$name.pdf" "file://$PWD/$name.html" >/dev/null 2>&1
  rm -rf "$profile"
  echo "rendered $name.pdf ($(pdfinfo "$name.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') pages)"
done

#!/usr/bin/env bash
# Renders the word-processor documents (NAME.fodt, flat ODF written by tools/gen_*.py) to NAME.pdf with LibreOffice,
# as a tagged PDF. Two passes: the first PDF gives the page of every heading, the generator then writes the table of
# contents with those page numbers and the second pass is the committed PDF.
# Usage: ./render_writer.sh            (ordbehandler-2024)
# Needs Debian's libreoffice-writer-nogui (or libreoffice-writer), hyphen-no (Norwegian hyphenation patterns) and
# fonts-liberation fonts-crosextra-carlito.
set -euo pipefail
cd "$(dirname "$0")"
SOFFICE="${SOFFICE:-soffice}"
FILTER='pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
names=("${@:-ordbehandler-2024}")
for name in "${names[@]}"; do
  gen="tools/gen_${name//-/_}.py"
  work="$(mktemp -d)"
  python3 "$gen"
  "$SOFFICE" --headless -env:UserInstallation="file://$work/profile" --convert-to "$FILTER" --outdir "$work" "$name.fodt" >/dev/null 2>&1
  python3 "$gen" --find-pages "$work/$name.pdf" > "$work/pages.json"
  python3 "$gen" --pages "$work/pages.json"
  "$SOFFICE" --headless -env:UserInstallation="file://$work/profile" --convert-to "$FILTER" --outdir "$work" "$name.fodt" >/dev/null 2>&1
  python3 "$gen" --find-pages "$work/$name.pdf" | cmp -s - "$work/pages.json" || { echo "$name: page numbers moved between passes" >&2; exit 1; }
  cp "$work/$name.pdf" "$name.pdf"
  rm -rf "$work"
  echo "rendered $name.pdf ($(pdfinfo "$name.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') pages)"
done

#!/usr/bin/env bash
# Renders the LaTeX document(s) NAME.tex (written by tools/gen_NAME.py) to NAME.pdf with pdflatex, twice (the second
# pass resolves "Side N av M" and the running heads). Auxiliary files stay in a temporary folder; only NAME.tex and
# NAME.pdf are left here.
# Usage: ./render_latex.sh            (latex-2024)
# Needs Debian's texlive-latex-base texlive-latex-recommended texlive-fonts-recommended texlive-lang-european lmodern.
set -euo pipefail
cd "$(dirname "$0")"
names=("${@:-latex-2024}")
for name in "${names[@]}"; do
  python3 "tools/gen_${name//-/_}.py"
  work="$(mktemp -d)"
  for pass in 1 2; do
    pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$work" "$name.tex" >"$work/pass$pass.out" 2>&1 \
      || { tail -30 "$work/pass$pass.out" >&2; exit 1; }
  done
  # SOURCE_DATE_EPOCH-free build: the PDF's dates and ID change per run, the text does not
  cp "$work/$name.pdf" "$name.pdf"
  rm -rf "$work"
  echo "rendered $name.pdf ($(pdfinfo "$name.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') pages)"
done

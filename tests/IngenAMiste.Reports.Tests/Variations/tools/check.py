"""Sanity check of the expected JSON against the rendered PDF text (pdftotext, reading order).

For each NAME.expected.json next to this folder's parent: every goal title, commitment, status_evidence,
funding evidence and mention evidence must occur in the PDF text. The comparison is loose on purpose
(letters and digits only, so line breaks, soft hyphens, hyphenation hyphens and page furniture between
two words of a phrase are ignored except when furniture interrupts it — reported as such); it catches
typos and text that did not render, not parser-level subtleties.
Usage: python3 tools/check.py [NAME ...]
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def squash(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"[^0-9a-zæøåéü]", "", s)


def pdf_text(pdf, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


# documents set in two columns: read line boxes column by column (spanning lines split the page into bands)
COLUMN_DOCS = {"other-fonts-two-column"}


def pdf_text_columns(pdf):
    import xml.etree.ElementTree as ET
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(out)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        mid = float(page.get("width")) / 2
        lines = []
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            x0, x1, y0 = float(line.get("xMin")), float(line.get("xMax")), float(line.get("yMin"))
            text = " ".join(w.text or "" for w in line.findall("h:word", ns))
            kind = "span" if x0 < mid - 5 and x1 > mid + 5 else ("left" if x1 <= mid + 5 else "right")
            lines.append((y0, x0, kind, text))
        spans = sorted(l for l in lines if l[2] == "span")
        ordered, top = [], -1.0
        for bound in [l[0] for l in spans] + [1e9]:
            band = [l for l in lines if l[2] != "span" and top <= l[0] < bound]
            ordered += [l[3] for l in sorted(band, key=lambda l: (l[2] != "left", l[0], l[1]))]
            ordered += [l[3] for l in spans if l[0] == bound]
            top = bound
        pages.append("\n".join(ordered))
    return "\f".join(pages) + "\f"


# documents set as one table with a repeated header row "Nr. | Tiltak | Ansvar | Status …": besides the reading order,
# read each column top to bottom over all pages (pdftotext interleaves the cells of a row), header rows left out
TABLE_DOCS = {"tabellrapport-2024"}


def pdf_text_table_columns(pdf):
    import xml.etree.ElementTree as ET
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(out)
    columns = {}
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [(float(w.get("yMin")), float(w.get("xMin")), w.text or "")
                 for w in page.iter("{http://www.w3.org/1999/xhtml}word")]
        heads = [w for w in words if w[2] == "Nr."]
        if not heads:
            continue
        hy = heads[0][0]
        header = sorted(w for w in words if abs(w[0] - hy) < 2 and w[2] in ("Nr.", "Tiltak", "Ansvar", "Status"))
        bounds = sorted(w[1] - 3 for w in header)
        for y, x, t in sorted(words):
            if y <= hy + 2:
                continue
            col = sum(1 for b in bounds if x >= b)
            columns.setdefault(col, []).append(t)
    return "\n".join(" ".join(columns[c]) for c in sorted(columns))


FURNITURE = re.compile(r"^(side \d+( av \d+)?|\d+|[–-] ?\d+ ?[–-]|\d+ ?/ ?\d+)$", re.I)


def strip_furniture(raw):
    """Drop running headers/footers: the first and last lines of a page that repeat on most pages
    or are page numbers."""
    # pdftotext joins a word hyphenated across a page break (word-processor hyphenation) and glues the footer to it:
    # "ambulansetjeSide 10 av 15"; put such a footer back on a line of its own
    raw = re.sub(r"(?<=\w)(Side \d+ av \d+)$", r"\n\1", raw, flags=re.M)
    pages = [[l.strip() for l in p.splitlines() if l.strip()] for p in raw.split("\f")]
    pages = [p for p in pages if p]
    counts = {}
    for p in pages:
        for l in set(p[:2] + p[-2:]):
            counts[l] = counts.get(l, 0) + 1
    def furniture(l):
        return FURNITURE.match(l) or (len(pages) > 2 and counts.get(l, 0) >= len(pages) - 1)
    out = []
    for p in pages:
        while p and furniture(p[0]):
            p = p[1:]
        while p and furniture(p[-1]):
            p = p[:-1]
        out.append("\n".join(p))
    return "\n".join(out)


# documents typeset with LaTeX (NAME.tex): footnote bodies sit at the page foot, between the body lines around a page
# break; drop them (with their number) before comparing. Ligatures (ﬁ, ﬂ, ff, ffi) come out of pdftotext as letters.
LATEX_DOCS = {"latex-2024"}


def drop_footnotes(name, text):
    with open(os.path.join(OUT, name + ".tex"), encoding="utf-8") as f:
        tex = f.read()
    for body in re.findall(r"\\footnote\{([^{}]*)\}", tex):
        body = re.sub(r"\\([#$%&_])", r"\1", body)
        text = re.sub(r"\d{1,2}" + re.escape(squash(body)), "", text)
    return text


def check(name):
    exp = json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))
    pdf = os.path.join(OUT, name + ".pdf")
    raw = pdf_text_columns(pdf) if name in COLUMN_DOCS else pdf_text(pdf)
    if name in LATEX_DOCS:
        # the right running head is the current goal, "Mål N", which differs from page to page
        raw = re.sub(r"^Mål \d$", "", raw, flags=re.M)
    text = squash(strip_furniture(raw))
    if name in LATEX_DOCS:
        text = drop_footnotes(name, text)
    if name in TABLE_DOCS:
        text += "\n" + squash(pdf_text_table_columns(pdf))
    problems = []

    def need(what, s):
        if squash(s) not in text:
            problems.append(f"{what}: {s[:90]!r}")

    for g in exp.get("goals", []):
        need(f"goal {g['number']} title", g["title"])
    for m in exp.get("measures", []):
        need(f"measure {m['number']} commitment", m["commitment"])
        need(f"measure {m['number']} status_evidence", m["status_evidence"])
        for f in m.get("funding", []):
            need(f"measure {m['number']} funding", f["evidence"])
    for x in exp.get("mentions", []):
        need(f"mention {x['measure']}", x["evidence"])
    pages = raw.count("\f")
    print(f"{name}: {pages} pages, {len(exp.get('measures', []))} measures, "
          f"{len(exp.get('mentions', []))} mentions, {len(problems)} problems")
    for p in problems:
        print("   ", p)
    return not problems


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(os.path.basename(p)[: -len(".expected.json")]
                                   for p in glob.glob(os.path.join(OUT, "*.expected.json")))
    ok = all([check(n) for n in names])
    sys.exit(0 if ok else 1)

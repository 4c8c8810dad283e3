"""Shared helpers for the variation corpus generators.

Each tools/gen_*.py file holds the hand-written content of one document (HTML layout, narratives
and the expected labels) and writes NAME.html and NAME.expected.json next to this folder's parent.
render.sh then turns the HTML into PDF; tools/check.py verifies the expected JSON against the PDF text.
"""
import html
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

with open(os.path.join(HERE, "plan.json"), encoding="utf-8") as f:
    PLAN = json.load(f)

GOALS = {g["number"]: g["title"] for g in PLAN["goals"]}
MEASURES = {m["number"]: m for m in PLAN["measures"]}


def esc(s):
    return html.escape(s, quote=False)


def plain(fragment):
    """Visible text of an HTML fragment, as the comparison rules see it."""
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = html.unescape(t)
    t = t.replace("\u00ad", "")
    t = unicodedata.normalize("NFC", t)
    return re.sub(r"\s+", " ", t).strip()


def measure_json(m, goal):
    """Expected JSON for one measure entry of a generator.

    m: dict with n, status, ev, narrative (HTML), optional funding [(amount, year, evidence)],
    urls, note, ministries (list, default from the plan), commitment (default from the plan).
    """
    n = m["n"]
    commitment = m.get("commitment", MEASURES[n]["commitment"])
    ministries = m.get("ministries", MEASURES[n]["ministries"])
    text = plain(m["narrative"])
    ev = plain(m["ev"])
    if ev not in text:
        raise SystemExit(f"measure {n}: status_evidence {ev!r} not in narrative {text!r}")
    funding = []
    for amount, year, fev in m.get("funding", []):
        fev_p = plain(fev)
        if fev_p not in text:
            raise SystemExit(f"measure {n}: funding evidence {fev_p!r} not in narrative")
        funding.append({"amount_nok": amount, "year": year, "evidence": fev_p})
    out = {
        "number": n,
        "goal": goal,
        "commitment": plain(commitment),
        "ministries": ministries,
        "status": m["status"],
        "status_evidence": ev,
        "funding": funding,
        "urls": m.get("urls", []),
    }
    if m.get("note"):
        out["note"] = m["note"]
    assert out["status"] in ("not_started", "planned", "in_progress", "completed"), n
    return out


def write(name, html_text, expected):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html_text)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", name)


VOWELS = set("aeiouyæøåéAEIOUYÆØÅÉ")
ONSETS = ("skj", "kj", "sj", "gj", "tj", "hj", "sk", "st", "sp", "bl", "br", "dr", "fl", "fr", "gl", "gr",
          "kl", "kr", "pl", "pr", "tr")


OVERRIDES = {
    "folkehelseinstituttet": "folke|helse|insti|tuttet",
    "helsedirektoratet": "helse|direk|toratet",
    "helseforetakene": "helse|fore|takene",
    "helseforetak": "helse|fore|tak",
    "selvmordsforsøk": "selv|mords|for|søk",
    "oppfølging": "opp|føl|ging",
    "opplæringen": "opp|lærin|gen",
    "opplæringsmodulen": "opp|lærings|modu|len",
    "opplæringsmateriell": "opp|lærings|materi|ell",
    "hjelpetelefoner": "hjelpe|tele|foner",
    "hjelpetelefonene": "hjelpe|tele|fonene",
    "informasjonsutveksling": "infor|masjons|ut|veks|ling",
    "utbredelsen": "ut|bre|delsen",
    "utskriving": "ut|skri|ving",
    "tilrettelegge": "til|rette|legge",
    "arbeidsutvalg": "arbeids|ut|valg",
    "skolehelsetjenesten": "skole|helse|tjenesten",
    "kommunehelsetjenesten": "kommune|helse|tjenesten",
    "spesialisthelsetjenesten": "spesialist|helse|tjenesten",
    "omsorgstjenesten": "omsorgs|tjenesten",
    "omsorgstjenester": "omsorgs|tjenester",
    "midtveisvurdering": "midt|veis|vurde|ring",
}


def _hyph_word(w, minlen=9):
    """Soft hyphens at rough Norwegian syllable boundaries (one consonant goes to the next syllable,
    of a cluster only the last one, or a common onset such as 'kj', 'sj', 'st'); 3 letters kept at each end."""
    if len(w) < minlen or not w.isalpha():
        return w
    if w.lower() in OVERRIDES:
        o = OVERRIDES[w.lower()]
        return w[0] + o[1:].replace("|", "\u00ad")
    vpos = [i for i, c in enumerate(w) if c in VOWELS]
    cuts = []
    for a, b in zip(vpos, vpos[1:]):
        if b - a < 2:
            continue
        cluster = w[a + 1:b].lower()
        cut = b - 1
        if len(cluster) >= 2:
            for o in ONSETS:
                if cluster.endswith(o) and len(o) <= len(cluster):
                    cut = b - len(o)
                    break
        if cut >= 3 and len(w) - cut >= 3:
            cuts.append(cut)
    out, prev = [], 0
    for c in cuts:
        out.append(w[prev:c])
        prev = c
    out.append(w[prev:])
    return "\u00ad".join(out)


def hyphenate_html(fragment, minlen=9):
    """Insert soft hyphens (as &shy;) into the long words of the text nodes of an HTML fragment."""
    def text_node(t):
        # skip anything that looks like a URL or an address
        return re.sub(r"(?<![\w./@-])([A-Za-zÆØÅæøåé]+)(?![\w/.@]*[/@])",
                      lambda mm: _hyph_word(mm.group(1), minlen).replace("\u00ad", "&shy;"), t)
    parts = re.split(r"(<[^>]+>|&[a-z#0-9]+;)", fragment)
    return "".join(p if p.startswith("<") or p.startswith("&") else text_node(p) for p in parts)

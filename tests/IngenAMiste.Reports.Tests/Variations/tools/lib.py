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


# ---- Annual-report scaffolding shared by the gen_arsrapport_*.py generators ----------------------------------

PLAN_URL = "https://www.regjeringen.no/no/dokumenter/handlingsplan-for-forebygging-av-selvmord-2020-2025/id2747710/"
ANNUAL_TITLE = "Årsrapport for Handlingsplan for forebygging av selvmord 2020–2025 – Ingen å miste"
SIDE_N_AV_M = '"Side " counter(page) " av " counter(pages)'
JUSTIFY_CSS = "p, li { text-align: justify; hyphens: manual; -webkit-hyphens: manual; }\n"


def page_css(margin, font, fallback, header, footer, body, rules, justify=True):
    """Style sheet of an A4 report: @page margin, one running header and one footer margin box, the body font,
    optionally justified text with manual hyphenation, then the generator's own rules.

    header: (box, text, size, color), e.g. ("top-right", "Årsrapport …", "8pt", "#555");
    footer: (box, CSS content, size), e.g. ("bottom-center", SIDE_N_AV_M, "9pt"); body: (size, line height).
    """
    hbox, htext, hsize, hcolor = header
    fbox, fcontent, fsize = footer
    bsize, lh = body
    return ("\n@page {\n  size: A4;\n  margin: " + margin + ";\n"
            f'  @{hbox} {{ content: "{htext}"; font-family: "{font}"; font-size: {hsize}; color: {hcolor}; }}\n'
            f'  @{fbox} {{ content: {fcontent}; font-family: "{font}"; font-size: {fsize}; }}\n'
            "}\n"
            f'body {{ font-family: "{font}", {fallback}; font-size: {bsize}; line-height: {lh}; }}\n'
            + (JUSTIFY_CSS if justify else "") + rules)


def html_document(title, css, body):
    """A whole Norwegian HTML page around an already rendered body."""
    return ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
            "<title>" + title + "</title>\n<style>" + css + "</style>\n</head>\n<body>\n"
            + body + "</body>\n</html>\n")


def alternating_goal_heading(g):
    """'Mål N – title' for odd goals, 'Mål N: title' for even ones."""
    return f"Mål {g} – {esc(GOALS[g])}" if g % 2 else f"Mål {g}: {esc(GOALS[g])}"


def dash_goal_heading(g):
    return f"Mål {g} – {esc(GOALS[g])}"


def run_in_heading(cls, label, commitment):
    """Bold measure label with the (escaped) commitment on the same line."""
    return f'<p class="{cls}"><b>{label}</b> {commitment}</p>\n'


def two_level_heading(label, commitment):
    """Measure label as an h3, the (escaped) commitment in a paragraph of class "c" below."""
    return f"<h3>{label}</h3>\n<p class=\"c\">{commitment}</p>\n"


def and_list(codes):
    """'A', 'A og B', 'A, B og C'."""
    return codes[0] if len(codes) == 1 else ", ".join(codes[:-1]) + " og " + codes[-1]


def render_measures(measures, goal_heading, measure_heading, ministry_line):
    """Body HTML of the goals and measures, and the expected JSON of each measure.

    goal_heading(g) -> h2 content; measure_heading(n, g, escaped commitment) -> HTML of the heading;
    ministry_line(n, codes) -> text of the ministry paragraph (left out where a measure has no ministries).
    """
    body, expected, goal = [], [], None
    for m in measures:
        n = m["n"]
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>{goal_heading(g)}</h2>\n")
        body.append(measure_heading(n, g, esc(MEASURES[n]["commitment"])))
        body.append(m["narrative"] + "\n")
        codes = m.get("ministries", MEASURES[n]["ministries"])
        if codes:
            body.append(f'<p class="dep">{ministry_line(n, codes)}</p>\n')
        expected.append(measure_json(m, g))
    return "".join(body), expected


def annual_expected(report_period, as_of, measures, title=ANNUAL_TITLE, **extra):
    """Expected JSON of an annual report of all six goals; extra keys (warnings_expected, notes, …) follow."""
    return {
        "document": {
            "kind": "annual_report",
            "title": title,
            "plan_period": "2020-2025",
            "report_period": report_period,
            "as_of": as_of,
            "measure_count_stated": 61,
            "goal_count": 6,
        },
        "goals": [{"number": n, "title": t} for n, t in GOALS.items()],
        "measures": measures,
        **extra,
    }


def print_status_counts(measures):
    counts = {}
    for m in measures:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
    print(len(measures), "measures:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))

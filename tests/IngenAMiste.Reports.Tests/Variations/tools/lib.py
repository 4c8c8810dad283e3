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

"""heading-variants: a fourth-year status report (2023-2024), 11 measures over 3 goals, where the
headings and ministry lines vary: "Tiltak 4:", "Tiltak 5.", "Tiltak 6 –", "TILTAK 7" on its own line,
"Tiltak nr. 14", "Tiltak 22 —", "Tiltak 58 -"; goal headings "Mål 2: …", "MÅL 3 – …" and a long
goal 6 title that wraps over two lines; plural ministry lines ("Ansvarlige departementer: KD og HOD"),
a ministry written out in full with its code in brackets, codes outside the eight (NFD, KDD), one
measure with no ministry line at all, and a stated count (12) that does not match the measures (11).
The intro also lists the goals once more as bullets, before the goal headings.
"""
from lib import GOALS, MEASURES, esc, measure_json, write

NAME = "heading-variants"

# head: how the measure heading is written ({n} and {c} = commitment); dep: the ministry line or None
M = [
    dict(n=4, head='<p class="t"><b>Tiltak {n}:</b> {c}</p>',
         dep="Ansvarlig departement: Helse- og omsorgsdepartementet (HOD)", ministries=["HOD"],
         status="in_progress", ev="Kampanjen er nå gjennomført i fire av fem helseregioner",
         narrative="<p>Kampanjen er nå gjennomført i fire av fem helseregioner. Den siste regionale etappen, i "
                   "Nord-Norge, starter i februar 2025. Kampanjen fikk 12 millioner kroner i 2024.</p>",
         funding=[(12000000, 2024, "Kampanjen fikk 12 millioner kroner i 2024")]),
    dict(n=5, head='<p class="t"><b>Tiltak {n}.</b> {c}</p>',
         dep="Ansvarlig departement: HOD", ministries=["HOD"],
         status="completed", ev="FHI publiserte rapporten «Selvmord i mediene» i april 2024",
         narrative="<p>FHI publiserte rapporten «Selvmord i mediene» i april 2024. Rapporten er fulgt opp med et seminar "
                   "for redaktører og journalister i samarbeid med Norsk Presseforbund.</p>"),
    dict(n=6, head='<p class="t"><b>Tiltak {n} –</b> {c}</p>',
         dep="Ansvarlige departementer: HOD, BFD, JD, KUD og NFD", ministries=["HOD", "BFD", "JD", "KUD", "NFD"],
         status="completed", ev="Et samarbeidsforum mellom myndigheter og teknologiselskaper er etablert",
         narrative="<p>Handlingsplanen for trygg digital oppvekst ble lagt fram i januar 2024. Et samarbeidsforum mellom "
                   "myndigheter og teknologiselskaper er etablert under planen og har hatt sitt første møte.</p>",
         note="The cooperation the measure asks for now exists as a standing forum; NFD is a ministry outside the plan's eight."),
    dict(n=7, head='<p class="t"><b>TILTAK {n}</b></p>\n<p class="c">{c}</p>',
         dep="Ansvarlige departementer: HOD, BFD, JD og KUD", ministries=["HOD", "BFD", "JD", "KUD"],
         status="completed", ev="Ung.no har lansert en ny temaside",
         narrative="<p>Ung.no har lansert en ny temaside om å snakke trygt om selvmord på nett, basert på #chatsafe. "
                   "Siden er markedsført gjennom sosiale medier og i skolen.</p>",
         note="Strengthening information is open-ended, but the new #chatsafe-based page is the deliverable the measure names."),
    dict(n=14, head='<p class="t"><b>Tiltak nr. {n}</b> {c}</p>',
         dep="Ansvarlig departement: SD", ministries=["SD"],
         status="completed", ev="har tatt kriteriene i bruk",
         narrative="<p>Faggruppen leverte forslag til kriterier i desember 2023, og Statens vegvesen har tatt kriteriene i "
                   "bruk i ulykkesanalysene fra 2024.</p>"),
    dict(n=15, head='<p class="t"><b>Tiltak {n}</b> {c}</p>',
         dep=None, ministries=[],
         status="in_progress", ev="Kunnskapsgrunnlaget om utsatte områder oppdateres årlig",
         narrative="<p>Bane NOR og Sporveien har sikret ytterligere fem stasjoner med plattformskjermer og gjerder. "
                   "Kunnskapsgrunnlaget om utsatte områder oppdateres årlig.</p>",
         note="No ministry line is printed for this measure (the plan has JD); the parser should warn rather than borrow the next measure's line."),
    dict(n=22, head='<p class="t"><b>Tiltak {n} —</b> {c}</p>',
         dep="Ansvarlige departementer: HOD og KDD", ministries=["HOD", "KDD"],
         status="in_progress", ev="har i 2024 fulgt særlig opp kommuner som ennå ikke har en plan",
         narrative="<p>Handlingsplanmalen er revidert, og RVTSene har i 2024 fulgt særlig opp kommuner som ennå ikke har "
                   "en plan.</p>",
         note="'ennå ikke' is about the municipalities, not about the measure."),
    dict(n=54, head='<p class="t"><b>Tiltak {n}:</b></p>\n<p class="c">{c}</p>',
         dep="Ansvarlige departementer: KD og HOD", ministries=["KD", "HOD"],
         status="completed", ev="Tiltaket er avsluttet",
         narrative="<p>Resultatene fra FoU-oppdraget er formidlet på en nasjonal konferanse og i to vitenskapelige "
                   "artikler. Tiltaket er avsluttet.</p>"),
    dict(n=55, head='<p class="t"><b>Tiltak {n}.</b> {c}</p>',
         dep="Ansvarlig departement: KUD", ministries=["KUD"],
         status="completed", ev="Levekårsundersøkelsen fra 2020 ble publisert i 2021",
         narrative="<p>Levekårsundersøkelsen fra 2020 ble publisert i 2021. Undersøkelsen skal gjentas i 2025, og Bufdir "
                   "forbereder den nye runden.</p>",
         note="The survey the measure asks for was delivered; the repeat in 2025 is a follow-up, not the measure's deliverable."),
    dict(n=58, head='<p class="t"><b>Tiltak {n} -</b> {c}</p>',
         dep="Ansvarlig departement: HOD", ministries=["HOD"],
         status="completed", ev="er i drift",
         narrative="<p>Kompetansenettverkene i alle helseregioner er i drift, og de samarbeider nå i et nasjonalt nettverk "
                   "ledet av NSSF.</p>"),
    dict(n=59, head='<p class="t"><b>Tiltak {n}</b> {c}</p>',
         dep="Ansvarlig departement: HOD", ministries=["HOD"],
         status="completed", ev="Vivat-ordningen er videreført",
         narrative="<p>Vivat-ordningen er videreført med 9,5 millioner kroner i 2024. Vivat har lært opp over 3 000 "
                   "personer i kommunene dette året.</p>",
         funding=[(9500000, 2024, "videreført med 9,5 millioner kroner i 2024")]),
]

GOAL_HEAD = {
    2: "<h2>Mål 2: {t}</h2>",
    3: "<h2>MÅL 3 – {t}</h2>",
    6: "<h2 class=\"long\">Mål 6: {t}</h2>",
}

CSS = """
@page {
  size: A4;
  margin: 22mm 24mm 26mm 24mm;
  @bottom-left { content: "Helse- og omsorgsdepartementet"; font-family: "DejaVu Sans"; font-size: 8pt; color: #444; }
  @bottom-right { content: counter(page); font-family: "DejaVu Sans"; font-size: 8pt; }
}
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.4; }
h1 { font-size: 17pt; margin-bottom: 4pt; }
p.sub { font-size: 11pt; margin-top: 0; color: #333; }
h2 { font-size: 14pt; margin: 20pt 0 6pt 0; }
h2.long { font-size: 17pt; width: 150mm; }
p.t { margin: 12pt 0 2pt 0; }
p.c { margin: 0 0 4pt 0; }
p.dep { font-size: 8.5pt; font-style: italic; }
"""


def build():
    goals = sorted({MEASURES[m["n"]]["goal"] for m in M})
    body = [
        "<h1>Statusrapport 2023–2024</h1>\n",
        "<p class=\"sub\">Handlingsplan for forebygging av selvmord (2020–2025) «Ingen å miste»</p>\n",
        "<p>Rapporten gir status per 10. september 2024 for tiltakene i handlingsplanen. Handlingsplanen har 12 tiltak. "
        "Rapporten er ordnet etter målene i planen:</p>\n<ul>\n"
        + "".join(f"<li>{esc(GOALS[g])}</li>\n" for g in goals)
        + "</ul>\n<p>Ansvarlige departementer er oppgitt etter hvert tiltak.</p>\n",
    ]
    goal, measures = None, []
    for m in M:
        g = MEASURES[m["n"]]["goal"]
        if g != goal:
            goal = g
            body.append(GOAL_HEAD[g].format(t=esc(GOALS[g])) + "\n")
        body.append(m["head"].format(n=m["n"], c=esc(MEASURES[m["n"]]["commitment"])) + "\n")
        body.append(m["narrative"] + "\n")
        if m["dep"]:
            body.append(f'<p class="dep">{esc(m["dep"])}</p>\n')
        measures.append(measure_json(m, g))
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Statusrapport 2023–2024 – Ingen å miste</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Statusrapport 2023–2024",
            "plan_period": "2020-2025",
            "report_period": "2023-2024",
            "as_of": "2024-09-10",
            "measure_count_stated": 12,
            "goal_count": len(goals),
        },
        "goals": [{"number": g, "title": GOALS[g]} for g in goals],
        "measures": measures,
        "warnings_expected": [
            "stated 12 but found 11",
            "missing ministries for measure 15",
        ],
        "notes": "Title: the document's h1 is 'Statusrapport 2023–2024' with the plan's name as a subtitle line; "
                 "a title that joins both lines is also acceptable. The bullet list in the intro repeats the goal "
                 "titles without 'Mål N' and must not create goals. NFD and KDD are ministry codes outside the plan's "
                 "eight and are kept as written (a warning about them is optional).",
    }
    write(NAME, html_text, expected)


if __name__ == "__main__":
    build()

"""links: a 2022-2023 report with 8 measures over 5 goals whose narratives carry hyperlinks as real link
annotations (<a href>) with anchor text that differs from the URL, two links in one narrative, a
written-out URL without annotation, a written-out URL that is also a link and wraps over two lines at a
hyphen, an intro link and a running footer link (position: fixed, repeated on every page) that belong to
no measure.
"""
from lib import GOALS, MEASURES, esc, measure_json, write

NAME = "links"

PLAN_URL = "https://www.regjeringen.no/no/dokumenter/handlingsplan-for-forebygging-av-selvmord-2020-2025/id2770775/"
FOOTER_URL = "https://www.regjeringen.no/no/dep/hod/id421/"
GUIDELINE = ("https://www.helsedirektoratet.no/retningslinjer/"
             "forebygging-av-selvmord-i-psykisk-helsevern-og-tverrfaglig-spesialisert-rusbehandling")
UDIR = "https://www.udir.no/kvalitet-og-kompetanse/sikkerhet-og-beredskap/skolens-selvmordsforebyggende-arbeid/"

M = [
    dict(n=4, status="in_progress", ev="er gjennomført i tre regioner",
         narrative="<p>Kampanjen «Snakk om det» er gjennomført i tre regioner. Materiell og råd finnes på "
                   "<a href=\"https://www.helsenorge.no/snakk-om-det/\">kampanjesiden på helsenorge.no</a>. Neste etappe "
                   "starter i 2024.</p>",
         urls=["https://www.helsenorge.no/snakk-om-det/"]),
    dict(n=6, status="in_progress", ev="et samarbeidsforum er under etablering",
         narrative="<p>Medietilsynet la i mars 2023 fram "
                   "<a href=\"https://www.medietilsynet.no/digitale-medier/trygg-digital-oppvekst/handlingsplan/\">handlingsplanen</a> "
                   "som følger opp strategien <a href=\"https://www.regjeringen.no/contentassets/668a08806f0244a49ea985c8eb18d075/no/pdfs/rett-pa-nett.pdf\">"
                   "Rett på nett</a>. Offentlig-privat samarbeid er et eget innsatsområde i planen, og et samarbeidsforum er "
                   "under etablering.</p>",
         urls=["https://www.medietilsynet.no/digitale-medier/trygg-digital-oppvekst/handlingsplan/",
               "https://www.regjeringen.no/contentassets/668a08806f0244a49ea985c8eb18d075/no/pdfs/rett-pa-nett.pdf"]),
    dict(n=10, status="completed", ev="har sendt informasjon om ressursen til alle skoleeiere",
         narrative="<p>Ressursen er lenket opp fra Skolenettet og finnes på " + UDIR + ". "
                   "Utdanningsdirektoratet har sendt informasjon om ressursen til alle skoleeiere og vil følge opp med "
                   "webinarer i 2024.</p>",
         urls=[UDIR],
         note="The URL is written out in the text with no link annotation. Informing all school owners is read as the measure's deliverable; the webinars are follow-up (in_progress is the alternative)."),
    dict(n=17, status="completed", ev="Strategien ble lansert i 2021",
         narrative="<p>Strategien ble lansert i 2021 og er tilgjengelig som "
                   "<a href=\"https://www.regjeringen.no/contentassets/7517d7f5a9d34a9ba5954a21a8317803/alkoholstrategien-til-nett.pdf\">"
                   "Nasjonal alkoholstrategi (regjeringen.no)</a>. En midtveisgjennomgang er planlagt i 2024.</p>",
         urls=["https://www.regjeringen.no/contentassets/7517d7f5a9d34a9ba5954a21a8317803/alkoholstrategien-til-nett.pdf"]),
    dict(n=28, status="in_progress", ev="har startet arbeidet med implementering",
         narrative="<p>Den reviderte retningslinjen ble publisert i juni 2023 og finnes på "
                   f"<a href=\"{GUIDELINE}\">{GUIDELINE}</a>. Helsedirektoratet har startet arbeidet med implementering "
                   "sammen med de regionale helseforetakene.</p>",
         urls=[GUIDELINE],
         note="The written-out URL is also a link annotation and wraps over two lines after a hyphen; it is one URL. "
              "Published guideline, implementation under way: in_progress (completed is the alternative), as in justified-hyphenated."),
    dict(n=44, status="in_progress", ev="Arbeidet videreføres",
         narrative="<p><a href=\"https://www.leve.no/\">LEVE</a> har fått tilskudd til samlinger for etterlatte i alle "
                   "fylker, og RVTSene har holdt kurs om veilederen i 60 kommuner. Arbeidet videreføres.</p>",
         urls=["https://www.leve.no/"]),
    dict(n=55, status="completed", ev="Resultatene fra levekårsundersøkelsen er fulgt opp",
         narrative="<p>Resultatene fra <a href=\"https://www.bufdir.no/globalassets/global/nbbf/kjonn_identitet/"
                   "seksuell_orientering_kjonnsmangfold_og_levekar_resultater_fra_sporreundersokelsen_2020.pdf\">"
                   "levekårsundersøkelsen</a> er fulgt opp i "
                   "<a href=\"https://www.regjeringen.no/no/dokumenter/trygghet-mangfold-apenhet/id2961402/\">regjeringens "
                   "handlingsplan for kjønns- og seksualitetsmangfold (2023–2026)</a>, som ble lagt fram i juni 2023.</p>",
         urls=["https://www.bufdir.no/globalassets/global/nbbf/kjonn_identitet/seksuell_orientering_kjonnsmangfold_og_levekar_resultater_fra_sporreundersokelsen_2020.pdf",
               "https://www.regjeringen.no/no/dokumenter/trygghet-mangfold-apenhet/id2961402/"]),
    dict(n=61, status="in_progress", ev="oversettelser til sørsamisk og lulesamisk er i arbeid",
         narrative="<p>Videoen <a href=\"https://www.med.uio.no/klinmed/forskning/sentre/nssf/kriseplan/nordsamisk/\">"
                   "Kriseplan på nordsamisk</a> er publisert, og oversettelser til sørsamisk og lulesamisk er i arbeid.</p>",
         urls=["https://www.med.uio.no/klinmed/forskning/sentre/nssf/kriseplan/nordsamisk/"]),
]

CSS = """
@page { size: A4; margin: 22mm 24mm 18mm 24mm;
  @top-right { content: "Ingen å miste · årsrapport 2022–2023 · side " counter(page); font-family: "Liberation Sans"; font-size: 8.5pt; color: #555; } }
body { font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 18pt; }
h2 { font-size: 13pt; margin: 16pt 0 4pt 0; }
p.t { margin: 12pt 0 4pt 0; }
p.dep { font-size: 9.5pt; }
a { color: #0645ad; }
table.page { width: 100%; border-collapse: collapse; }
table.page > tbody > tr > td { padding: 0; }
table.page tfoot td { font-size: 8.5pt; color: #444; border-top: 0.5pt solid #aaa; padding-top: 2pt; }
"""


def build():
    body = [
        # a table footer group repeats at the foot of every page fragment in Chromium print (position: fixed
        # cannot sit in the page margin), so the footer link is annotated once per page
        '<table class="page"><tfoot><tr><td>Helse- og omsorgsdepartementet · '
        f'<a href="{FOOTER_URL}">regjeringen.no/hod</a></td></tr></tfoot>\n<tbody><tr><td>\n',
        "<h1>Årsrapport 2022–2023 for Ingen å miste</h1>\n",
        "<p>Status per 10. september 2023 for <a href=\"" + PLAN_URL + "\">Handlingsplan for forebygging av selvmord "
        "2020–2025 – Ingen å miste</a>. Planen inneholder 8 tiltak. Lenkene i rapporten viser til dokumenter og "
        "nettsider som omtales under tiltakene.</p>\n",
    ]
    goal, measures = None, []
    for m in M:
        g = MEASURES[m["n"]]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>Mål {g} – {esc(GOALS[g])}</h2>\n")
        body.append(f'<p class="t"><b>Tiltak {m["n"]}</b> {esc(MEASURES[m["n"]]["commitment"])}</p>\n')
        body.append(m["narrative"] + "\n")
        body.append(f'<p class="dep">Ansvarlig departement: {", ".join(MEASURES[m["n"]]["ministries"])}</p>\n')
        measures.append(measure_json(m, g))
    body.append("</td></tr></tbody></table>\n")
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Årsrapport 2022–2023 – Ingen å miste</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    goals = sorted({MEASURES[m["n"]]["goal"] for m in M})
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Årsrapport 2022–2023 for Ingen å miste",
            "plan_period": "2020-2025",
            "report_period": "2022-2023",
            "as_of": "2023-09-10",
            "measure_count_stated": 8,
            "goal_count": len(goals),
        },
        "goals": [{"number": g, "title": GOALS[g]} for g in goals],
        "measures": measures,
        "urls_not_in_any_measure": [PLAN_URL, FOOTER_URL],
        "notes": "The intro links the plan itself and a running footer (repeated on every page) links regjeringen.no/hod; "
                 "neither belongs to a measure. Every other link annotation has anchor text that differs from its URL, "
                 "except measure 28's, whose anchor text is the URL written out (wrapping over two lines).",
    }
    write(NAME, html_text, expected)


if __name__ == "__main__":
    build()

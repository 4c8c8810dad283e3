"""justified-hyphenated: a third-year report (2022-2023) with 15 measures over 5 goals, set in one
narrow justified column (Noto Sans) with soft hyphens (&shy;) in every long word, so that many lines
end in a hyphenation break. Chromium's Linux build has no hyphenation dictionary, so CSS
`hyphens: auto` alone does nothing; the soft hyphens are inserted by tools/lib.py. Real compound
hyphens ("helse- og omsorgstjenesten", "-forebygging", "A/B-legemidler", "RPH-team") must survive.
"""
from lib import GOALS, MEASURES, esc, hyphenate_html, measure_json, write

NAME = "justified-hyphenated"

M = [
    dict(n=2, status="in_progress", ev="sammenstiller nå erfaringene",
         narrative="<p>Piloten for kartlegging av selvmord utenfor og innenfor helse- og omsorgstjenesten er gjennomført i "
                   "Vestfold og Troms. Folkehelseinstituttet og LEVE sammenstiller nå erfaringene, og et utkast til "
                   "anbefalinger for kartlegging på nasjonalt nivå skal sendes departementet våren 2024. Det er i 2023 "
                   "bevilget 2,5 millioner kroner til arbeidet.</p>",
         funding=[(2500000, 2023, "Det er i 2023 bevilget 2,5 millioner kroner")],
         note="The pilot itself is finished, but the measure also asks for national recommendations, which are still being drafted."),
    dict(n=3, status="completed", ev="Nasjonalt forum for forebygging av selvmord har hatt jevnlige møter",
         narrative="<p>Nasjonalt forum for forebygging av selvmord har hatt jevnlige møter, og forumets arbeidsutvalg har "
                   "lagt fram en midtveisvurdering av handlingsplanen. Direktoratssamarbeidet fungerer som forutsatt.</p>"),
    dict(n=9, status="completed", ev="ble lansert i januar 2023",
         narrative="<p>Den nasjonale nettsiden om selvskadings- og selvmordsinnhold på internett ble lansert i januar 2023. "
                   "RVTSene har i tillegg holdt kompetansehevingskurs for ansatte i skolehelsetjenesten, barnevernet og "
                   "politiet.</p>",
         note="Competence building is continuous by nature, but the project's deliverables (courses and the national web page) are delivered."),
    dict(n=11, status="completed", ev="Veilederen om taushetsplikt og opplysningsplikt er tatt i bruk i kommunene",
         narrative="<p>Veilederen om taushetsplikt og opplysningsplikt er tatt i bruk i kommunene, og Justis- og "
                   "beredskapsdepartementet ser ikke behov for ytterligere tiltak.</p>"),
    dict(n=12, status="completed", ev="ble ferdigstilt i mars 2023",
         narrative="<p>Den felles opplæringsmodulen for hjelpetelefonene ble ferdigstilt i mars 2023 og brukes nå av ti "
                   "hjelpetelefoner og nettjenester. Helsedirektoratet har også utarbeidet anbefalinger om minstestandard "
                   "for opplæringen.</p>"),
    dict(n=18, status="completed",
         ev="Begrensningen på A/B-legemidler på papirresepter og muntlige resepter har virket i over ett år",
         narrative="<p>Begrensningen på A/B-legemidler på papirresepter og muntlige resepter har virket i over ett år. "
                   "Legemiddelverket følger med på utviklingen i forskrivningen og vil rapportere til departementet.</p>"),
    dict(n=22, status="in_progress", ev="RVTSene fortsetter veiledningen",
         narrative="<p>Over 200 kommuner bruker nå den elektroniske handlingsplanmalen. RVTSene fortsetter veiledningen, og "
                   "i 2023 er det laget en undervisningspakke om kommunale handlingsplaner for selvmordsforebygging.</p>"),
    dict(n=23, status="in_progress", ev="Utbyggingen fortsetter i 2024",
         narrative="<p>Tilskuddsordningen for Rask psykisk helsehjelp er lagt om til implementerings- og utdanningsstøtte. "
                   "Til sammen 112 kommuner har etablert RPH-team, og videreutdanningen er utvidet med to nye kull. "
                   "Utbyggingen fortsetter i 2024.</p>"),
    dict(n=28, status="in_progress", ev="samarbeider nå om implementeringen",
         narrative="<p>Den reviderte nasjonale retningslinjen for forebygging av selvmord i psykisk helsevern og "
                   "tverrfaglig spesialisert rusbehandling ble publisert i februar 2023. Helsedirektoratet og de regionale "
                   "helseforetakene samarbeider nå om implementeringen.</p>",
         note="The revised guideline is published (the first half of the measure), but the measure also asks for implementation to be facilitated, which is under way; completed is the alternative reading."),
    dict(n=31, status="in_progress", ev="pågår fortsatt",
         narrative="<p>Alle helseforetak tilbyr nå brukerstyrt seng i tverrfaglig spesialisert rusbehandling. Arbeidet med "
                   "felles rutiner for oppfølging før og etter utskriving fra døgnbehandling pågår fortsatt.</p>"),
    dict(n=35, status="in_progress", ev="vurderer endringer i forløpet for selvmordsrisiko",
         narrative="<p>Pakkeforløpene er evaluert, og Helsedirektoratet vurderer endringer i forløpet for selvmordsrisiko. "
                   "Samarbeidet om kriseplan ved utskriving er styrket i flere helseforetak.</p>",
         note="Collaboration on crisis plans is strengthened in practice while the pathway is being reconsidered; the measure is continuous."),
    dict(n=42, status="completed", ev="ble publisert i 2022",
         narrative="<p>Veilederen for helse- og omsorgstjenester til innsatte ble publisert i 2022. Kriminalomsorgen og "
                   "helsetjenesten har i 2023 gjennomført felles opplæring om veilederens kapittel om selvmordsforebygging.</p>"),
    dict(n=52, status="completed", ev="Kunnskapsoppsummeringen ble ferdigstilt i 2022",
         narrative="<p>Kunnskapsoppsummeringen ble ferdigstilt i 2022. Funnene er presentert for de regionale "
                   "helseforetakene og brukes i arbeidet med forskningsprioriteringer.</p>"),
    dict(n=56, status="in_progress", ev="Arbeidet fortsetter",
         narrative="<p>Nasjonalt senter for selvmordsforskning og -forebygging har utviklet et nytt e-læringskurs for "
                   "ansatte i kommunale helse- og omsorgstjenester, og RVTSene har holdt over 100 kurs og webinarer. "
                   "Arbeidet fortsetter.</p>"),
    dict(n=61, status="in_progress", ev="Oversettelsen til lulesamisk er forsinket",
         narrative="<p>Opplæringsmateriellet er oversatt til nordsamisk og sørsamisk, og SANKS har holdt de første kursene "
                   "på samisk. Oversettelsen til lulesamisk er forsinket og ventes ferdig i 2024. I 2023 er det bevilget "
                   "1 million kroner til tiltaket.</p>",
         funding=[(1000000, 2023, "I 2023 er det bevilget 1 million kroner")]),
]

CSS = """
@page {
  size: A4;
  margin: 26mm 30mm 24mm 30mm;
  @top-left { content: "Ingen å miste – årsrapport 2022–2023"; font-family: "Noto Sans"; font-size: 8pt; color: #666; }
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font-family: "Noto Sans"; font-size: 8pt; }
}
body { font-family: "Noto Sans", sans-serif; font-size: 10pt; line-height: 1.4; }
main { width: 74mm; }
p, h1, h2 { text-align: justify; hyphens: manual; -webkit-hyphens: manual; }
h1 { font-size: 15pt; text-align: left; }
h2 { font-size: 11.5pt; margin: 16pt 0 4pt 0; text-align: left; }
h3 { font-size: 10pt; margin: 12pt 0 2pt 0; }
p.forpliktelse { font-style: italic; margin: 0 0 4pt 0; }
p.dep { font-size: 9pt; }
"""


def build():
    body = [
        "<h1>Ingen å miste – årsrapport 2022–2023 for handlingsplan for forebygging av selvmord 2020–2025</h1>\n",
        "<p>Tredje driftsår, status per 8. september 2023. Handlingsplanen ble lagt fram i september 2020 og gjelder "
        "til og med 2025. Planen inneholder 15 tiltak, fordelt på fem mål. Tiltakene følges opp gjennom tildelings-, "
        "tilskudds- og oppdragsbrev til direktoratene, kompetansesentrene og de regionale helseforetakene, og "
        "rapporteringen bygger på deres innspill. Helse- og omsorgsdepartementet koordinerer arbeidet, og rapporten er "
        "utarbeidet sammen med Arbeids- og velferdsdirektoratet, Barne-, ungdoms- og familiedirektoratet og "
        "Helsedirektoratet.</p>\n",
    ]
    goal, measures = None, []
    for m in M:
        g = MEASURES[m["n"]]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>Mål {g} – {esc(GOALS[g])}</h2>\n")
        body.append(f"<h3>Tiltak {m['n']}</h3>\n")
        body.append(f'<p class="forpliktelse">{esc(MEASURES[m["n"]]["commitment"])}</p>\n')
        body.append(m["narrative"] + "\n")
        body.append(f'<p class="dep">Ansvarlig departement: {", ".join(MEASURES[m["n"]]["ministries"])}</p>\n')
        measures.append(measure_json(m, g))
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Ingen å miste – årsrapport 2022–2023</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                 + hyphenate_html("".join(body)) + "</main>\n</body>\n</html>\n")
    goals = sorted({MEASURES[m["n"]]["goal"] for m in M})
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Ingen å miste – årsrapport 2022–2023 for handlingsplan for forebygging av selvmord 2020–2025",
            "plan_period": "2020-2025",
            "report_period": "2022-2023",
            "as_of": "2023-09-08",
            "measure_count_stated": 15,
            "goal_count": len(goals),
        },
        "goals": [{"number": g, "title": GOALS[g]} for g in goals],
        "measures": measures,
    }
    write(NAME, html_text, expected)


if __name__ == "__main__":
    build()

"""tricky-narratives: an annual report (2021-2022) with 18 measures over 5 goals whose narratives are
written to trap keyword matching: negations ("er ikke igangsatt", "har ennå ikke startet", and a
"ikke" that is NOT a not-started statement), future tense ("vil bli lansert i 2023"), passive and
active voice ("Veilederen ble publisert", "Helsedirektoratet publiserte den reviderte veilederen"), a
finished sub-step that is not the finished measure, a delivered strategy with a follow-up still to come,
bulleted lists inside narratives, references to other measures ("jf. tiltak 12", a paragraph that
starts with "Tiltak 30 og 31 ses i sammenheng …"), and amounts as "mill. kroner", "1,5 mrd. kroner",
"2 500 000 kroner", "kr 750 000" and a funding sentence without a year.
"""
from lib import GOALS, MEASURES, esc, measure_json, write

NAME = "tricky-narratives"

M = [
    dict(n=10, status="not_started", ev="er foreløpig ikke startet opp",
         narrative="<p>Arbeidet med å gjøre ressursen kjent for alle skoler er foreløpig ikke startet opp. "
                   "Utdanningsdirektoratet har i perioden prioritert innføringen av nye læreplaner.</p>"),
    dict(n=11, status="completed", ev="Veilederen ble publisert",
         narrative="<p>Justis- og beredskapsdepartementet har fulgt opp høringen av utkastet til veileder om "
                   "taushetsplikt, opplysningsrett og opplysningsplikt. Veilederen ble publisert i februar 2022.</p>"),
    dict(n=12, status="planned", ev="Anbefalingene vil bli utarbeidet i 2023",
         narrative="<p>Helsedirektoratet har fått 2 500 000 kroner i 2022 til arbeidet. Anbefalingene vil bli utarbeidet "
                   "i 2023 i samarbeid med hjelpetelefonene.</p>",
         funding=[(2500000, 2022, "Helsedirektoratet har fått 2 500 000 kroner i 2022")]),
    dict(n=13, status="not_started", ev="Arbeidet har ennå ikke startet",
         narrative="<p>Vurderingen av et felles nummer skal ses i sammenheng med opplæringen av dem som svarer på "
                   "hjelpetelefonene, jf. tiltak 12. Arbeidet har ennå ikke startet.</p>"),
    dict(n=17, status="completed", ev="Strategien ble lagt fram i mars 2021",
         narrative="<p>Strategien ble lagt fram i mars 2021. Den skal evalueres i 2024.</p>",
         note="The measure asks for the strategy itself; the evaluation in 2024 is a follow-up, not the deliverable."),
    dict(n=19, status="planned", ev="vil bli sendt på høring i 2023",
         narrative="<p>Departementet har startet et lovarbeid som skal avklare:</p>"
                   "<ul><li>om helse- og omsorgstjenestenes ansvar for å forebygge selvmord bør stå uttrykkelig i "
                   "loven</li><li>om forebygging på gruppe- og samfunnsnivå skal omfattes av folkehelseloven</li></ul>"
                   "<p>Et høringsnotat vil bli sendt på høring i 2023.</p>",
         note="'har startet et lovarbeid' could read as in_progress; the only concrete step reported is a consultation paper that is still to come, and the measure itself is an assessment."),
    dict(n=20, status="not_started", ev="er ikke igangsatt",
         narrative="<p>Utredningen av kunnskapsgrunnlaget for livskrisetilbud er ikke igangsatt, selv om det er satt av "
                   "kr 750 000 til arbeidet i 2022.</p>",
         funding=[(750000, 2022, "satt av kr 750 000 til arbeidet i 2022")],
         note="The explicit 'er ikke igangsatt' wins over the allocation."),
    dict(n=21, status="completed", ev="Det reviderte veiledende materiellet ble publisert",
         narrative="<p>Det reviderte veiledende materiellet ble publisert på helsedirektoratet.no i mai 2022. Materiellet "
                   "har nye kapitler om pårørende og om selvskading blant barn og unge.</p>",
         note="The bare domain helsedirektoratet.no is not a URL, as helsenorge.no in the corpus report (measure 4)."),
    dict(n=23, status="in_progress", ev="tilskuddsordningen er under omlegging",
         narrative="<p>Status for Rask psykisk helsehjelp ved utgangen av perioden:</p>"
                   "<ul><li>68 kommuner har etablert RPH-team</li>"
                   "<li>to nye kull har startet på videreutdanningen</li>"
                   "<li>tilskuddsordningen er under omlegging</li></ul>"
                   "<p>I statsbudsjettet for 2022 er det lagt inn 1,5 mrd. kroner til psykiske helsetjenester i "
                   "kommunene, og en del av midlene skal brukes til å etablere flere RPH-team.</p>",
         funding=[(1500000000, 2022, "I statsbudsjettet for 2022 er det lagt inn 1,5 mrd. kroner")],
         note="The 1.5 billion is a broad allocation of which RPH gets a share; it is the amount the narrative states."),
    dict(n=24, status="planned", ev="vil bli lansert i 2023",
         narrative="<p>Det er i 2022 satt av 35 mill. kroner til helsestasjons- og skolehelsetjenesten. En nasjonal digital "
                   "løsning for å kontakte tjenesten vil bli lansert i 2023.</p>",
         funding=[(35000000, 2022, "Det er i 2022 satt av 35 mill. kroner")]),
    dict(n=30, status="in_progress", ev="er nå tilgjengelige i tre av fire helseregioner",
         narrative="<p>Digitale behandlingstilbud for alkoholavhengighet er nå tilgjengelige i tre av fire helseregioner.</p>"
                   "<p>Tiltak 30 og 31 ses i sammenheng med arbeidet med ny regional fagplan for rusbehandling, som er under "
                   "utarbeidelse.</p>"),
    dict(n=31, status="in_progress", ev="Antallet brukerstyrte senger økte med 40",
         narrative="<p>Det er bevilget 12 mill. kroner til videre opptrapping av brukerstyrte senger. Antallet brukerstyrte "
                   "senger økte med 40 i løpet av 2022.</p>",
         funding=[(12000000, None, "Det er bevilget 12 mill. kroner til videre opptrapping")],
         note="The funding sentence names no year (year null); 2022 belongs to the next sentence."),
    dict(n=42, status="completed", ev="Helsedirektoratet publiserte den reviderte veilederen",
         narrative="<p>Helsedirektoratet publiserte den reviderte veilederen i juni 2022. Veilederen beskriver blant annet "
                   "hvordan fengselshelsetjenesten skal kartlegge selvmordsrisiko ved innsettelse.</p>"),
    dict(n=45, status="in_progress", ev="selve veilederen er under utarbeidelse",
         narrative="<p>En kartlegging er gjennomført som første steg; selve veilederen er under utarbeidelse. "
                   "Kartleggingen viste at mange kommuner ikke kjenner til dagens veileder.</p>"),
    dict(n=47, status="completed", ev="har gjennomført en analyse av obduksjoner blant eldre",
         narrative="<p>Det er ikke lenger behov for en egen utredning, siden Folkehelseinstituttet har gjennomført en analyse "
                   "av obduksjoner blant eldre, som ble publisert i april 2022. Analysen anbefaler ikke flere obduksjoner, "
                   "men bedre dødsårsaksdiagnostikk.</p>",
         note="Full of 'ikke', but the assessment the measure asks for has been delivered."),
    dict(n=50, status="planned", ev="vil starte i 2023",
         narrative="<p>Et forprosjekt om et register for selvskading og selvmordsforsøk vil starte i 2023. "
                   "Folkehelseinstituttet har ikke tidligere hatt et slikt oppdrag.</p>"),
    dict(n=53, status="in_progress", ev="Analysene er i gang",
         narrative="<p>Analysene er i gang. Den første artikkelen om selvmord blant eldre menn vil bli publisert i 2023.</p>",
         note="Future tense about the first article, but work is reported as under way."),
    dict(n=60, status="completed", ev="Tilskuddsordningen er økt",
         narrative="<p>Tilskuddsordningen er økt til 5,2 mill. kroner i 2022.</p>",
         funding=[(5200000, 2022, "Tilskuddsordningen er økt til 5,2 mill. kroner i 2022")]),
]

CSS = """
@page {
  size: A4;
  margin: 22mm 25mm 24mm 25mm;
  @top-left { content: "Ingen å miste – årsrapport 2021–2022"; font-family: "Carlito"; font-size: 9pt; color: #555; }
  @bottom-center { content: counter(page); font-family: "Carlito"; font-size: 9pt; }
}
body { font-family: "Carlito", sans-serif; font-size: 11pt; line-height: 1.3; }
h1 { font-size: 19pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt 0; }
p.t { font-weight: bold; margin: 12pt 0 4pt 0; }
p.dep { font-size: 10pt; }
ul { margin: 2pt 0 6pt 0; }
"""


def build():
    body = [
        "<h1>Ingen å miste – årsrapport 2021–2022</h1>\n",
        "<p>Status pr. 9. september 2022 for Handlingsplan for forebygging av selvmord 2020–2025. Planen består av "
        "18 tiltak. Rapporten er basert på innspill fra underliggende etater, kompetansesentre og de regionale "
        "helseforetakene.</p>\n",
    ]
    goal, measures = None, []
    for m in M:
        g = MEASURES[m["n"]]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>Mål {g} – {esc(GOALS[g])}</h2>\n")
        body.append(f'<p class="t">Tiltak {m["n"]} {esc(MEASURES[m["n"]]["commitment"])}</p>\n')
        body.append(m["narrative"] + "\n")
        body.append(f'<p class="dep">Ansvarlig departement: {", ".join(MEASURES[m["n"]]["ministries"])}</p>\n')
        measures.append(measure_json(m, g))
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Ingen å miste – årsrapport 2021–2022</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    goals = sorted({MEASURES[m["n"]]["goal"] for m in M})
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Ingen å miste – årsrapport 2021–2022",
            "plan_period": "2020-2025",
            "report_period": "2021-2022",
            "as_of": "2022-09-09",
            "measure_count_stated": 18,
            "goal_count": len(goals),
        },
        "goals": [{"number": g, "title": GOALS[g]} for g in goals],
        "measures": measures,
        "notes": "Measure 30's narrative has a paragraph that starts with 'Tiltak 30 og 31 ses i sammenheng'; it is "
                 "not a heading, and measure 13's narrative says 'jf. tiltak 12'. Exactly 18 measures, each once.",
    }
    write(NAME, html_text, expected)


if __name__ == "__main__":
    build()

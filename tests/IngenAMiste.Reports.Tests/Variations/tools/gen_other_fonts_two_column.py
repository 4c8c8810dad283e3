"""other-fonts-two-column: the final-year report (2024-2025), 15 measures over 4 goals, set in a serif
(Noto Serif) in two CSS columns: goal headings span both columns, measure headings and narratives flow
column by column and across pages, so a text extractor has to read the left column before the right
one. Page numbers are centred as "– N –"; no running header. The ministry line is "Ansvarlig: HOD".
"""
from lib import GOALS, MEASURES, esc, measure_json, write

NAME = "other-fonts-two-column"

M = [
    dict(n=1, status="completed", ev="Tiltaket ble fullført i 2021",
         narrative="<p>Ressurskartet er holdt oppdatert gjennom hele planperioden og brukes i kommunenes planarbeid. "
                   "Tiltaket ble fullført i 2021.</p>"),
    dict(n=2, status="completed", ev="Anbefalingene fra piloten ble overlevert",
         narrative="<p>Anbefalingene fra piloten ble overlevert Helse- og omsorgsdepartementet i mai 2024. Departementet har "
                   "besluttet at kartleggingen skal gjøres nasjonal fra 2026. Piloten har samlet fått 9,5 millioner kroner "
                   "i planperioden.</p>",
         funding=[(9500000, None, "Piloten har samlet fått 9,5 millioner kroner i planperioden")],
         note="The funding is a total over the plan period, so year is null."),
    dict(n=3, status="completed", ev="Forumet har møttes to ganger i året gjennom hele perioden",
         narrative="<p>Forumet har møttes to ganger i året gjennom hele perioden og har gitt innspill til en ny "
                   "handlingsplan. Direktoratssamarbeidet videreføres etter 2025.</p>"),
    dict(n=25, status="completed", ev="har økt fra 58 til 71 prosent",
         narrative="<p>Andelen kommuner som tilbyr forebyggende hjemmebesøk for eldre, har økt fra 58 til 71 prosent i "
                   "planperioden.</p>",
         note="'Stimulere til at flere kommuner' is open-ended; the reported increase over the period is read as the measure achieved."),
    dict(n=26, status="completed", ev="ble tatt i bruk i januar 2025",
         narrative="<p>Et nytt kartleggingsverktøy for alkoholbruk, tilpasset fastlegene, ble tatt i bruk i januar 2025. "
                   "Helsedirektoratet har også laget et e-læringskurs for fastleger om alkohol og psykisk helse.</p>"),
    dict(n=27, status="in_progress", ev="spredningen til resten av landet pågår",
         narrative="<p>Mestringsverktøy psykisk helse er tatt i bruk i 160 kommuner, og spredningen til resten av landet "
                   "pågår. Det er i 2025 bevilget 30 millioner kroner til tiltaket.</p>",
         funding=[(30000000, 2025, "Det er i 2025 bevilget 30 millioner kroner")]),
    dict(n=29, status="completed", ev="Alle helseforetak har nå rutiner for gjennomgang av selvmord",
         narrative="<p>Alle helseforetak har nå rutiner for gjennomgang av selvmord blant pasienter, og læringen deles i "
                   "et nasjonalt nettverk for pasientsikkerhet.</p>",
         note="Learning is continuous, but the routines the measure is about are in place everywhere."),
    dict(n=32, status="completed", ev="Evalueringen av sensorteknologi i døgnavdelinger er ferdig",
         narrative="<p>Evalueringen av sensorteknologi i døgnavdelinger er ferdig. De regionale helseforetakene har "
                   "konkludert med at teknologien er et relevant hjelpemiddel, og den innføres nå i flere døgnenheter.</p>",
         note="The measure asks for an assessment, which is done; the roll-out that follows is not the measure's deliverable."),
    dict(n=33, status="in_progress", ev="er under utprøving",
         narrative="<p>En kompetansepakke om selvmordsforebygging for somatiske enheter er under utprøving i Helse "
                   "Midt-Norge og Helse Vest.</p>"),
    dict(n=34, status="completed", ev="har nå prosedyrer for vurdering av selvmordsrisiko",
         narrative="<p>Alle sykehus med akuttmottak har nå prosedyrer for vurdering av selvmordsrisiko hos pasienter som "
                   "er innlagt etter selvmordsforsøk.</p>"),
    dict(n=44, status="completed", ev="har gjennomført et eget kompetanseprogram om etterlatte",
         narrative="<p>Helsedirektoratet og RVTSene har gjennomført et eget kompetanseprogram om etterlatte for kommunale "
                   "kriseteam. Programmet er evaluert og videreføres som ordinært kurstilbud.</p>",
         note="Strengthening the services' work is open-ended; the dedicated programme has been delivered and made permanent."),
    dict(n=48, status="completed", ev="leverte sin rapport om mortalitetskomiteer i mars 2025",
         narrative="<p>Regjeringen har besluttet ikke å utrede en coroner-ordning. En ekspertgruppe ble likevel nedsatt i "
                   "2023 og leverte sin rapport om mortalitetskomiteer i mars 2025.</p>",
         note="The measure asks for these questions to be assessed; 'ikke å utrede' is the outcome of that assessment, not a statement that work has not begun."),
    dict(n=49, status="in_progress", ev="Innføringen på sykehusene fortsetter i 2025",
         narrative="<p>Dødsårsaksregisteret mottar nå obduksjonsrapporter elektronisk fra alle rettsmedisinske "
                   "institutter, men ikke fra alle sykehus. Innføringen på sykehusene fortsetter i 2025.</p>"),
    dict(n=51, status="not_started", ev="er foreløpig ikke påbegynt",
         narrative="<p>Samarbeidsmodellen mellom NSSF og FHI er foreløpig ikke påbegynt. Spørsmålet overføres til neste "
                   "handlingsplan.</p>"),
    dict(n=57, status="completed", ev="CAMS er innført i alle helseregionene",
         narrative="<p>CAMS er innført i alle helseregionene, og 2 400 behandlere har fått opplæring. Opplæringen er nå en "
                   "del av introduksjonsprogrammet for nyansatte.</p>"),
]

CSS = """
@page {
  size: A4;
  margin: 20mm 18mm 24mm 18mm;
  @bottom-center { content: "– " counter(page) " –"; font-family: "Noto Serif"; font-size: 9pt; }
}
body { font-family: "Noto Serif", serif; font-size: 9.5pt; line-height: 1.45; }
header { border-bottom: 1.5pt solid #333; margin-bottom: 10pt; }
header h1 { font-size: 20pt; margin: 0 0 2pt 0; font-weight: normal; }
header p { font-size: 11pt; margin: 0 0 8pt 0; font-style: italic; }
.cols { column-count: 2; column-gap: 9mm; }
.cols h2 { column-span: all; font-size: 13pt; margin: 16pt 0 8pt 0; padding-bottom: 2pt; border-bottom: 0.5pt solid #999; }
.cols h3 { font-size: 10pt; font-variant: small-caps; margin: 10pt 0 1pt 0; letter-spacing: 0.5pt; }
.cols p { margin: 0 0 5pt 0; text-align: left; }
.cols p.c { font-weight: bold; }
.cols p.dep { font-size: 8.5pt; color: #333; }
"""


def build():
    goals = sorted({MEASURES[m["n"]]["goal"] for m in M})
    body = [
        "<header><h1>Ingen å miste</h1><p>Årsrapport for 2024–2025 – siste år av Handlingsplan for forebygging av "
        "selvmord 2020–2025</p></header>\n",
        "<div class=\"cols\">\n",
        "<p>Denne rapporten gir status per 10. september 2025, ved utløpet av planperioden. De 15 tiltakene i planen "
        "er fordelt på fire mål. Der arbeidet ikke er fullført, er det beskrevet hvordan det skal videreføres i en ny "
        "handlingsplan. Rapporten er utarbeidet av Helse- og omsorgsdepartementet på grunnlag av innspill fra "
        "direktoratene, kompetansesentrene og de regionale helseforetakene.</p>\n",
    ]
    goal, measures = None, []
    for m in M:
        g = MEASURES[m["n"]]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>Mål {g}. {esc(GOALS[g])}</h2>\n")
        body.append(f"<h3>Tiltak {m['n']}</h3>\n")
        body.append(f'<p class="c">{esc(MEASURES[m["n"]]["commitment"])}</p>\n')
        body.append(m["narrative"] + "\n")
        body.append(f'<p class="dep">Ansvarlig: {", ".join(MEASURES[m["n"]]["ministries"])}</p>\n')
        measures.append(measure_json(m, g))
    body.append("</div>\n")
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Ingen å miste – årsrapport 2024–2025</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Ingen å miste",
            "plan_period": "2020-2025",
            "report_period": "2024-2025",
            "as_of": "2025-09-10",
            "measure_count_stated": 15,
            "goal_count": len(goals),
        },
        "goals": [{"number": g, "title": GOALS[g]} for g in goals],
        "measures": measures,
        "notes": "The title block is the plan's name 'Ingen å miste' over the subtitle 'Årsrapport for 2024–2025 – siste "
                 "år av Handlingsplan for forebygging av selvmord 2020–2025'; a title that includes the subtitle is also "
                 "acceptable. Goal headings are 'Mål N.' (full stop). The ministry line reads 'Ansvarlig: HOD'.",
    }
    write(NAME, html_text, expected)


if __name__ == "__main__":
    build()

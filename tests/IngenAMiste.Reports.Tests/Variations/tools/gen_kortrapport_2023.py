"""kortrapport-2023: a short-form annual summary for 2022-2023 of the plan, all 61 measures, written blind.

Written without looking at the parser's status rules. Each measure has a summary-table style text of one or two short,
often elliptic sentences ("Levert.", "Ikke i gang.", "Drift fra januar 2023.", "Utkast på høring; endelig versjon
høsten 2023."), labelled by shared/README's definitions only. Traps: a finished sub-step of an unfinished measure
(2, 28, 36, 61), a delivered deliverable followed by a follow-up still to come (1, 17, 45), cross-references to
other measures (13, 35, 47), a second sentence beginning with "Tiltak" that is not a heading (22), a tiny bullet list
(31), "ikke påbegynt"-like wording next to allocated money (50), and elliptic negatives ("Ingen framdrift.").

Layout: Carlito (Calibri metrics), 10.5 pt, ragged right, no hyphenation; running header "Ingen å miste –
kortrapport 2022–2023" (top left) and a footer "N/M" (bottom right) in @page margin boxes. Measure headings are bold
run-in "Tiltak N –" with the commitment on the same line; goal headings "Mål N – …" (goal 4 wraps over two lines at
17 pt). Ministry lines are short: "Ansvarlig: HOD", "Ansvarlige: HOD, BFD og JD"; measure 14 adds NFD; measure 41 has
no ministry line.
"""
from lib import (ANNUAL_TITLE, PLAN_URL, and_list, annual_expected, dash_goal_heading, html_document, page_css,
                 print_status_counts, render_measures, run_in_heading, write)

NAME = "kortrapport-2023"


def p(text):
    return "<p>" + text + "</p>"


M = [
    # Mål 1
    dict(n=1, status="completed", ev="Kartet ble publisert i oktober 2022",
         narrative=p("Kartet ble publisert i oktober 2022. Oppdatering kommer årlig."),
         note="The visual overview is delivered; yearly updates are maintenance."),
    dict(n=2, status="in_progress", ev="Analysene foregår nå",
         narrative=p("Metodebeskrivelsen er klar. Analysene foregår nå i fire kommuner."),
         note="The method description is a finished sub-step; the pilot itself is running."),
    dict(n=3, status="completed", ev="Fast ordning siden 2021",
         narrative=p("Fast ordning siden 2021; to møter i året.")),
    # Mål 2
    dict(n=4, status="in_progress", ev="Kampanjer kjørt i tre av ni regioner",
         narrative=p("Kampanjer kjørt i tre av ni regioner, resten følger. Bevilget 6 mill. kroner i 2023."),
         funding=[(6000000, 2023, "Bevilget 6 mill. kroner i 2023")]),
    dict(n=5, status="not_started", ev="Ingen oppstart ennå",
         narrative=p("Ingen oppstart ennå.")),
    dict(n=6, status="in_progress", ev="Dialog med selskapene er i gang",
         narrative=p("Dialog med selskapene er i gang.")),
    dict(n=7, status="completed", ev="Lagt ut som egen temaside i januar 2023",
         narrative=p("Lagt ut som egen <a href=\"https://www.ung.no/selvmord\">temaside</a> i januar 2023."),
         urls=["https://www.ung.no/selvmord"]),
    dict(n=8, status="planned", ev="Innholdet skisseres",
         narrative=p("Innholdet skisseres; produksjon etter sommeren."),
         note="Sketching the content is planning; no material produced yet."),
    dict(n=9, status="in_progress", ev="Kursing av ansatte i gang i to etater",
         narrative=p("Kursing av ansatte i gang i to etater.")),
    dict(n=10, status="completed", ev="Ressursen er utvidet og oppdatert",
         narrative=p("Ressursen er utvidet og oppdatert.")),
    dict(n=11, status="planned", ev="Veiledningen skal skrives i 2024",
         narrative=p("Veiledningen skal skrives i 2024.")),
    dict(n=12, status="completed", ev="Standarden ble fastsatt i desember 2022",
         narrative=p("Standarden ble fastsatt i desember 2022.")),
    dict(n=13, status="not_started", ev="Ingen framdrift",
         narrative=p("Avventer utfallet av tiltak 12. Ingen framdrift."),
         note="Nothing has been done on the coordination; waiting for another measure. Evidence relabelled after the blind "
              "run from 'Avventer utfallet av tiltak 12' (a waiting, planned-like phrase) to the not-begun statement."),
    # Mål 3
    dict(n=14, status="completed", ev="Kriteriene brukes fra 2023",
         narrative=p("Kriteriene brukes fra 2023."),
         ministries=["SD", "NFD"]),
    dict(n=15, status="in_progress", ev="Registrering av steder fortsetter",
         narrative=p("Registrering av steder fortsetter.")),
    dict(n=16, status="completed", ev="Kartleggingen er ferdig",
         narrative=p("Kartleggingen er ferdig: 41 bruer vurdert.")),
    dict(n=17, status="completed", ev="Strategien ble lagt fram i mai 2023",
         narrative=p("Strategien ble lagt fram i mai 2023. Oppfølgingsplanen ventes til neste år."),
         note="The strategy is the measure's deliverable; the follow-up plan is later work."),
    dict(n=18, status="not_started", ev="Nedprioritert i 2022–2023",
         narrative=p("Nedprioritert i 2022–2023.")),
    dict(n=19, status="planned", ev="Utredes som del av lovarbeidet",
         narrative=p("Utredes som del av lovarbeidet."),
         note="Being assessed (an assessment in progress), no change made."),
    dict(n=20, status="in_progress", ev="Kunnskapsgrunnlaget skrives nå",
         narrative=p("Kunnskapsgrunnlaget skrives nå.")),
    dict(n=21, status="in_progress", ev="Revisjonen har begynt",
         narrative=p("Revisjonen har begynt.")),
    dict(n=22, status="in_progress", ev="Mal for delplan testes i fem kommuner",
         narrative=p("Mal for delplan testes i fem kommuner. Tiltaket henger sammen med tiltak 21."),
         note="The second sentence begins with 'Tiltaket' and names measure 21; neither starts a measure."),
    dict(n=23, status="completed", ev="Tilbudet finnes nå i 80 kommuner",
         narrative=p("Tilbudet finnes nå i 80 kommuner. 30 millioner kroner i 2022."),
         funding=[(30000000, 2022, "30 millioner kroner i 2022")],
         note="Close call: the measure asks for wider coverage; the coverage has been extended."),
    # Mål 4
    dict(n=24, status="in_progress", ev="Chattjenesten utvides gradvis",
         narrative=p("Chattjenesten utvides gradvis.")),
    dict(n=25, status="planned", ev="Tilskuddsordning under forberedelse",
         narrative=p("Tilskuddsordning under forberedelse.")),
    dict(n=26, status="not_started", ev="Ikke begynt på",
         narrative=p("Ikke begynt på. Avsatt 750 000 kroner for 2023."),
         funding=[(750000, 2023, "Avsatt 750 000 kroner for 2023")],
         note="Explicitly not started; the allocated money does not change that."),
    dict(n=27, status="completed", ev="Tre verktøy tilgjengelige på helsenorge.no",
         narrative=p("Tre verktøy tilgjengelige på helsenorge.no fra februar 2023."),
         urls=["helsenorge.no"]),
    dict(n=28, status="in_progress", ev="implementeringen er ikke ferdig",
         narrative=p("Retningslinjen er revidert, men implementeringen er ikke ferdig."),
         note="The revision (a sub-step) is done; the measure also asks for implementation, which is not finished."),
    dict(n=29, status="in_progress", ev="Læringsnettverk drives i to regioner",
         narrative=p("Læringsnettverk drives i to regioner.")),
    dict(n=30, status="planned", ev="Skal vurderes i neste oppdragsbrev",
         narrative=p("Skal vurderes i neste oppdragsbrev.")),
    dict(n=31, status="in_progress", ev="Fire helseforetak deltar",
         narrative=p("Fire helseforetak deltar:") + "<ul><li>Oppfølgingsteam etablert i to</li>"
                   "<li>Rutiner utarbeides i de øvrige</li></ul>",
         note="Two of four teams set up is a finished sub-step."),
    dict(n=32, status="completed", ev="Vurderingen er levert departementet",
         narrative=p("Vurderingen er levert departementet.")),
    dict(n=33, status="in_progress", ev="Opplæring gis ved tolv sykehus",
         narrative=p("Opplæring gis ved tolv sykehus.")),
    dict(n=34, status="not_started", ev="Uten framdrift så langt",
         narrative=p("Uten framdrift så langt.")),
    dict(n=35, status="in_progress", ev="Inngår i arbeidet med pakkeforløpene",
         narrative=p("Inngår i arbeidet med pakkeforløpene, jf. også tiltak 31.")),
    dict(n=36, status="in_progress", ev="gjennomgangen av resten av kjeden pågår",
         narrative=p("Legevaktdelen er gjennomgått; gjennomgangen av resten av kjeden pågår."),
         note="One part of the chain reviewed is a sub-step."),
    dict(n=37, status="completed", ev="Verktøyet er i bruk ved alle AMK-sentraler",
         narrative=p("Verktøyet er i bruk ved alle AMK-sentraler.")),
    dict(n=38, status="completed", ev="Kurset ble tilbudt første gang i mars 2023",
         narrative=p("Kurset ble tilbudt første gang i mars 2023.")),
    dict(n=39, status="not_started", ev="Null aktivitet i perioden",
         narrative=p("Null aktivitet i perioden.")),
    dict(n=40, status="in_progress", ev="Pårørendeprogrammet er midtveis",
         narrative=p("Pårørendeprogrammet er midtveis.")),
    dict(n=41, status="completed", ev="egen omtale tatt inn i veilederen",
         narrative=p("Vurdert; egen omtale tatt inn i veilederen."),
         ministries=[]),
    dict(n=42, status="in_progress", ev="Høringsutkast sendt ut",
         narrative=p("Høringsutkast sendt ut; endelig versjon høsten 2023."),
         note="A consultation draft is substantive work; the revised guide is not final."),
    dict(n=43, status="planned", ev="Avhenger av resultatene fra utprøvingen",
         narrative=p("Avhenger av resultatene fra utprøvingen. Vurdering i 2024.")),
    # Mål 5
    dict(n=44, status="in_progress", ev="Etterlatteteam bygges opp",
         narrative=p("Etterlatteteam bygges opp i flere kommuner.")),
    dict(n=45, status="completed", ev="Revidert veileder publisert juni 2023",
         narrative=p("Revidert veileder publisert juni 2023. Opplæring i bruken kommer senere."),
         ministries=["HOD", "ASD", "BFD"],
         note="The revised guide is the deliverable; training in its use is a follow-up."),
    # Mål 6
    dict(n=46, status="completed", ev="Utredningen forelå i januar 2023",
         narrative=p("Utredningen forelå i januar 2023.")),
    dict(n=47, status="planned", ev="vurderes i 2024",
         narrative=p("Koples til tiltak 46; vurderes i 2024."),
         note="To be assessed; nothing done yet."),
    dict(n=48, status="not_started", ev="Lagt til side inntil videre",
         narrative=p("Lagt til side inntil videre.")),
    dict(n=49, status="in_progress", ev="Ny rutine prøves ut",
         narrative=p("Ny rutine prøves ut.")),
    dict(n=50, status="not_started", ev="Selve arbeidet er foreløpig ikke begynt",
         narrative=p("Tildelt 1,2 mill. kroner i 2023. Selve arbeidet er foreløpig ikke begynt."),
         funding=[(1200000, 2023, "Tildelt 1,2 mill. kroner i 2023")],
         note="Explicit not started wins over the allocated money."),
    dict(n=51, status="completed", ev="Avtale signert i november 2022",
         narrative=p("Avtale signert i november 2022.")),
    dict(n=52, status="in_progress", ev="Datagrunnlaget bygges opp",
         narrative=p("Datagrunnlaget bygges opp.")),
    dict(n=53, status="planned", ev="Oppfølgingen legges inn i tildelingsbrevet for 2024",
         narrative=p("Oppfølgingen legges inn i tildelingsbrevet for 2024.")),
    dict(n=54, status="completed", ev="Ferdigstilt og lagt ut",
         narrative=p("Ferdigstilt og lagt ut. Se "
                     "<a href=\"https://www.fhi.no/publ/2023/selvmordsatferd\">rapporten</a>."),
         urls=["https://www.fhi.no/publ/2023/selvmordsatferd"]),
    dict(n=55, status="in_progress", ev="Datainnsamling avsluttet, analyse pågår",
         narrative=p("Datainnsamling avsluttet, analyse pågår."),
         note="Data collection done (sub-step); the survey report is not delivered."),
    dict(n=56, status="in_progress", ev="Kompetansepakken rulles ut",
         narrative=p("Kompetansepakken rulles ut i fylkene.")),
    dict(n=57, status="completed", ev="Modulen er obligatorisk fra 2023",
         narrative=p("Modulen er obligatorisk fra 2023.")),
    dict(n=58, status="planned", ev="Forslag til modell på trappene",
         narrative=p("Forslag til modell på trappene.")),
    dict(n=59, status="in_progress", ev="Videreført og utvidet",
         narrative=p("Videreført og utvidet med 12,5 mill. kroner i 2023."),
         funding=[(12500000, 2023, "12,5 mill. kroner i 2023")],
         note="Vivat's work continues; continuation of an ongoing programme."),
    dict(n=60, status="completed", ev="Ordningen ble økt med 1 milliard kroner",
         narrative=p("Ordningen ble økt med 1 milliard kroner over fem år."),
         funding=[(1000000000, None, "1 milliard kroner over fem år")],
         note="The strengthening (the deliverable) is decided and in place."),
    dict(n=61, status="in_progress", ev="Nordsamisk versjon klar, to gjenstår",
         narrative=p("Nordsamisk versjon klar, to gjenstår."),
         note="One of three languages done is a sub-step."),
]

CSS = page_css(
    "18mm 20mm 18mm 20mm", "Carlito", "sans-serif",
    header=("top-left", "Ingen å miste – kortrapport 2022–2023", "8pt", "#444"),
    footer=("bottom-right", 'counter(page) "/" counter(pages)', "9pt"),
    body=("10.5pt", "1.3"),
    justify=False,
    rules="""p { margin: 0 0 3pt 0; }
h1 { font-size: 19pt; margin: 0 0 4pt 0; line-height: 1.2; }
p.sub { font-size: 12pt; margin: 0 0 10pt 0; }
h2 { font-size: 17pt; margin: 14pt 0 6pt 0; line-height: 1.2; }
p.m { margin: 9pt 0 2pt 0; }
ul { margin: 1pt 0 2pt 0; }
p.dep { margin-top: 2pt; color: #333; }
""")


def measure_heading(n, g, commitment):
    return run_in_heading("m", f"Tiltak {n} –", commitment)


def ministry_line(n, codes):
    if len(codes) == 1:
        return "Ansvarlig: " + codes[0]
    return "Ansvarlige: " + and_list(codes)


INTRO = (
    f"<h1>{ANNUAL_TITLE}</h1>\n"
    '<p class="sub">Kortrapport for 2022–2023 – status per 30. juni 2023</p>\n'
    "<p>Handlingsplanen har 61 tiltak under seks mål. Kortrapporten gir én til to setninger per tiltak. "
    "<a href=\"" + PLAN_URL + "\">Planen</a> ligger på regjeringen.no.</p>\n"
)


def build():
    body, measures = render_measures(M, dash_goal_heading, measure_heading, ministry_line)
    html_text = html_document("Kortrapport 2022–2023 – Ingen å miste", CSS, INTRO + body)
    expected = annual_expected(
        "2022-2023", "2023-06-30", measures,
        warnings_expected=["missing ministries for measure 41"],
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind (without reading the parser's status rules). Short-form summary: one or two elliptic "
              "sentences per measure. Traps: finished sub-steps of unfinished measures (2, 28, 31, 36, 55, 61), "
              "deliverables followed by a follow-up still to come (1, 17, 45), cross-references (13 'tiltak 12', 22 "
              "'tiltak 21', 35 'tiltak 31', 47 'tiltak 46'), a sentence beginning 'Tiltaket' (22), a bullet list "
              "(31), 'ikke påbegynt' with money (50) and 'Ikke begynt på' with money (26). Measure 41 has no "
              "ministry line; 14 adds NFD. The intro links the plan itself (belongs to no measure).",
    )
    write(NAME, html_text, expected)
    print_status_counts(M)


if __name__ == "__main__":
    build()

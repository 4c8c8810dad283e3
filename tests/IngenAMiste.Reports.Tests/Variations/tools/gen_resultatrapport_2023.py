"""resultatrapport-2023: a directorate's results report for calendar year 2023, all 61 measures, written blind.

Every measure is reported in labelled activity sections instead of one narrative: under the commitment and the
ministry line come short run-in labels ("Gjennomført i 2023:", "Pågående arbeid:", "Videre arbeid:", "Plan for
2024:", "Utfordringer:", "Resultater:", "Status:") with one or two sentences or a bullet list each; not every
measure has every section, some have only one, and an empty section is written "–". The labels do not decide a
status by themselves: a "Gjennomført i 2023" list of sub-steps of an unfinished measure is in_progress, a
"Utfordringer" section can say that nothing has started, and an empty "Gjennomført" with a start date under
"Plan for 2024" is planned.

Layout: Liberation Serif 10.5 pt, left-aligned; a running header "Resultatrapport 2023 – Ingen å miste" (top
right) and "Side N av M" (bottom centre). Goal headings "Mål N – …". Measure headings: "Tiltak N" in bold with
the commitment on the same line; the ministry line "Ansvarlig departement: HOD" directly below it, then the
sections.
"""
from lib import (MEASURES, PLAN_URL, SIDE_N_AV_M, and_list, dash_goal_heading, esc, html_document, measure_json,
                 GOALS, page_css, print_status_counts, write, annual_expected)

NAME = "resultatrapport-2023"
TITLE = "Resultatrapport 2023 – Handlingsplan for forebygging av selvmord 2020–2025 – Ingen å miste"


def sec(label, *items):
    """One activity section: a run-in bold label with one text, or the label on its own line and a bullet list."""
    if len(items) == 1:
        return f'<p class="s"><b>{label}</b> {items[0]}</p>'
    return f'<p class="s"><b>{label}</b></p><ul>' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def N(*sections):
    return "".join(sections)


G23 = "Gjennomført i 2023:"
PAA = "Pågående arbeid:"
VID = "Videre arbeid:"
P24 = "Plan for 2024:"
UTF = "Utfordringer:"
RES = "Resultater:"
STA = "Status:"

M = [
    # Mål 1
    dict(n=1, status="completed", ev="Oversikten ble publisert på helsedirektoratet.no i april 2023",
         narrative=N(sec(RES, "Oversikten ble publisert på helsedirektoratet.no i april 2023 og viser aktører, "
                              "nettverk og tilbud i alle fylker."),
                     sec(VID, "Oversikten oppdateres to ganger i året."))),
    dict(n=2, status="in_progress", ev="Piloten gjennomføres nå i Agder",
         narrative=N(sec(G23, "forprosjekt med gjennomgang av metode og personvern",
                         "avtaler med kommunene og helseforetaket i Agder"),
                     sec(PAA, "Piloten gjennomføres nå i Agder, der elleve saker er gjennomgått hittil."),
                     sec(UTF, "Det tar tid å få samtykke fra etterlatte.")),
         note="The preliminary project listed under 'Gjennomført' is a sub-step; the pilot itself is running."),
    dict(n=3, status="completed", ev="Forumet og direktoratssamarbeidet er på plass",
         narrative=N(sec(STA, "Forumet og direktoratssamarbeidet er på plass og har et fast sekretariat i "
                              "Helsedirektoratet."),
                     sec(VID, "Mandatet for forumet skal evalueres i 2024.")),
         note="Both bodies exist (the deliverable); the evaluation of the mandate is a follow-up."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Den nasjonale overbygningen utvikles parallelt med de regionale kampanjene",
         narrative=N(sec(G23, "kampanje i Vestland (mars)", "kampanje i Trøndelag (september)"),
                     sec(PAA, "Den nasjonale overbygningen utvikles parallelt med de regionale kampanjene."),
                     sec(P24, "Kampanjer i de fem regionene som gjenstår."),
                     sec(RES, "Kampanjesidene hadde 48 000 besøk. Tiltaket fikk 12,5 mill. kroner i 2023.")),
         funding=[(12500000, 2023, "Tiltaket fikk 12,5 mill. kroner i 2023")],
         note="Two regional campaigns are done (sub-steps); the measure is campaigns in all regions."),
    dict(n=5, status="completed", ev="ble ferdigstilt i februar 2023",
         narrative=N(sec(RES, "Kunnskapsoppsummeringen om medieomtale av selvmord ble ferdigstilt i februar 2023 og "
                              "ligger på fhi.no."),
                     sec(VID, "Funnene skal formidles til redaksjonene gjennom Norsk Presseforbund i 2024.")),
         note="The knowledge (the summary) is delivered; passing it on to newsrooms is a follow-up."),
    dict(n=6, status="planned", ev="skal etableres i løpet av høsten 2024",
         narrative=N(sec(G23, "–"),
                     sec(P24, "Et samarbeidsforum med plattformselskapene skal etableres i løpet av høsten 2024."),
                     sec(UTF, "Det har tatt tid å få selskapene til bordet."))),
    dict(n=7, status="in_progress", ev="nærmer seg ferdigstilling",
         narrative=N(sec(PAA, "Tilpasningen av #chatsafe til norske forhold nærmer seg ferdigstilling; et "
                              "ungdomspanel tester innholdet."),
                     sec(P24, "Lansering i skolene ved skolestart i august."))),
    dict(n=8, status="completed", ev="Informasjonspakken for foreldre ligger nå ute på",
         narrative=N(sec(G23, "Informasjonspakken for foreldre ligger nå ute på "
                              "<a href=\"https://www.bruktrygt.no/foreldre/\">Medietilsynets nettsted</a>, med "
                              "filmer og samtaleråd.")),
         urls=["https://www.bruktrygt.no/foreldre/"]),
    dict(n=9, status="in_progress", ev="modulen for barnevernsansatte er under utvikling",
         narrative=N(sec(STA, "Kursmodulen for helsesykepleiere er klar; modulen for barnevernsansatte er under "
                              "utvikling.")),
         note="One of the two target groups has its module (a sub-step)."),
    dict(n=10, status="in_progress", ev="Spredningen til skolene fortsetter",
         narrative=N(sec(PAA, "Spredningen til skolene fortsetter gjennom de regionale nettverkene."),
                     sec(RES, "210 skoler har deltatt i nettverkene så langt."))),
    dict(n=11, status="completed", ev="ble sendt ut i mars 2023",
         narrative=N(sec(RES, "Rundskrivet om taushetsplikt og opplysningsplikt ved selvmordsfare ble sendt ut i "
                              "mars 2023."),
                     sec(UTF, "Mange tjenester kjenner ikke til rundskrivet ennå, og direktoratet vil derfor "
                              "omtale det på fagsamlinger.")),
         note="The negation in 'Utfordringer' is about awareness, not about the work."),
    dict(n=12, status="planned", ev="vil gå gjennom anbefalingene og ta stilling til en minstestandard",
         narrative=N(sec(P24, "Helsedirektoratet vil gå gjennom anbefalingene og ta stilling til en minstestandard "
                              "innen sommeren."))),
    dict(n=13, status="not_started", ev="det er ikke gjort noe arbeid med samordningen",
         narrative=N(sec(UTF, "Ressursene i 2023 gikk til den nye nasjonale hjelpetelefonen, og det er ikke gjort "
                              "noe arbeid med samordningen."))),
    # Mål 3
    dict(n=14, status="completed", ev="tok i bruk nye kriterier",
         narrative=N(sec(G23, "Statens vegvesen tok i bruk nye kriterier for klassifisering av selvmord i "
                              "ulykkesanalysene fra 1. januar 2023."),
                     sec(RES, "Alle dødsulykker i 2023 er klassifisert etter de nye kriteriene."))),
    dict(n=15, status="in_progress", ev="Politiet kartlegger utsatte områder i Oslo og Bergen",
         narrative=N(sec(PAA, "Politiet kartlegger utsatte områder i Oslo og Bergen sammen med kommunene."),
                     sec(P24, "Fysisk sikring av to områder."))),
    dict(n=16, status="in_progress", ev="Vurderingen av sikringstiltak for de tolv mest utsatte broene er påbegynt",
         narrative=N(sec(G23, "kartlegging av 73 høybroer", "rapport om sikringspotensial"),
                     sec(PAA, "Vurderingen av sikringstiltak for de tolv mest utsatte broene er påbegynt.")),
         note="The survey of bridges is done; the measure also asks to assess measures, which has begun."),
    dict(n=17, status="completed", ev="Regjeringen la fram alkoholstrategien i desember 2023",
         narrative=N(sec(RES, "Regjeringen la fram alkoholstrategien i desember 2023, med mål om 10 prosent lavere "
                              "forbruk innen 2030."))),
    dict(n=18, status="planned", ev="skal sendes på høring i 2024",
         narrative=N(sec(STA, "Et forslag om å begrense mengden A/B-preparater per resept skal sendes på høring i "
                              "2024.")),
         note="The measure is an assessment; a hearing to come, no substantive work reported."),
    dict(n=19, status="not_started", ev="arbeidet er derfor ikke kommet i gang",
         narrative=N(sec(UTF, "Det er ikke satt av kapasitet til lovarbeidet i 2023, og arbeidet er derfor ikke "
                              "kommet i gang."))),
    dict(n=20, status="completed", ev="ble oversendt departementet i juni 2023",
         narrative=N(sec(G23, "Utredningen av kunnskapsgrunnlaget for livskrisetilbud, med anbefalinger, ble "
                              "oversendt departementet i juni 2023."),
                     sec(VID, "Departementet tar stilling til anbefalingene i 2024.")),
         note="The deliverable is the study with recommendations; the ministry's decision is a follow-up."),
    dict(n=21, status="in_progress", ev="er ennå ikke ferdigstilt",
         narrative=N(sec(G23, "innspillsmøter med 18 kommuner", "ny disposisjon for materiellet"),
                     sec(STA, "Det reviderte materiellet er ennå ikke ferdigstilt."))),
    dict(n=22, status="in_progress", ev="Helsedirektoratet veileder kommuner som lager planer",
         narrative=N(sec(PAA, "Helsedirektoratet veileder kommuner som lager planer, blant annet gjennom "
                              "<a href=\"https://www.helsedirektoratet.no/veiledere/selvmordsplan\">en egen "
                              "planveileder</a>."),
                     sec(RES, "96 kommuner har nå en plan eller delplan.")),
         urls=["https://www.helsedirektoratet.no/veiledere/selvmordsplan"]),
    dict(n=23, status="in_progress", ev="Opptrappingen fortsetter",
         narrative=N(sec(RES, "66 kommuner har Rask psykisk helsehjelp, mot 59 året før."),
                     sec(PAA, "Opptrappingen fortsetter innenfor en økning av kommunerammen på 2 mrd. kroner i "
                              "2023.")),
         funding=[(2000000000, 2023, "en økning av kommunerammen på 2 mrd. kroner i 2023")]),
    # Mål 4
    dict(n=24, status="in_progress", ev="testes i fem kommuner",
         narrative=N(sec(PAA, "En digital helsestasjon for ungdom testes i fem kommuner."),
                     sec(P24, "Nasjonal spredning etter evaluering."))),
    dict(n=25, status="planned", ev="Utlysningen av tilskudd kommer i mars",
         narrative=N(sec(G23, "–"),
                     sec(P24, "Utlysningen av tilskudd kommer i mars, og oppstart i kommunene er planlagt til "
                              "høsten.")),
         note="An empty 'Gjennomført' section; nothing executed yet."),
    dict(n=26, status="not_started", ev="Ingen aktivitet å rapportere for 2023",
         narrative=N(sec(STA, "Ingen aktivitet å rapportere for 2023. Utviklingen av verktøyet venter på ny "
                              "finansiering."))),
    dict(n=27, status="in_progress", ev="Kvalitetssikringen av seks nye verktøy pågår",
         narrative=N(sec(G23, "fire nye mestringsverktøy lagt ut på helsenorge.no"),
                     sec(PAA, "Kvalitetssikringen av seks nye verktøy pågår. Tiltaket er tildelt NOK 3,2 millioner "
                              "for 2024.")),
         funding=[(3200000, 2024, "Tiltaket er tildelt NOK 3,2 millioner for 2024")]),
    dict(n=28, status="in_progress", ev="Revisjonen av retningslinjen er inne i sin andre fase",
         narrative=N(sec(PAA, "Revisjonen av retningslinjen er inne i sin andre fase; arbeidsgruppene har levert "
                              "utkast til kapitlene om vurdering og oppfølging."),
                     sec(P24, "Høring er planlagt høsten 2024.")),
         note="A plan for the hearing inside a running revision; delivered draft chapters are sub-steps."),
    dict(n=29, status="in_progress", ev="er nå innarbeidet i tre av fire helseregioner",
         narrative=N(sec(RES, "Ordningen med læringsnettverk etter selvmord er nå innarbeidet i tre av fire "
                              "helseregioner."),
                     sec(VID, "Helse Nord følger etter i 2024.")),
         note="Three of four regions: not yet the whole service."),
    dict(n=30, status="planned", ev="Oppdraget står i tildelingsbrevet for 2024",
         narrative=N(sec(STA, "Oppdraget står i tildelingsbrevet for 2024, og Helsedirektoratet skal levere en "
                              "prosjektplan innen 1. juni."))),
    dict(n=31, status="in_progress", ev="innføringen i Helse Nord og Helse Sør-Øst er i gang",
         narrative=N(sec(G23, "innføring av faste oppfølgingspunkter i Helse Vest"),
                     sec(PAA, "innføringen i Helse Nord og Helse Sør-Øst er i gang", "felles måling av "
                              "oppfølging innen sju dager"))),
    dict(n=32, status="completed", ev="har levert sin vurdering",
         narrative=N(sec(RES, "De regionale helseforetakene har levert sin vurdering av sensorteknologi i "
                              "døgnenheter; konklusjonen er at teknologien ikke bør tas i bruk nå.")),
         note="The measure is an assessment; it was delivered, and its negative conclusion does not make it "
              "not_started."),
    dict(n=33, status="in_progress", ev="spres nå til",
         narrative=N(sec(G23, "opplæring ved St. Olavs hospital"),
                     sec(PAA, "Opplæringen i selvmordsforebygging for somatiske sengeposter spres nå til Sykehuset "
                              "Innlandet og Vestre Viken."))),
    dict(n=34, status="planned", ev="vil sette ned en arbeidsgruppe",
         narrative=N(sec(P24, "Helse Sør-Øst vil sette ned en arbeidsgruppe som skal foreslå rutiner for "
                              "henvisning."))),
    dict(n=35, status="in_progress", ev="Implementeringen går saktere enn forutsatt",
         narrative=N(sec(G23, "ny mal for samarbeidsavtaler", "to regionale samlinger"),
                     sec(UTF, "Implementeringen går saktere enn forutsatt i mange kommuner."))),
    dict(n=36, status="in_progress", ev="har startet arbeidet med de første forbedringspunktene",
         narrative=N(sec(G23, "Gjennomgangen av den akuttmedisinske kjeden er avsluttet, og rapporten med 14 "
                              "forbedringspunkter ble sendt til de regionale helseforetakene i november."),
                     sec(PAA, "Helse Midt-Norge har startet arbeidet med de første forbedringspunktene.")),
         note="The review is done, but the measure is to review and improve; the improvements have begun."),
    dict(n=37, status="in_progress", ev="ble avbrutt i 2023",
         narrative=N(sec(G23, "–"),
                     sec(UTF, "Videreutviklingen av verktøyet startet i 2021, men ble avbrutt i 2023 da "
                              "finansieringen falt bort.")),
         note="Close call: work began in 2021 and was stopped; a stop after a start is not 'not begun' (convention "
              "of the earlier reports), and nothing was delivered."),
    dict(n=38, status="completed", ev="er ferdig utviklet",
         narrative=N(sec(G23, "Kurset for personell i AMK og legevaktsentraler er ferdig utviklet og tilbys som "
                              "e-læring."),
                     sec(VID, "Simuleringsdelen oppdateres i 2024."))),
    dict(n=39, status="planned", ev="vil innhente erfaringer fra tjenestene",
         narrative=N(sec(P24, "Helsedirektoratet vil innhente erfaringer fra tjenestene og på det grunnlaget "
                              "vurdere behovet for nye tiltak."))),
    dict(n=40, status="in_progress", ev="deltar i utviklingen av et kursopplegg",
         narrative=N(sec(PAA, "Pårørendeorganisasjonene deltar i utviklingen av et kursopplegg for ansatte."))),
    dict(n=41, status="completed", ev="Vurderingen er gjort",
         narrative=N(sec(RES, "Vurderingen er gjort: pårørendeveilederen har fått et eget avsnitt om selvmordsfare, "
                              "publisert i september.")),
         note="The measure is an assessment; it led to a new section that is published."),
    dict(n=42, status="in_progress", ev="er på høring til 1. mars 2024",
         narrative=N(sec(STA, "Revidert veileder for helsetjenester til innsatte er på høring til 1. mars 2024."))),
    dict(n=43, status="not_started", ev="har ennå ikke begynt på vurderingen",
         narrative=N(sec(UTF, "Kriminalomsorgsdirektoratet har ennå ikke begynt på vurderingen, fordi erfaringene "
                              "fra dagens sensorer er for få."))),
    # Mål 5
    dict(n=44, status="in_progress", ev="Kommunene får veiledning om oppfølging av etterlatte",
         narrative=N(sec(PAA, "Kommunene får veiledning om oppfølging av etterlatte gjennom LEVE og Vivat; 34 "
                              "kommuner har fått besøk så langt. Arbeidet har fått kr 800 000 i 2023.")),
         funding=[(800000, 2023, "Arbeidet har fått kr 800 000 i 2023")]),
    dict(n=45, status="completed", ev="kom ut i ny utgave i oktober 2023",
         narrative=N(sec(RES, "Veilederen Etter selvmordet kom ut i ny utgave i oktober 2023."),
                     sec(VID, "regionale samlinger om den nye utgaven", "oversettelse til samisk"))),
    # Mål 6
    dict(n=46, status="planned", ev="som etter planen starter høsten 2024",
         narrative=N(sec(STA, "Spørsmålet om utvidet obduksjonsplikt skal utredes i arbeidet med ny lov om "
                              "rettsmedisin, som etter planen starter høsten 2024."))),
    dict(n=47, status="not_started", ev="Det har ikke vært mulig å sette av ressurser til å starte arbeidet",
         narrative=N(sec(UTF, "Det har ikke vært mulig å sette av ressurser til å starte arbeidet i 2023."))),
    dict(n=48, status="planned", ev="er meldt inn som mulig oppdrag for 2025",
         narrative=N(sec(STA, "Spørsmålet om en ekspertgruppe er meldt inn som mulig oppdrag for 2025."))),
    dict(n=49, status="completed", ev="ble iverksatt 1. april",
         narrative=N(sec(G23, "Ny rutine for oversending av obduksjonsrapporter til Dødsårsaksregisteret ble "
                              "iverksatt 1. april."),
                     sec(RES, "Andelen mottatte rapporter økte fra 61 til 92 prosent."))),
    dict(n=50, status="planned", ev="arbeidet skal starte når finansieringen er avklart",
         narrative=N(sec(STA, "Folkehelseinstituttet har fått i oppdrag å utrede et register for selvskading; "
                              "arbeidet skal starte når finansieringen er avklart."))),
    dict(n=51, status="completed", ev="ble signert i februar 2023",
         narrative=N(sec(RES, "Samarbeidsmodellen mellom NSSF og Folkehelseinstituttet er nedfelt i en avtale som "
                              "ble signert i februar 2023."))),
    dict(n=52, status="in_progress", ev="Datainnsamlingen ved de første sykehusene er startet opp",
         narrative=N(sec(G23, "protokoll for datainnsamling", "godkjenning fra etisk komité"),
                     sec(PAA, "Datainnsamlingen ved de første sykehusene er startet opp.")),
         note="Protocol and approval are sub-steps."),
    dict(n=53, status="planned", ev="skal lyses ut til høsten",
         narrative=N(sec(G23, "–"),
                     sec(P24, "Et oppfølgingsprosjekt om selvmord blant menn skal lyses ut til høsten."))),
    dict(n=54, status="completed", ev="foreligger",
         narrative=N(sec(RES, "FoU-rapporten om selvmordsatferd og forebygging foreligger og ble levert "
                              "Kunnskapsdepartementet i november 2023. Den kan lastes ned fra "
                              "www.kunnskapsdepartementet-fou.no/selvmord."),
                     sec(VID, "Departementet vurderer hvordan funnene skal følges opp.")),
         urls=["www.kunnskapsdepartementet-fou.no/selvmord"],
         note="The deliverable is itself a report."),
    dict(n=55, status="in_progress", ev="er i felt fram til april 2024",
         narrative=N(sec(G23, "Spørreskjemaet er utviklet og testet."),
                     sec(PAA, "Levekårsundersøkelsen er i felt fram til april 2024.")),
         note="A finished questionnaire is a sub-step of the survey."),
    dict(n=56, status="in_progress", ev="De regionale kompetansesentrene gjennomfører kurs",
         narrative=N(sec(PAA, "De regionale kompetansesentrene gjennomfører kurs for kommunale tjenester."),
                     sec(RES, "Om lag 1 900 ansatte deltok i 2023."))),
    dict(n=57, status="in_progress", ev="er i gang i de fleste",
         narrative=N(sec(STA, "Opplæringen har ved utgangen av 2023 ikke nådd alle helseforetak, men er i gang i "
                              "de fleste.")),
         note="The negation is about coverage, not about the start."),
    dict(n=58, status="planned", ev="skal i 2024 i samarbeid med de regionale helseforetakene vurdere",
         narrative=N(sec(P24, "Helsedirektoratet skal i 2024 i samarbeid med de regionale helseforetakene vurdere "
                              "modeller for kompetansenettverk."))),
    dict(n=59, status="in_progress", ev="Kursvirksomheten videreføres i samme omfang",
         narrative=N(sec(RES, "Vivat holdt 140 kurs i 2023."),
                     sec(VID, "Kursvirksomheten videreføres i samme omfang, og Vivat er tildelt 14,7 mill. kroner "
                              "for 2024.")),
         funding=[(14700000, 2024, "Vivat er tildelt 14,7 mill. kroner for 2024")]),
    dict(n=60, status="completed", ev="Tilskuddsordningen ble styrket med 10 mill. kroner fra 2023",
         narrative=N(sec(RES, "Tilskuddsordningen ble styrket med 10 mill. kroner fra 2023.")),
         funding=[(10000000, 2023, "Tilskuddsordningen ble styrket med 10 mill. kroner fra 2023")]),
    dict(n=61, status="not_started", ev="Arbeidet er dermed ikke begynt",
         narrative=N(sec(UTF, "Rettighetshaveren har ikke gitt tillatelse til oversettelse av materiellet. "
                              "Arbeidet er dermed ikke begynt."))),
]

CSS = page_css(
    "22mm 23mm 22mm 23mm", "Liberation Serif", "serif",
    header=("top-right", "Resultatrapport 2023 – Ingen å miste", "8pt", "#555"),
    footer=("bottom-center", SIDE_N_AV_M, "9pt"),
    body=("10.5pt", "1.3"),
    justify=False,
    rules="""h1 { font-size: 17pt; margin: 0 0 6pt 0; line-height: 1.2; }
p.sub { font-size: 11pt; margin: 0 0 10pt 0; }
h2 { font-size: 14pt; margin: 16pt 0 6pt 0; line-height: 1.2; }
p.t { margin: 11pt 0 1pt 0; }
p.dep { font-size: 9.5pt; margin: 0 0 3pt 0; color: #333; }
p.s { margin: 2pt 0 2pt 0; }
ul { margin: 1pt 0 3pt 0; }
""")


def build():
    body, measures, goal = [], [], None
    for m in M:
        n = m["n"]
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>{dash_goal_heading(g)}</h2>\n")
        body.append(f'<p class="t"><b>Tiltak {n}</b> {esc(MEASURES[n]["commitment"])}</p>\n')
        codes = m.get("ministries", MEASURES[n]["ministries"])
        label = "Ansvarlig departement: " if len(codes) == 1 else "Ansvarlige departementer: "
        body.append(f'<p class="dep">{label}{and_list(codes)}</p>\n')
        body.append(m["narrative"] + "\n")
        measures.append(measure_json(m, g))
    intro = (
        f"<h1>{TITLE}</h1>\n"
        '<p class="sub">Rapporten gir status per 15. februar 2024</p>\n'
        "<p>Handlingsplanen Ingen å miste har 61 tiltak fordelt på seks mål. Denne resultatrapporten beskriver hva "
        "som ble gjort i 2023. For hvert tiltak rapporterer vi i faste avsnitt: hva som er gjennomført, hva som "
        "pågår, videre arbeid og eventuelle utfordringer. Avsnitt uten innhold er markert med tankestrek. "
        f"<a href=\"{PLAN_URL}\">Handlingsplanen</a> ligger på regjeringen.no.</p>\n"
    )
    html_text = html_document("Resultatrapport 2023 – Ingen å miste", CSS, intro + "".join(body))
    expected = annual_expected(
        "2023", "2024-02-15", measures, title=TITLE,
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind (without reading the parser's status rules). Every measure is reported in labelled "
              "activity sections ('Gjennomført i 2023:', 'Pågående arbeid:', 'Videre arbeid:', 'Plan for 2024:', "
              "'Utfordringer:', 'Resultater:', 'Status:'); an empty section is '–'. Convention: the labels never "
              "decide a status by themselves, the content judged against the measure's own deliverable does; "
              "evidence is taken from a section's content, never the label alone. Traps: finished sub-steps "
              "listed under 'Gjennomført' for unfinished measures (2, 4, 16, 21, 31, 35, 36, 52, 55), delivered "
              "deliverables with follow-up under 'Videre arbeid' (3, 5, 20, 38, 45, 54), a plan inside a running "
              "measure (28), a start followed by a stop (37), negations that do not mean not_started (11, 32, 57), "
              "a negated completion (21 'er ennå ikke ferdigstilt'), 'ikke' far from its verb (19, 61), "
              "deliverables that are assessments or reports (20, 32, 41, 54), empty 'Gjennomført' with a start "
              "under 'Plan for 2024' (6, 25, 53). The intro links the plan itself (belongs to no measure).",
    )
    write(NAME, html_text, expected)
    print_status_counts(M)


if __name__ == "__main__":
    build()

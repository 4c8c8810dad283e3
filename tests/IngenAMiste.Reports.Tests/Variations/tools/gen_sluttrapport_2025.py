"""sluttrapport-2025: the FINAL report of the plan period 2020-2025, all 61 measures, written blind.

Written without reading the parser's extraction, structure or status code. A final report opens with an OVERVIEW
TABLE of all measures ("Tabell 1 Oversikt over tiltakene og status ved utgangen av 2025": "Nr." with the bare measure
number, "Tiltak" with a SHORT name, "Ansvar" with codes and a one- or two-word "Status"; goal rows; the header row
repeated on every page; goal rows "Mål N – title") and then has one section per goal ("Mål N: …") and per measure (bold run-in "Tiltak N"
followed by the commitment, "Ansvarlig departement: …", a narrative of one to three paragraphs). The overview rows
must not become extra or duplicate measures; the status of each measure comes from its section's narrative, not from
the table's word (they differ on purpose for 4, 22, 27, 39 and 49).

Traps: finished sub-steps of unfinished measures (4, 9, 28, 57, 61), delivered deliverable plus follow-up (2, 16, 17,
42, 45, 55), cross-references ("jf. tiltak 12" in 13, "jf. tiltak 22" in 21, "(tiltak 60)" in 53), a paragraph that
begins "Tiltak 57 …" inside 56, sentences that begin "Tiltaket …" (1, 34), bullet lists (4, 31, 56), an explicit
not-started next to money (26, 50).
"""
from lib import (GOALS, MEASURES, PLAN_URL, and_list, esc, html_document, measure_json, page_css,
                 print_status_counts, write)

NAME = "sluttrapport-2025"
TITLE = "Sluttrapport for Handlingsplan for forebygging av selvmord 2020–2025 – Ingen å miste"

# status word of the overview table where it is not simply the word for the narrative's label
TABLE_WORD = {3: "Videreføres", 15: "Videreføres", 44: "Videreføres", 59: "Videreføres",
              9: "Delvis gjennomført", 28: "Delvis gjennomført", 61: "Delvis gjennomført",
              4: "Gjennomført", 22: "Gjennomført", 27: "Gjennomført", 49: "Gjennomført", 39: "Pågår"}
DEFAULT_WORD = {"completed": "Gjennomført", "in_progress": "Pågår", "planned": "Planlagt", "not_started": "Ikke startet"}
MISMATCH = "The overview table says «{w}», but the section's narrative reports {what}; labelled by the narrative (README)."

SHORT = {
    1: "Visuell oversikt over forebyggingsarbeidet", 2: "Pilot for kartlegging av selvmord",
    3: "Nasjonalt forum og direktoratssamarbeid", 4: "Regionale folkeopplysningskampanjer",
    5: "Kunnskap om medieomtale av selvmord", 6: "Offentlig-privat samarbeid om trygg nettbruk",
    7: "Informasjon til barn og unge, #chatsafe", 8: "Informasjon til foreldre om skadelig innhold",
    9: "Kompetanse om selvmordsinnhold på nett", 10: "Nettressursen for skolene gjøres kjent",
    11: "Regler for informasjonsutveksling ved selvmordsfare", 12: "Minstestandard for opplæring på hjelpetelefoner",
    13: "Samordning av hjelpetelefonene", 14: "Kriterier for selvmord i trafikken",
    15: "Sikring av utsatte områder", 16: "Kartlegging og sikring av høybruer",
    17: "Nasjonal alkoholstrategi", 18: "Begrensning av A/B-legemidler på papirresept",
    19: "Tjenestenes ansvar i helselovgivningen", 20: "Utredning av livskrisetilbud",
    21: "Veiledende materiell for kommunene", 22: "Kommunale planer for forebygging",
    23: "Økt utbredelse av Rask psykisk helsehjelp", 24: "Digital helsestasjon og skolehelsetjeneste",
    25: "Forebyggende hjemmebesøk for eldre", 26: "Fastleger og alkoholproblemer",
    27: "Digitale mestringsverktøy", 28: "Revidert nasjonal retningslinje og implementering",
    29: "Læring av gjennomganger etter selvmord", 30: "Hjelp for alkoholavhengighet",
    31: "Oppfølging før og etter utskriving", 32: "Vurdering av sensorteknologi i døgnavdelinger",
    33: "Selvmordsforebyggende kompetanse i somatikken", 34: "Vurdering av pasienter etter selvmordsforsøk",
    35: "Gode overganger ved utskriving", 36: "Gjennomgang av den akuttmedisinske kjeden",
    37: "Beslutningsstøtte i AMK og legevakt", 38: "Kurs for AMK- og legevaktpersonell",
    39: "Barn som pårørende", 40: "Pårørende som ressurs",
    41: "Selvmord i pårørendeveilederen", 42: "Revidert veileder for innsatte",
    43: "Pust- og bevegelsessensor i fengselsceller", 44: "Oppfølging av etterlatte",
    45: "Gjennomgang av veilederen Etter selvmordet", 46: "Utvidet plikt til rettsmedisinsk obduksjon",
    47: "Obduksjon av flere eldre", 48: "Ekspertgruppe og coroner-ordning",
    49: "Fullstendige obduksjonsrapporter til registeret", 50: "Register for selvskading og selvmordsforsøk",
    51: "Samarbeidsmodell for NSSF og FHI", 52: "Kartlegging av helsetjenestebruk før selvmord",
    53: "Oppfølging av kunnskapsoppsummeringer", 54: "FoU om selvmord i innvandrerbefolkningen",
    55: "Levekårsundersøkelse på lhbtiq-feltet", 56: "Kompetanse i kommunale tjenester",
    57: "Kompetanse i TSB og psykisk helsevern", 58: "Regionale kompetansenettverk",
    59: "Videreføring og styrking av Vivat", 60: "Styrket tilskuddsordning",
    61: "Opplæringsmateriell på samiske språk",
}

M = [
    # Mål 1
    dict(n=1, status="completed", ev="Tiltaket er fullført ved at oversikten ble gjort tilgjengelig",
         narrative="<p>Tiltaket er fullført ved at oversikten ble gjort tilgjengelig på "
                   "<a href=\"https://www.helsedirektoratet.no/tema/selvmord-og-selvskading/oversikt-over-aktorer\">"
                   "Helsedirektoratets temaside</a> i 2021. Den er oppdatert hvert år siden.</p>",
         urls=["https://www.helsedirektoratet.no/tema/selvmord-og-selvskading/oversikt-over-aktorer"]),
    dict(n=2, status="completed", ev="Sluttrapporten med forslag til en nasjonal modell ble oversendt departementet i juni 2025",
         narrative="<p>I planperioden har piloten omfattet 84 selvmord i tre fylker. Sluttrapporten med forslag til en "
                   "nasjonal modell ble oversendt departementet i juni 2025. Piloten kostet samlet 14 mill. kroner i "
                   "planperioden.</p><p>Departementet tar stilling til modellen i løpet av 2026.</p>",
         funding=[(14000000, None, "Piloten kostet samlet 14 mill. kroner i planperioden")],
         note="The pilot and the recommendation about a model are the deliverable; the ministry's decision is a follow-up."),
    dict(n=3, status="completed", ev="direktoratssamarbeidet er forankret i en fast samarbeidsavtale fra 2021",
         narrative="<p>Forumet har møttes to ganger i året gjennom hele perioden, og direktoratssamarbeidet er forankret "
                   "i en fast samarbeidsavtale fra 2021. Arbeidet videreføres i ny plan.</p>",
         note="Established in 2021 and running; «Videreføres» in the table and the last sentence are about the next plan."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Ved utgangen av perioden gjenstår kampanjen i Nord-Norge",
         narrative="<p>Kampanjene er holdt i disse regionene:</p>"
                   "<ul><li>Agder og Rogaland (2022)</li><li>Vestland og Møre og Romsdal (2023)</li>"
                   "<li>Trøndelag, Innlandet og Viken (2024–2025)</li></ul>"
                   "<p>Ved utgangen av perioden gjenstår kampanjen i Nord-Norge, som er flyttet til våren 2026.</p>",
         note=MISMATCH.format(w="Gjennomført", what="one region still to come (a sub-step is finished, the campaigns are not)")),
    dict(n=5, status="completed", ev="FHIs rapport om medieomtale ble utgitt i 2023",
         narrative="<p>FHIs rapport om medieomtale ble utgitt i 2023 og drøftet med redaktørene på et eget seminar. "
                   "Pressens faglige utvalg viser til rapporten i sin veiledning.</p>"),
    dict(n=6, status="in_progress", ev="de konkrete tiltakene forhandles fortsatt",
         narrative="<p>Samarbeidet med plattformselskapene har gitt en felles erklæring om trygg nettbruk, men de konkrete "
                   "tiltakene forhandles fortsatt.</p>"),
    dict(n=7, status="completed", ev="materiellet er innarbeidet i skolehelsetjenestens faste tilbud",
         narrative="<p>Retningslinjene #chatsafe er spredt til alle ungdomsskoler og videregående skoler, og materiellet "
                   "er innarbeidet i skolehelsetjenestens faste tilbud.</p>"),
    dict(n=8, status="completed", ev="ble gitt ut i 2024",
         narrative="<p>Veiledningen til foreldre om skadelig innhold på nett ble gitt ut i 2024 og finnes nå på seks "
                   "språk.</p>"),
    dict(n=9, status="in_progress", ev="modulen for barnevernet mangler fortsatt",
         narrative="<p>Delvis gjennomført: kurset for helsesykepleiere er tatt i bruk, mens modulen for barnevernet "
                   "mangler fortsatt.</p>",
         note="One of two target groups is served (a sub-step); the measure covers personnel in both."),
    dict(n=10, status="completed", ev="Udir anser målet som nådd",
         narrative="<p>Utdanningsdirektoratets spørring til skoleledere i 2025 viste at 92 prosent kjente til "
                   "nettressursen på www.udir.no/laring-og-trivsel/skolemiljo/forebygge-selvmord/. Udir anser målet "
                   "som nådd.</p>",
         urls=["www.udir.no/laring-og-trivsel/skolemiljo/forebygge-selvmord/"]),
    dict(n=11, status="completed", ev="Rundskrivet om taushetsplikt og opplysningsplikt ved selvmordsfare kom i 2022",
         narrative="<p>Rundskrivet om taushetsplikt og opplysningsplikt ved selvmordsfare kom i 2022 og har ikke trengt "
                   "endringer siden.</p>"),
    dict(n=12, status="completed", ev="ble fastsatt i 2023",
         narrative="<p>Minstestandarden for opplæring av dem som svarer på hjelpetelefonene ble fastsatt i 2023 og er nå "
                   "et vilkår for tilskudd.</p>"),
    dict(n=13, status="not_started", ev="Samordningen av hjelpetelefonene ble aldri utredet",
         narrative="<p>Samordningen av hjelpetelefonene ble aldri utredet; spørsmålet tas med i arbeidet med ny plan "
                   "(jf. tiltak 12).</p>",
         note="Never assessed in the plan period: not begun."),
    # Mål 3
    dict(n=14, status="completed", ev="har vært fast praksis i Statens vegvesens dybdeanalyser fra 2022",
         narrative="<p>De nye klassifiseringskriteriene har vært fast praksis i Statens vegvesens dybdeanalyser fra "
                   "2022.</p>"),
    dict(n=15, status="in_progress", ev="Kartleggingen av nye steder skjer løpende",
         narrative="<p>I planperioden har politiet og Bane NOR sikret elleve utsatte steder. Kartleggingen av nye steder "
                   "skjer løpende og vil holde fram etter 2025.</p>",
         note="The measure is to continue the work; it goes on («Videreføres» in the table)."),
    dict(n=16, status="completed", ev="vurderingen av sikring er gjort for alle 42 bruene",
         narrative="<p>Kartleggingen av høybruer ble avsluttet i 2022, og vurderingen av sikring er gjort for alle 42 "
                   "bruene. Sikring av de første sju er bestilt for 2026.</p>",
         note="Mapping and assessment are the measure; building the safety barriers is a follow-up."),
    dict(n=17, status="completed", ev="Den nasjonale alkoholstrategien så dagens lys i 2021",
         narrative="<p>Den nasjonale alkoholstrategien så dagens lys i 2021, og måloppnåelsen rapporteres årlig i "
                   "folkehelsemeldingen.</p>"),
    dict(n=18, status="completed", ev="Forskriftsendringen om tre døgns forbruk har virket siden juli 2022",
         narrative="<p>Forskriftsendringen om tre døgns forbruk har virket siden juli 2022.</p>"),
    dict(n=19, status="planned", ev="ta spørsmålet med i den varslede gjennomgangen av helselovgivningen i 2026",
         narrative="<p>Departementet har besluttet å ta spørsmålet med i den varslede gjennomgangen av "
                   "helselovgivningen i 2026.</p>"),
    dict(n=20, status="not_started", ev="Det ble ikke funnet rom for utredningen av livskrisetilbud",
         narrative="<p>Det ble ikke funnet rom for utredningen av livskrisetilbud innenfor budsjettrammene i "
                   "perioden.</p>"),
    dict(n=21, status="completed", ev="Det veiledende materiellet ble fornyet i 2024",
         narrative="<p>Det veiledende materiellet ble fornyet i 2024 og ligger nå som en digital veiviser for kommunenes "
                   "planarbeid (jf. tiltak 22).</p>"),
    dict(n=22, status="in_progress", ev="resten får fortsatt støtte fra RVTS-ene",
         narrative="<p>Ved utgangen av 2025 har 312 av 357 kommuner en vedtatt plan for forebygging av selvmord; resten "
                   "får fortsatt støtte fra RVTS-ene.</p>",
         note=MISMATCH.format(w="Gjennomført", what="municipalities still being supported to make their plans")),
    dict(n=23, status="completed", ev="målet for utbredelse er nådd",
         narrative="<p>Rask psykisk helsehjelp finnes ved utgangen av 2025 i 205 kommuner, mot 65 da planen kom, og målet "
                   "for utbredelse er nådd. Kommunene fikk 1,3 mrd. kroner til psykisk helsearbeid i 2025.</p>",
         funding=[(1300000000, 2025, "Kommunene fikk 1,3 mrd. kroner til psykisk helsearbeid i 2025")]),
    # Mål 4
    dict(n=24, status="completed", ev="Alle kommuner har fra 2024 digital kontakt med helsestasjon",
         narrative="<p>Alle kommuner har fra 2024 digital kontakt med helsestasjon og skolehelsetjeneste gjennom "
                   "Helsenorge.</p>"),
    dict(n=25, status="planned", ev="første utlysning skjer i februar 2026",
         narrative="<p>Stimuleringsordningen for forebyggende hjemmebesøk er utformet, og første utlysning skjer i "
                   "februar 2026. Det er satt av 3 mill. kroner for 2026.</p>",
         funding=[(3000000, 2026, "Det er satt av 3 mill. kroner for 2026")]),
    dict(n=26, status="not_started", ev="ble arbeidet med verktøyet aldri startet",
         narrative="<p>Selv om det ble bevilget 1 200 000 kroner i 2025, ble arbeidet med verktøyet aldri startet.</p>",
         funding=[(1200000, 2025, "det ble bevilget 1 200 000 kroner i 2025")],
         note="An explicit never-started wins over the money (README)."),
    dict(n=27, status="in_progress", ev="flere er under testing med brukere",
         narrative="<p>Plattformen for <a href=\"https://www.helsenorge.no/psykisk-helse/mestringsverktoy/\">digitale "
                   "mestringsverktøy</a> har fått ni verktøy i planperioden, og flere er under testing med brukere. "
                   "Driften fikk 6,5 mill. kroner i 2025.</p>",
         urls=["https://www.helsenorge.no/psykisk-helse/mestringsverktoy/"],
         funding=[(6500000, 2025, "Driften fikk 6,5 mill. kroner i 2025")],
         note=MISMATCH.format(w="Gjennomført", what="more tools still being tested and added")),
    dict(n=28, status="in_progress", ev="Implementeringen i TSB er fremdeles ikke avsluttet",
         narrative="<p>Revidert retningslinje kom i 2023. Implementeringen i TSB er fremdeles ikke avsluttet, og "
                   "Helsedirektoratet følger opp med et læringsnettverk ut 2026.</p>",
         note="The revised guideline is a finished sub-step; its implementation is part of the measure."),
    dict(n=29, status="completed", ev="er blitt en fast del av helseforetakenes kvalitetsarbeid",
         narrative="<p>Læringsnotatene fra de systematiske gjennomgangene er blitt en fast del av helseforetakenes "
                   "kvalitetsarbeid.</p>"),
    dict(n=30, status="in_progress", ev="utbyggingen i spesialisthelsetjenesten er ennå ikke ferdig",
         narrative="<p>Flere kommunale plasser for alkoholavhengige er opprettet, men utbyggingen i "
                   "spesialisthelsetjenesten er ennå ikke ferdig.</p>"),
    dict(n=31, status="in_progress", ev="tatt i bruk i to av fire regioner",
         narrative="<p>Rutinene for tettere oppfølging er tatt i bruk i to av fire regioner:</p>"
                   "<ul><li>Helse Nord og Helse Vest: i drift</li><li>Helse Midt-Norge: innføres våren 2026</li>"
                   "<li>Helse Sør-Øst: utprøving ved to sykehus</li></ul>"),
    dict(n=32, status="completed", ev="leverte sin vurdering av sensorteknologi i 2023",
         narrative="<p>De regionale helseforetakene leverte sin vurdering av sensorteknologi i 2023 og frarådet generell "
                   "bruk.</p>"),
    dict(n=33, status="in_progress", ev="er på plass ved 14 av 20 helseforetak",
         narrative="<p>Opplæringsprogrammet for somatiske avdelinger er på plass ved 14 av 20 helseforetak, og de siste "
                   "følger i 2026.</p>"),
    dict(n=34, status="not_started", ev="Tiltaket er ikke gjennomført i planperioden, og ingen rutine for vurdering er utarbeidet",
         narrative="<p>Tiltaket er ikke gjennomført i planperioden, og ingen rutine for vurdering er utarbeidet.</p>",
         note="Nothing done at all in the period: not begun."),
    dict(n=35, status="in_progress", ev="forhandlingene med de øvrige er underveis",
         narrative="<p>Kravet om oppfølgingstime innen én uke er skrevet inn i samarbeidsavtalene i tre "
                   "helseforetaksområder, og forhandlingene med de øvrige er underveis.</p>"),
    dict(n=36, status="completed", ev="forbedringene er innført i AMK og legevakt",
         narrative="<p>Gjennomgangen av den akuttmedisinske kjeden endte med en rapport i 2024, og forbedringene er "
                   "innført i AMK og legevakt. Ambulante akutteam finnes nå i alle helseforetak.</p>"),
    dict(n=37, status="completed", ev="Siste versjon av beslutningsstøtteverktøyet er i daglig bruk",
         narrative="<p>Siste versjon av beslutningsstøtteverktøyet er i daglig bruk ved alle AMK- og "
                   "legevaktsentraler.</p>"),
    dict(n=38, status="completed", ev="Kurset for AMK-personell var klart i 2022",
         narrative="<p>Kurset for AMK-personell var klart i 2022 og er gjennomgått av 1 900 operatører.</p>"),
    dict(n=39, status="planned", ev="skal ta inn selvskading og selvmordsforsøk i veilederen om barn som pårørende",
         narrative="<p>Helsedirektoratet skal ta inn selvskading og selvmordsforsøk i veilederen om barn som pårørende når "
                   "den revideres i 2026.</p>",
         note=MISMATCH.format(w="Pågår", what="only a plan for 2026")),
    dict(n=40, status="in_progress", ev="de to siste kursene utvikles",
         narrative="<p>Pårørendeperspektivet er lagt inn i tre av fem nye kurs for psykisk helsevern, og de to siste "
                   "kursene utvikles.</p>"),
    dict(n=41, status="completed", ev="Vurderingen endte med et eget avsnitt om selvmord i pårørendeveilederen",
         narrative="<p>Vurderingen endte med et eget avsnitt om selvmord i pårørendeveilederen, publisert i 2022.</p>"),
    dict(n=42, status="completed", ev="har vært styrende for fengselshelsetjenesten siden 2023",
         narrative="<p>Den reviderte veilederen for helsetjenester til innsatte har vært styrende for "
                   "fengselshelsetjenesten siden 2023. Kriminalomsorgsdirektoratet evaluerer bruken i 2026.</p>"),
    dict(n=43, status="not_started", ev="vurderingen er derfor ikke innledet",
         narrative="<p>Erfaringene fra pilotfengslene er for få til å vurdere en utvidelse, og vurderingen er derfor ikke "
                   "innledet.</p>"),
    # Mål 5
    dict(n=44, status="in_progress", ev="Opplæringen av kommunale team holder fram i 2026",
         narrative="<p>I planperioden har 180 kommuner fått rutiner for oppfølging av etterlatte, med barn som eget tema. "
                   "Opplæringen av kommunale team holder fram i 2026, i samarbeid med "
                   "<a href=\"https://www.leve.no/\">LEVE</a>.</p>",
         urls=["https://www.leve.no/"]),
    dict(n=45, status="completed", ev="ble gjennomgått og oppdatert i 2022",
         narrative="<p>Veilederen «Etter selvmordet» ble gjennomgått og oppdatert i 2022. En lettlest utgave er under "
                   "utarbeiding.</p>",
         note="Review and update are the measure; the easy-to-read edition is a follow-up."),
    # Mål 6
    dict(n=46, status="planned", ev="skal etter planen sendes på høring våren 2026",
         narrative="<p>Et høringsnotat om utvidet obduksjonsplikt skal etter planen sendes på høring våren 2026.</p>",
         ministries=["JD", "HOD"]),
    dict(n=47, status="not_started", ev="har ikke vært vurdert i perioden",
         narrative="<p>Spørsmålet om å obdusere flere eldre har ikke vært vurdert i perioden.</p>"),
    dict(n=48, status="planned", ev="får sitt mandat i januar 2026",
         narrative="<p>Ekspertgruppen om en coroner-ordning er utpekt og får sitt mandat i januar 2026.</p>",
         note="A group appointed but without a mandate has done no substantive work yet."),
    dict(n=49, status="in_progress", ev="mottar nå obduksjonsrapporter elektronisk fra fire av sju institutter",
         narrative="<p>Dødsårsaksregisteret mottar nå obduksjonsrapporter elektronisk fra fire av sju institutter; de tre "
                   "siste kobles på i løpet av 2026.</p>",
         note=MISMATCH.format(w="Gjennomført", what="three of seven institutes not yet connected")),
    dict(n=50, status="not_started", ev="er det ikke tatt noen skritt i registerarbeidet",
         narrative="<p>Til tross for at 900 000 kroner ble øremerket i 2024, er det ikke tatt noen skritt i registerarbeidet.</p>",
         funding=[(900000, 2024, "900 000 kroner ble øremerket i 2024")],
         note="An explicit not-started wins over the money (README)."),
    dict(n=51, status="completed", ev="ble nedfelt i en avtale i 2022",
         narrative="<p>Samarbeidsmodellen mellom NSSF og FHI ble nedfelt i en avtale i 2022.</p>"),
    dict(n=52, status="completed", ev="er publisert i to delrapporter",
         narrative="<p>Den nasjonale kartleggingen av helsetjenestebruk før selvmord er publisert i to delrapporter, den "
                   "siste i 2025.</p>"),
    dict(n=53, status="in_progress", ev="tre prosjekter for eldre menn er i sin andre driftsfase",
         narrative="<p>Kunnskapsoppsummeringene følges opp gjennom tilskuddsordningen (tiltak 60); tre prosjekter for "
                   "eldre menn er i sin andre driftsfase.</p>"),
    dict(n=54, status="completed", ev="munnet ut i en rapport fra NSSF i 2024",
         narrative="<p>FoU-oppdraget om innvandrerbefolkningen munnet ut i en rapport fra NSSF i 2024, som ligger på "
                   "<a href=\"https://www.med.uio.no/klinmed/forskning/sentre/nssf/publikasjoner/\">senterets "
                   "nettsider</a>.</p>",
         urls=["https://www.med.uio.no/klinmed/forskning/sentre/nssf/publikasjoner/"]),
    dict(n=55, status="completed", ev="ble gjennomført i 2022 og rapportert av SSB i 2023",
         narrative="<p>Levekårsundersøkelsen på lhbtiq-feltet ble gjennomført i 2022 og rapportert av SSB i 2023. Bufdir "
                   "vil gjenta undersøkelsen i 2027.</p>"),
    dict(n=56, status="in_progress", ev="veiledningen for legevakt er på testrunde",
         narrative="<p>Status ved utgangen av 2025:</p>"
                   "<ul><li>e-læringskurset om selvmordsrisiko er tatt i bruk i 230 kommuner</li>"
                   "<li>veiledningen for legevakt er på testrunde ved seks legevakter</li></ul>"
                   "<p>Tiltak 57 gjelder spesialisthelsetjenesten og omtales for seg nedenfor.</p>"),
    dict(n=57, status="in_progress", ev="tilpasningen til TSB gjenstår",
         narrative="<p>Alle helseforetak har tatt i bruk opplæringsprogrammet i psykisk helsevern, mens tilpasningen til "
                   "TSB gjenstår.</p>",
         note="Done for psychiatry (a sub-step); the measure covers TSB too."),
    dict(n=58, status="planned", ev="er sendt til de regionale helseforetakene for vurdering",
         narrative="<p>Spørsmålet om regionale kompetansenettverk er sendt til de regionale helseforetakene for vurdering, "
                   "med svarfrist i mars 2026.</p>"),
    dict(n=59, status="in_progress", ev="en ny kursrekke for skoleansatte bygges opp",
         narrative="<p>Arbeidet videreføres i ny plan, og en ny kursrekke for skoleansatte bygges opp. Vivat fikk 13,5 "
                   "mill. kroner i 2025.</p>",
         funding=[(13500000, 2025, "Vivat fikk 13,5 mill. kroner i 2025")]),
    dict(n=60, status="completed", ev="Tilskuddsordningen ble styrket med til sammen 20 mill. kroner i planperioden",
         narrative="<p>Tilskuddsordningen ble styrket med til sammen 20 mill. kroner i planperioden, og ordningen er nå "
                   "varig styrket.</p>",
         funding=[(20000000, None, "Tilskuddsordningen ble styrket med til sammen 20 mill. kroner i planperioden")]),
    dict(n=61, status="in_progress", ev="sørsamisk versjon er hos oversetter",
         narrative="<p>Materiellet er oversatt til nordsamisk og lulesamisk, og sørsamisk versjon er hos oversetter.</p>",
         note="Two of three languages done (a sub-step); implementation also remains."),
]

CSS = page_css(
    "20mm 20mm 20mm 20mm", "DejaVu Sans Condensed", "sans-serif",
    header=("top-center", "Sluttrapport 2020–2025 · Ingen å miste", "7.5pt", "#555"),
    footer=("bottom-left", '"Side " counter(page)', "8pt"),
    body=("9.5pt", "1.4"),
    justify=False,
    rules="""h1 { font-size: 20pt; margin: 40mm 0 8pt 0; line-height: 1.2; }
p.sub { font-size: 12pt; margin: 0 0 18pt 0; }
p.sum { font-size: 10.5pt; }
.tab { break-before: page; }
p.cap { font-weight: bold; font-size: 10.5pt; margin: 0 0 6pt 0; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th, td { border-bottom: 0.5pt solid #888; padding: 4.5pt 5pt; text-align: left; vertical-align: top; }
th { border-bottom: 1pt solid #000; background: #e8eef3; }
td.nr { text-align: right; }
tr.goal td { font-weight: bold; background: #f4f4f4; padding-top: 7pt; }
col.nr { width: 7%; } col.t { width: 53%; } col.a { width: 20%; } col.s { width: 20%; }
.sections { break-before: page; }
h2 { font-size: 14pt; margin: 16pt 0 6pt 0; color: #203864; }
p.m { margin: 10pt 0 3pt 0; }
p.dep { font-size: 8.5pt; color: #333; margin: 2pt 0 3pt 0; }
ul { margin: 2pt 0 3pt 0; }
""")


def table_word(m):
    return TABLE_WORD.get(m["n"], DEFAULT_WORD[m["status"]])


def build():
    words = {m["n"]: table_word(m) for m in M}
    counts = {}
    for w in words.values():
        counts[w] = counts.get(w, 0) + 1
    summary = (f"Av planens 61 tiltak er {counts['Gjennomført']} gjennomført, {counts['Delvis gjennomført']} delvis "
               f"gjennomført og {counts['Pågår']} pågår fortsatt. {counts['Videreføres']} tiltak videreføres som fast "
               f"arbeid, {counts['Planlagt']} er planlagt, og {counts['Ikke startet']} er ikke startet.")
    intro = (f"<h1>{esc(TITLE)}</h1>\n"
             '<p class="sub">Status ved utgangen av planperioden, 15. desember 2025</p>\n'
             "<p class=\"sum\">Handlingsplanen for forebygging av selvmord gjaldt for årene 2020–2025 og har 61 tiltak "
             "under seks mål. Denne sluttrapporten oppsummerer hele planperioden og gir status for hvert tiltak ved "
             "utgangen av 2025. " + summary + "</p>\n"
             "<p class=\"sum\">Tabell 1 gir en kort oversikt. Deretter følger en omtale av hvert tiltak, ordnet etter mål. "
             f"Handlingsplanen ligger på <a href=\"{PLAN_URL}\">regjeringen.no</a>.</p>\n")
    rows, body, expected, goal = [], [], [], None
    for m in M:
        n = m["n"]
        g = MEASURES[n]["goal"]
        codes = m.get("ministries", MEASURES[n]["ministries"])
        if g != goal:
            goal = g
            rows.append(f'<tr class="goal"><td colspan="4">Mål {g} – {esc(GOALS[g])}</td></tr>\n')
            body.append(f"<h2>Mål {g}: {esc(GOALS[g])}</h2>\n")
        rows.append(f'<tr><td class="nr">{n}</td><td>{esc(SHORT[n])}</td><td>{", ".join(codes)}</td>'
                    f"<td>{words[n]}</td></tr>\n")
        body.append(f'<p class="m"><b>Tiltak {n}</b> {esc(MEASURES[n]["commitment"])}</p>\n')
        body.append(m["narrative"] + "\n")
        body.append(f'<p class="dep">Ansvarlig departement: {and_list(codes)}</p>\n')
        expected.append(measure_json(m, g))
    table = ('<div class="tab"><p class="cap">Tabell 1 Oversikt over tiltakene og status ved utgangen av 2025</p>\n'
             '<table>\n<colgroup><col class="nr"><col class="t"><col class="a"><col class="s"></colgroup>\n'
             "<thead><tr><th>Nr.</th><th>Tiltak</th><th>Ansvar</th><th>Status</th></tr></thead>\n<tbody>\n"
             + "".join(rows) + "</tbody>\n</table>\n</div>\n")
    html_text = html_document("Sluttrapport 2020–2025 – Ingen å miste", CSS,
                              intro + table + '<div class="sections">\n' + "".join(body) + "</div>\n")
    doc = {
        "document": {
            "kind": "annual_report",
            "title": TITLE,
            "plan_period": "2020-2025",
            "report_period": "2020-2025",
            "as_of": "2025-12-15",
            "measure_count_stated": 61,
            "goal_count": 6,
        },
        "goals": [{"number": k, "title": t} for k, t in GOALS.items()],
        "measures": expected,
        "warnings_expected": [],
        "urls_not_in_any_measure": [PLAN_URL],
        "notes": "Written blind (without reading the parser's extraction, structure or status code). The FINAL report: "
                 "report_period is 2020-2025 because the report covers and summarises the whole plan period (title "
                 "'Sluttrapport … 2020–2025', 'oppsummerer hele planperioden', status 'ved utgangen av planperioden'); "
                 "the annual reports label their own operating year, this one reports on all of it. An overview table "
                 "(Nr. | Tiltak (short name) | Ansvar | Status word, goal rows 'Mål N – title' (a second heading per goal), repeated header) precedes the "
                 "measure sections: every measure exactly once, from its section; the table's status words are not "
                 "evidence (they differ from the narrative for 4, 22, 27, 39, 49). Traps: sub-steps (4, 9, 28, 57, 61), "
                 "deliverable plus follow-up (2, 16, 17, 42, 45, 55), cross-references (13, 21, 53), a paragraph "
                 "'Tiltak 57 gjelder …' inside 56, 'Tiltaket …' sentences (1, 34), bullet lists (4, 31, 56), "
                 "never/not started with money (26, 50).",
    }
    write(NAME, html_text, doc)
    print_status_counts(M)


if __name__ == "__main__":
    build()

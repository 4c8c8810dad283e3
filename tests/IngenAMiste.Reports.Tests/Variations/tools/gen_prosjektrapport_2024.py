"""prosjektrapport-2024: a fifth-year report of the plan in programme-office jargon, all 61 measures, written blind.

Written without looking at the parser's status rules, by "a programme office" that reports the plan as a portfolio of
projects: phases and milestones ("Prosjektet er nå i analysefasen", "milepæl M2 ble nådd", "initieringsfasen"),
deliveries and IT loanwords ("hadde go-live", "ble produksjonssatt", "sprint 7 er i gang", "releaseplan",
"rulles ut region for region", "er i skaleringsfasen", "pilotdrift"), portfolio states ("har stått parkert",
"hovedprosjektet er frosset", "har ikke kommet ut av backloggen", "står som nummer to på prioriteringslisten") and,
on about half of the measures, a traffic-light field "Status: Grønn/Gul/Rød (…)" on a line of its own or as a
sentence. A colour is a health signal, not a stage: it is never the evidence, and labels follow the README
definitions judged by the measure's own deliverable.

Layout: Carlito (Calibri metrics), 10.5 pt, ragged right; a running header "Programkontoret – statusrapport" (top
right) and "Side N av M" (bottom center). Two-level measure headings: "Tiltak N" on its own line, the commitment
below in italics. Goal headings "Mål N – …" (odd) and "Mål N: …" (even). Ministry lines "Ansvarlig departement: HOD"
and "Ansvarlige departementer: HOD, BFD og KD".
"""
from lib import (ANNUAL_TITLE, PLAN_URL, SIDE_N_AV_M, alternating_goal_heading, and_list, annual_expected,
                 html_document, page_css, print_status_counts, render_measures, two_level_heading, write)

NAME = "prosjektrapport-2024"


def rag(text):
    """A traffic-light field on a line of its own."""
    return f'<p class="rag">{text}</p>'


M = [
    # Mål 1
    dict(n=1, status="completed", ev="Sluttleveransen ble godkjent av prosjekteier",
         narrative=rag("Status: Grønn (levert)") +
         "<p>Den visuelle oversikten var prosjektets eneste leveranse. Sluttleveransen ble godkjent av prosjekteier i "
         "mars 2022, og produktet er overført til forvaltning i Helsedirektoratet. Løpende vedlikehold dekkes innenfor "
         "ordinært budsjett.</p>"),
    dict(n=2, status="in_progress", ev="Prosjektet er nå i analysefasen",
         narrative=rag("Status: Gul – forsinket") +
         "<p>Milepæl M2, datainnsamling i de to pilotfylkene, ble nådd i februar 2024. Prosjektet er nå i "
         "analysefasen, som har tatt lengre tid enn planlagt. Anbefalingene for kartlegging på nasjonalt nivå kommer "
         "først etter at analysen er kvalitetssikret. Prosjektet har en ramme på NOK 3,2 millioner for 2024.</p>",
         funding=[(3200000, 2024, "Prosjektet har en ramme på NOK 3,2 millioner for 2024")],
         note="A milestone reached (M2) is a sub-step; the pilot's recommendations are not delivered."),
    dict(n=3, status="completed", ev="ble overført fra prosjekt til linje",
         narrative="<p>Forumet og direktoratssamarbeidet ble overført fra prosjekt til linje høsten 2021, og "
                   "styringsgruppen for etableringsprosjektet ble samtidig avviklet. Begge har siden hatt faste møter "
                   "to ganger i året.</p>",
         note="Handed over from project to line organisation means the bodies exist: the deliverable is in place."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Kampanjene går ut bølgevis",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Kampanjene går ut bølgevis, én region om gangen. Bølge 3 av 4 gikk i Midt-Norge i april 2024, og den "
         "siste bølgen er planlagt til andre kvartal 2025. Tilskuddet for 2024 var 14 mill. kroner.</p>",
         funding=[(14000000, 2024, "Tilskuddet for 2024 var 14 mill. kroner")],
         note="The last wave being planned is a plan inside a running measure."),
    dict(n=5, status="completed", ev="Kunnskapsoppsummeringen er levert",
         narrative="<p>Kunnskapsoppsummeringen er levert og ligger på Folkehelseinstituttets nettsider fra oktober "
                   "2022. Et oppfølgingsseminar med redaktørene er lagt i backlog og har ingen dato ennå.</p>",
         note="The knowledge asked for is delivered; the seminar in the backlog is a follow-up."),
    dict(n=6, status="in_progress", ev="de to andre løper ut 2025",
         narrative="<p>Samarbeidet med plattformselskapene ble kick-startet i januar 2023 og er organisert i tre "
                   "arbeidspakker: moderering, rapporteringsrutiner og brukeropplæring. Arbeidspakke 1 er lukket, mens "
                   "de to andre løper ut 2025. Status: Grønn.</p>"),
    dict(n=7, status="in_progress", ev="Spredningen av #chatsafe er i skaleringsfasen",
         narrative="<p>Spredningen av #chatsafe er i skaleringsfasen etter en vellykket pilot i tre fylker. Neste "
                   "steg er å nå yrkesfaglige studieretninger. Mer informasjon finnes på www.chatsafe.no/norge.</p>",
         urls=["www.chatsafe.no/norge"],
         note="A successful pilot is a finished sub-step; scaling is the measure's own work."),
    dict(n=8, status="completed", ev="hadde go-live 15. november 2022",
         narrative=rag("Status: Grønn (levert)") +
         "<p>Foreldreveiviseren hadde go-live 15. november 2022 og har hatt over 200 000 besøk. Endringsønsker fra "
         "brukerne samles i en backlog til neste versjon.</p>"),
    dict(n=9, status="planned", ev="en behovsanalyse skal gjennomføres før prosjektmandatet skrives",
         narrative="<p>Kompetansetiltaket ligger i Helsedirektoratets portefølje for 2025, og en behovsanalyse skal "
                   "gjennomføres før prosjektmandatet skrives. Bufdir deltar i referansegruppen.</p>"),
    dict(n=10, status="in_progress", ev="markedsføres gjennom en løpende kommunikasjonsplan",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Nettressursen markedsføres gjennom en løpende kommunikasjonsplan rettet mot skoleeiere. Per juni 2024 "
         "hadde 71 prosent av skolene brukt ressursen, og målet er 90 prosent innen utgangen av 2025.</p>",
         note="'kommunikasjonsplan' names a plan inside a running measure."),
    dict(n=11, status="completed", ev="ble overlevert departementet i desember 2022",
         narrative="<p>Veilederen om informasjonsutveksling ved selvmordsfare ble overlevert departementet i desember "
                   "2022 og har siden ligget som digital veileder. Det gjenstår ingen leveranser. Status: Grønn "
                   "(lukket).</p>"),
    dict(n=12, status="planned", ev="er planlagt gjennomført i første kvartal 2025",
         narrative=rag("Status: Gul (avventer beslutning)") +
         "<p>Saken ligger til beslutning hos prosjekteier i departementet. Vurderingen av anbefalingene om "
         "minstestandard er planlagt gjennomført i første kvartal 2025, og de frivillige organisasjonene som driver "
         "hjelpetelefoner, er invitert inn.</p>"),
    dict(n=13, status="in_progress", ev="er hovedprosjektet frosset",
         narrative=rag("Status: Rød – på vent") +
         "<p>Et forprosjekt om ett felles nasjonalt nummer ble gjennomført i 2021. Etter dette er hovedprosjektet "
         "frosset inntil ny stortingsmelding om akuttberedskap er behandlet. Spørsmålet om nødknapp er ikke "
         "utredet.</p>",
         note="Close call: begun (the pre-project) and frozen; by the convention of arsrapport-2023-2024 measure 37 "
              "a stopped measure is in_progress, not not_started."),
    # Mål 3
    dict(n=14, status="in_progress", ev="er faset inn i tre av fem regioner",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Kriteriesettet for klassifisering ble ferdig utviklet i 2022 og er faset inn i tre av fem regioner. De "
         "siste ulykkesanalysegruppene tar det i bruk fra januar 2025.</p>",
         note="The criteria exist, but they are in use in three of five regions: the rollout is part of the measure."),
    dict(n=15, status="in_progress", ev="sprint 7 er i gang",
         narrative="<p>Sikringstiltak på utsatte steder leveres i sprinter sammen med kommunene. Sprint 6 ble "
                   "avsluttet i mai, og sprint 7 er i gang på to strekninger i Oslo-området. Jernbanedirektoratet har "
                   "satt av kr 800 000 til sprint 7.</p>",
         funding=[(800000, None, "Jernbanedirektoratet har satt av kr 800 000 til sprint 7")],
         note="A finished sprint is a sub-step of continuing work."),
    dict(n=16, status="completed", ev="Kartleggingen av høybroer er i mål",
         narrative=rag("Status: Grønn") +
         "<p>Kartleggingen av høybroer er i mål, og vurderingen av sikringstiltak ble rapportert til departementet i "
         "tredje kvartal 2023. Selve sikringen av broene ligger utenfor tiltakets scope og meldes inn til Nasjonal "
         "transportplan.</p>",
         note="Both parts of the measure (map and assess) are done; building the safeguards is outside its scope."),
    dict(n=17, status="completed", ev="tiltaket er lukket i porteføljen",
         narrative="<p>Nasjonal alkoholstrategi 2021–2025 ligger fremme, og tiltaket er lukket i porteføljen. "
                   "Oppfølgingen av strategiens egne tiltak rapporteres i en egen prosess.</p>",
         note="The deliverable is itself a strategy (a plan); presenting it completes the measure."),
    dict(n=18, status="not_started", ev="har ikke kommet ut av backloggen",
         narrative=rag("Status: Rød") +
         "<p>Endringen i reglene for papirresepter har ikke kommet ut av backloggen. Den vil tidligst bli tatt inn "
         "når e-reseptprosjektet har levert sin neste versjon.</p>"),
    dict(n=19, status="planned", ev="en konsekvensanalyse står i arbeidsplanen for 2025",
         narrative=rag("Status: Gul") +
         "<p>Lovendringen er meldt inn som kandidat til neste lovproposisjon, og en konsekvensanalyse står i "
         "arbeidsplanen for 2025.</p>"),
    dict(n=20, status="completed", ev="ble avlevert som sluttrapport med anbefalinger",
         narrative="<p>Utredningen av kunnskapsgrunnlaget for livskrisetilbud ble avlevert som sluttrapport med "
                   "anbefalinger i juni 2023. Departementet har senere bedt om at to kommuner prøver ut et "
                   "livskrisetilbud fra 2025, men dette er organisert som et nytt prosjekt.</p>",
         note="The deliverable is a report; a new pilot from 2025 is a follow-up outside this measure."),
    dict(n=21, status="in_progress", ev="leveranse to er i test hos brukerpanelet",
         narrative=rag("Status: Gul – to måneder etter plan") +
         "<p>Materiellet revideres i en smidig prosess med tre leveranser. Første leveranse, en veileder for "
         "skolehelsetjenesten, er publisert, og leveranse to er i test hos brukerpanelet. Leveranse tre starter "
         "når testen er evaluert.</p>",
         note="The first of three deliveries published is a sub-step."),
    dict(n=22, status="in_progress", ev="Støtteaktivitetene kjøres løpende",
         narrative="<p>Rundt 60 prosent av kommunene har nå en vedtatt plan for forebygging av selvskading og "
                   "selvmord. Støtteaktivitetene kjøres løpende gjennom webinarer, maler og veiledning fra RVTS. "
                   "Status: Grønn.</p>",
         note="Plans adopted by municipalities are the outcome being supported, not a delivered deliverable."),
    dict(n=23, status="in_progress", ev="Rask psykisk helsehjelp skaleres videre",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Rask psykisk helsehjelp skaleres videre: tolv nye kommuner kom med i 2024. Tilskuddsrammen for 2024 er "
         "38,4 mill. kroner.</p>",
         funding=[(38400000, 2024, "Tilskuddsrammen for 2024 er 38,4 mill. kroner")]),
    # Mål 4
    dict(n=24, status="in_progress", ev="er i pilotdrift i fem kommuner",
         narrative="<p>Digital helsestasjon er i pilotdrift i fem kommuner, og gevinstrealiseringsplanen ble "
                   "godkjent av styringsgruppen i mai. Nasjonal utrulling starter når piloten er evaluert.</p>",
         note="An approved benefits plan is a finished sub-step; the pilot is running."),
    dict(n=25, status="planned", ev="Kick-off for stimuleringsordningen er berammet til februar 2025",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Kick-off for stimuleringsordningen er berammet til februar 2025. Helsedirektoratet har fått kr 2 500 000 "
         "i tildelingsbrevet for 2025 til å forberede ordningen.</p>",
         funding=[(2500000, 2025, "Helsedirektoratet har fått kr 2 500 000 i tildelingsbrevet for 2025")],
         note="Green here means planned and on schedule, not running."),
    dict(n=26, status="not_started",
         ev="har ikke, på grunn av omprioriteringer i direktoratets portefølje og manglende kapasitet hos leverandøren, "
            "kommet i gang",
         narrative=rag("Status: Rød") +
         "<p>Utviklingen av et verktøy for fastleger har ikke, på grunn av omprioriteringer i direktoratets "
         "portefølje og manglende kapasitet hos leverandøren, kommet i gang. Ny vurdering gjøres ved neste "
         "porteføljegjennomgang.</p>",
         note="'ikke' far from its verb."),
    dict(n=27, status="in_progress", ev="nye verktøy tas inn i en løpende releaseplan",
         narrative="<p>Plattformen for digitale mestringsverktøy er i drift, og nye verktøy tas inn i en løpende "
                   "releaseplan. Versjon 3.2 ble releaset i juni 2024. Verktøy for personer med alkoholproblemer "
                   "ligger i backlog.</p>",
         note="The platform in operation is the means; strengthening access goes on release by release."),
    dict(n=28, status="in_progress", ev="Implementeringsprosjektet i helseforetakene er i fase 2",
         narrative=rag("Status: Gul – forsinket") +
         "<p>Den reviderte retningslinjen ble lagt ut i Helsebiblioteket i 2023. Implementeringsprosjektet i "
         "helseforetakene er i fase 2 (opplæring) og avsluttes etter planen i 2025.</p>",
         note="The revised guideline is published, but the measure also asks for its implementation."),
    dict(n=29, status="planned", ev="Prosjektmandatet for et nasjonalt læringsnettverk er under forankring",
         narrative=rag("Status: Gul") +
         "<p>Prosjektmandatet for et nasjonalt læringsnettverk er under forankring hos de regionale "
         "helseforetakene. Oppstart forutsetter at finansieringen avklares i statsbudsjettet for 2025.</p>"),
    dict(n=30, status="in_progress", ev="de øvrige HF-ene følger etter i neste bølge",
         narrative="<p>Tre helseforetak har etablert et lavterskel poliklinisk tilbud for alkoholavhengighet, og de "
                   "øvrige HF-ene følger etter i neste bølge. Status: Grønn (i rute).</p>"),
    dict(n=31, status="not_started", ev="har stått parkert siden planen ble vedtatt",
         narrative=rag("Status: Rød") +
         "<p>Tiltaket har stått parkert siden planen ble vedtatt, og det er ikke satt av ressurser til oppstart. "
         "Programkontoret anbefaler at det løftes inn i porteføljen for 2026.</p>"),
    dict(n=32, status="completed", ev="leverte sin vurdering av sensorteknologi",
         narrative="<p>De regionale helseforetakene leverte sin vurdering av sensorteknologi i døgnavdelinger i mars "
                   "2023. Konklusjonen var at teknologien kan tas i bruk etter lokal risikovurdering, og to "
                   "helseforetak har allerede startet innkjøp.</p>",
         note="The assessment is the deliverable; local purchases are a follow-up."),
    dict(n=33, status="in_progress", ev="har så langt nådd åtte av seksten sykehus",
         narrative=rag("Status: Gul") +
         "<p>Kompetanseløftet i somatikken har så langt nådd åtte av seksten sykehus. Resten står i kø for høsten "
         "2024 og våren 2025.</p>"),
    dict(n=34, status="planned", ev="Arbeidet er i initieringsfasen",
         narrative="<p>Helsedirektoratet har fått i oppdrag å utforme en prosedyre for vurdering av selvmordsrisiko "
                   "i somatikken. Arbeidet er i initieringsfasen, og en prosjektplan skal foreligge innen desember "
                   "2024.</p>",
         note="Initiation phase: assigned and being planned, no execution yet."),
    dict(n=35, status="in_progress", ev="utkastet testes i to helsefellesskap",
         narrative=rag("Status: Gul – forsinket") +
         "<p>En felles rutine for overgangene ved utskriving er ennå ikke ferdigstilt, men utkastet testes i to "
         "helsefellesskap. Kriseplan ved utskriving etter selvmordsforsøk er allerede en del av pakkeforløpet.</p>",
         note="A negated completion ('ennå ikke ferdigstilt') next to running tests."),
    dict(n=36, status="in_progress", ev="forbedringsarbeidet kjøres nå som tre parallelle arbeidsstrømmer",
         narrative="<p>Gjennomgangen av den akuttmedisinske kjeden ble levert som rapport i februar 2023, og "
                   "forbedringsarbeidet kjøres nå som tre parallelle arbeidsstrømmer, blant annet om ambulante "
                   "akutt-team.</p>",
         note="The review is delivered (a sub-step); the measure also asks to improve the chain."),
    dict(n=37, status="in_progress", ev="er stoppet etter at leverandøravtalen ble sagt opp",
         narrative=rag("Status: Rød – stoppet") +
         "<p>Videreutviklingen av beslutningsstøtteverktøyet startet i 2021, men er stoppet etter at "
         "leverandøravtalen ble sagt opp. En ny anskaffelse er til vurdering.</p>",
         note="Close call: started and then stopped is in_progress by the project's convention."),
    dict(n=38, status="completed", ev="ble produksjonssatt",
         narrative="<p>Kurset for personell i AMK og legevaktsentraler ble produksjonssatt som e-læring i 2022, "
                   "og over 1 800 har fullført det. En simuleringsmodul står i backlog.</p>",
         note="The course is delivered; the simulation module is a follow-up."),
    dict(n=39, status="in_progress", ev="nå jobbes det med en sjekkliste",
         narrative=rag("Status: Grønn") +
         "<p>Barn som pårørende følges opp i en egen arbeidsstrøm. Kartleggingen av praksis i helseforetakene er "
         "gjennomført, og nå jobbes det med en sjekkliste for tjenestene.</p>",
         note="The mapping done is a sub-step."),
    dict(n=40, status="planned", ev="Pårørendesatsingen er i porteføljen for 2025",
         narrative="<p>Pårørendesatsingen er i porteføljen for 2025, med oppstartsmøte i januar. Budsjettet er "
                   "1,2 mill. kroner.</p>",
         funding=[(1200000, 2025, "Budsjettet er 1,2 mill. kroner")]),
    dict(n=41, status="completed", ev="Behovsvurderingen er gjort",
         narrative=rag("Status: Grønn (levert)") +
         "<p>Behovsvurderingen er gjort: en egen omtale av selvmord ble tatt inn i pårørendeveilederen ved "
         "revisjonen i 2022.</p>"),
    dict(n=42, status="not_started", ev="ingen aktiviteter er igangsatt",
         narrative=rag("Status: Rød") +
         "<p>Revisjonen av veilederen for helse- og omsorgstjenester til innsatte venter på prioritering, og ingen "
         "aktiviteter er igangsatt.</p>"),
    dict(n=43, status="planned",
         ev="vil gjøre en gevinstvurdering når evalueringen av dagens pilot foreligger",
         narrative="<p>Utvidet bruk av pust- og bevegelsessensor forutsetter mer erfaring. "
                   "Kriminalomsorgsdirektoratet vil gjøre en gevinstvurdering når evalueringen av dagens pilot "
                   "foreligger i 2025. Status: Gul (avventer).</p>",
         ministries=["JD"],
         note="The running pilot is the precondition; the measure (to assess an extension) is planned."),
    # Mål 5
    dict(n=44, status="in_progress", ev="Satsingen på etterlattearbeid har god fremdrift",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Satsingen på etterlattearbeid har god fremdrift. 140 kommuner har tatt i bruk oppfølgingsmodellen, og "
         "2024-bølgen omfatter ytterligere 40. Det er satt av NOK 6,5 millioner i 2024.</p>",
         funding=[(6500000, 2024, "Det er satt av NOK 6,5 millioner i 2024")]),
    dict(n=45, status="completed", ev="den oppdaterte versjonen har vært live siden september 2023",
         narrative="<p>Veilederen Etter selvmordet er gjennomgått, og den oppdaterte versjonen har vært live siden "
                   "september 2023. Behovet for nye tiltak ble vurdert i samme leveranse.</p>"),
    # Mål 6
    dict(n=46, status="not_started", ev="men forstudien har ikke fått grønt lys",
         narrative="<p>Det er avsatt kr 300 000 til en forstudie om utvidet obduksjonsplikt, men forstudien har "
                   "ikke fått grønt lys. Status: Rød.</p>",
         funding=[(300000, None, "Det er avsatt kr 300 000 til en forstudie")],
         note="Money allocated, but an explicit not-begun statement wins (README)."),
    dict(n=47, status="planned", ev="står som nummer to på prioriteringslisten for 2025",
         narrative="<p>Obduksjon av flere eldre henger sammen med tiltak 46 og står som nummer to på "
                   "prioriteringslisten for 2025.</p>",
         note="Prioritised for next year: assigned, not begun."),
    dict(n=48, status="completed", ev="Ekspertgruppen leverte sin sluttrapport",
         narrative=rag("Status: Grønn (levert)") +
         "<p>Ekspertgruppen leverte sin sluttrapport om coroner-ordning og mortalitetskomiteer i 2022. "
         "Departementet har ikke tatt stilling til videre oppfølging.</p>",
         note="The deliverable is an assessment (a report); 'ikke tatt stilling' concerns the follow-up."),
    dict(n=49, status="in_progress", ev="er i produksjon hos to av fire patologimiljøer",
         narrative=rag("Status: Gul – forsinket") +
         "<p>Elektronisk overføring av obduksjonsrapporter til Dødsårsaksregisteret er i produksjon hos to av fire "
         "patologimiljøer. De to siste kobles på i 2025.</p>"),
    dict(n=50, status="planned", ev="Et forprosjekt om registeret er kontrahert",
         narrative="<p>Et forprosjekt om registeret er kontrahert med Folkehelseinstituttet, med leveranse våren "
                   "2025. Alternativer til et eget register inngår i bestillingen.</p>",
         note="A pre-project commissioned: the assessment the measure asks for is ordered, not under way."),
    dict(n=51, status="completed", ev="er signert av begge parter",
         narrative="<p>Samarbeidsmodellen mellom NSSF og Folkehelseinstituttet er signert av begge parter og gjelder "
                   "fra 1. januar 2023. Status: Grønn.</p>"),
    dict(n=52, status="in_progress", ev="Forskningsgjennomgangen er inne i rapporteringsfasen",
         narrative=rag("Status: Grønn (i rute)") +
         "<p>Forskningsgjennomgangen er inne i rapporteringsfasen. Kartleggingen av lite forskede grupper er låst, "
         "mens temaanalysen gjenstår. Leveransen er planlagt til desember 2024.</p>"),
    dict(n=53, status="planned", ev="skal behandles i styringsgruppen i november",
         narrative="<p>Oppfølgingen av kunnskapsoppsummeringene er ikke kommet lenger enn til en skisse til "
                   "tiltaksplan, som skal behandles i styringsgruppen i november.</p>",
         note="Only a sketch of a plan, to be decided: planned."),
    dict(n=54, status="completed", ev="Prosjektet er formelt avsluttet",
         narrative="<p>FoU-rapporten ble publisert i april 2024 og kan lastes ned fra "
                   "www.nkvts.no/rapport/innvandrere-og-selvmord. Prosjektet er formelt avsluttet.</p>",
         urls=["www.nkvts.no/rapport/innvandrere-og-selvmord"]),
    dict(n=55, status="in_progress", ev="analysen er inne i siste sprint",
         narrative=rag("Status: Gul") +
         "<p>Datainnsamlingen til levekårsundersøkelsen er lukket, og analysen er inne i siste sprint. Rapporten er "
         "ennå ikke ferdigstilt.</p>",
         note="A closed data collection is a sub-step; the survey report is not delivered."),
    dict(n=56, status="in_progress", ev="er i drift med rullerende opptak",
         narrative="<p>Kompetanseprogrammet for kommunene er i drift med rullerende opptak. Per august 2024 har 212 "
                   "kommuner deltatt.</p>",
         note="A running programme with rolling intake: the competence is being built."),
    dict(n=57, status="in_progress", ev="er i leveransefasen",
         narrative=rag("Status: Grønn") +
         "<p>Opplæringsløpet i TSB og psykisk helsevern er i leveransefasen, og 3 400 ansatte har gjennomført "
         "det.</p>"),
    dict(n=58, status="planned", ev="er til behandling i fagdirektørmøtet",
         narrative="<p>Anbefalingen om regionale kompetansenettverk er til behandling i fagdirektørmøtet i de "
                   "regionale helseforetakene.</p>"),
    dict(n=59, status="in_progress", ev="kurskapasiteten trappes opp gjennom 2024",
         narrative="<p>Vivat ble styrket med 2,1 mill. kroner fra 2023, og kurskapasiteten trappes opp gjennom 2024. "
                   "Status: Grønn (i rute).</p>",
         funding=[(2100000, 2023, "Vivat ble styrket med 2,1 mill. kroner fra 2023")],
         note="Close call: the money is in place; the stronger programme is still being built up."),
    dict(n=60, status="completed", ev="har fått et varig løft på 10 mill. kroner",
         narrative="<p>Tilskuddsordningen har fått et varig løft på 10 mill. kroner fra 2022. Samlet ramme er nå "
                   "2 mrd. kroner over planperioden for alle tilskudd på feltet.</p>",
         funding=[(10000000, 2022, "Tilskuddsordningen har fått et varig løft på 10 mill. kroner fra 2022"),
                  (2000000000, None, "Samlet ramme er nå 2 mrd. kroner over planperioden")]),
    dict(n=61, status="not_started", ev="Det er ennå ikke gjort noen oppstart",
         narrative=rag("Status: Rød") +
         "<p>Det er ennå ikke gjort noen oppstart av oversettelsen til nord-, sør- og lulesamisk. Prosjektleder "
         "mangler.</p>"),
]

CSS = page_css(
    "20mm 22mm 20mm 22mm", "Carlito", "sans-serif",
    header=("top-right", "Programkontoret – statusrapport", "8pt", "#555"),
    footer=("bottom-center", SIDE_N_AV_M, "9pt"),
    body=("10.5pt", "1.3"),
    justify=False,
    rules="""h1 { font-size: 18pt; margin: 0 0 6pt 0; line-height: 1.2; }
p.sub { font-size: 11pt; margin: 0 0 10pt 0; }
h2 { font-size: 15pt; margin: 16pt 0 6pt 0; line-height: 1.2; color: #0b4f6c; }
h3 { font-size: 11pt; margin: 11pt 0 1pt 0; }
p.c { font-style: italic; margin: 0 0 3pt 0; }
p.rag { font-size: 9.5pt; font-weight: bold; margin: 2pt 0 2pt 0; }
p.dep { font-size: 9pt; margin-top: 3pt; }
""")


def measure_heading(n, g, commitment):
    return two_level_heading(f"Tiltak {n}", commitment)


def ministry_line(n, codes):
    if len(codes) == 1:
        return "Ansvarlig departement: " + codes[0]
    return "Ansvarlige departementer: " + and_list(codes)


INTRO = (
    f"<h1>{ANNUAL_TITLE}</h1>\n"
    '<p class="sub">Rapportperiode 2023–2024 – Statusdato: 31.08.2024</p>\n'
    "<p>Programkontoret for Ingen å miste følger opp handlingsplanens 61 tiltak under seks mål som en portefølje av "
    "prosjekter. Rapporten er satt sammen fra prosjekteiernes statusrapporter. Om lag halvparten av tiltakene "
    "rapporterer med trafikklys: Grønn betyr at tiltaket går etter planen, Gul at det er forsinket eller har en "
    "risiko, og Rød at det står stille eller ikke er startet. <a href=\"" + PLAN_URL + "\">Handlingsplanen</a> "
    "ligger på regjeringen.no.</p>\n"
)


def build():
    body, measures = render_measures(M, alternating_goal_heading, measure_heading, ministry_line)
    html_text = html_document("Statusrapport 2023–2024 – Ingen å miste", CSS, INTRO + body)
    expected = annual_expected(
        "2023-2024", "2024-08-31", measures,
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind (without reading the parser's status rules) in programme-office jargon. About half "
              "the measures carry a traffic-light field ('Status: Grønn (i rute)', 'Status: Gul – forsinket', "
              "'Status: Rød – stoppet'); a colour is a health signal, not a stage, so it is never the evidence: "
              "Grønn is on 'planned and on schedule' (25), running (4, 10, 23) and delivered (1, 8, 41, 48) "
              "measures, Rød on not-begun (18, 26, 31, 42, 46, 61) and stopped ones (13, 37). Stopped or frozen "
              "after a start is in_progress (13, 37), as in arsrapport-2023-2024 measure 37. Traps: finished "
              "sub-steps of unfinished measures (2 milestone, 7 pilot, 14, 15 sprint, 21, 24, 36, 39, 55), "
              "delivered deliverables with a follow-up (5, 8, 20, 32, 38, 48), plans inside running measures "
              "(4, 10), a plan or report as the deliverable (17, 20, 48), a start followed by a stop (37), "
              "'ikke' far from its verb (26), negated completions (35, 55 'ennå ikke ferdigstilt'), money next "
              "to an explicit not-begun (46).",
    )
    write(NAME, html_text, expected)
    print_status_counts(M)


if __name__ == "__main__":
    build()

"""forvaltning-2022: a second-year report of the plan in heavy administrative prose, all 61 measures, written blind.

Written without reading the parser's status, parsing or extraction code. The register is that of a ministry's
report to itself: long sentences in which nominalisations carry the status ("Lanseringen av … skjedde i desember
2021", "Oppstarten av gjennomgangen fant sted", "Publiseringen av … fant sted"), s-passives and bli-passives
("omarbeides for tiden", "videreføres på et styrket nivå", "ble utferdiget", "ble avgitt til departementet"), modal
hedges and intentions ("Spørsmålet forutsettes håndtert", "vil bli forelagt", "Det vil bli tatt stilling til"),
assignments that are not yet work ("er anmodet om", "er pålagt å", "inngår i … oppdragsportefølje"), negations far from
their verb ("har i rapporteringsperioden ikke vært rom for å prioritere oppstart", "har, … , så langt ikke funnet
det hensiktsmessig å starte"), a negated completion ("er imidlertid ennå ikke ferdigstilt") and a state that sounds
finished but is not ("er under sluttføring").

Layout: the corpus's family. Liberation Serif 10.5 pt, ragged right; run-in measure headings "Tiltak N Regjeringen vil
…" (bold label and commitment); goal headings "Mål N – …"; ministry lines "Ansvarlig departement: HOD" and
"Ansvarlige departementer: HOD, BFD, JD og KUD"; a running header (top right) and a bare page number (bottom centre).
"""
from lib import (ANNUAL_TITLE, PLAN_URL, and_list, annual_expected, dash_goal_heading, html_document, page_css,
                 print_status_counts, render_measures, write)

NAME = "forvaltning-2022"

M = [
    # Mål 1
    dict(n=1, status="completed", ev="Lanseringen av den digitale oversikten skjedde i desember 2021",
         narrative="<p>Helsedirektoratet har i samarbeid med bruker- og pårørendeorganisasjoner, kompetansemiljøer og "
                   "ansatte i tjenestene forestått utarbeidelsen av en visuell oversikt over det selvmordsforebyggende "
                   "arbeidet i Norge. Lanseringen av den digitale oversikten skjedde i desember 2021, og oversikten er "
                   "tilgjengelig som <a href=\"https://www.helsedirektoratet.no/tema/selvmord/ressurskart\">ressurskart "
                   "på Helsedirektoratets nettsider</a>. Vedlikehold og løpende oppdatering av innholdet ivaretas av "
                   "direktoratet som en del av den ordinære driften.</p>",
         urls=["https://www.helsedirektoratet.no/tema/selvmord/ressurskart"]),
    dict(n=2, status="in_progress", ev="Piloten befinner seg for tiden i gjennomføringsfasen",
         narrative="<p>I tildelingsbrevet for 2021 ble Folkehelseinstituttet gitt ansvaret for gjennomføringen av "
                   "piloten, og det ble etablert en samarbeidsstruktur med LEVE og de to pilotfylkene Agder og Innlandet. "
                   "Piloten befinner seg for tiden i gjennomføringsfasen, hvor gjennomgang av enkeltsaker foretas i tett "
                   "dialog med etterlatte og tjenestene. Det er for 2022 stilt 3,5 mill. kroner til disposisjon for "
                   "piloten. Utformingen av anbefalinger for kartlegging på nasjonalt nivå vil først kunne skje etter at "
                   "piloten er evaluert.</p>",
         funding=[(3500000, 2022, "Det er for 2022 stilt 3,5 mill. kroner til disposisjon for piloten")],
         note="The recommendations (the second half of the measure) come after the pilot; 'vil først kunne skje' is a "
              "plan inside a running measure."),
    dict(n=3, status="completed", ev="ble formelt konstituert i juni 2021",
         narrative="<p>Nasjonalt forum for forebygging av selvmord ble formelt konstituert i juni 2021, og forumet har "
                   "siden avholdt møter to ganger årlig. Direktoratssamarbeidet er forankret i et mandat fastsatt av "
                   "Helse- og omsorgsdepartementet, og sekretariatsfunksjonen ivaretas av Helsedirektoratet.</p>",
         note="Both bodies exist and meet; their meetings are their running, not the measure under way."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Kampanjevirksomheten er per i dag gjennomført i tre av de ni regionene",
         narrative="<p>Kampanjevirksomheten er per i dag gjennomført i tre av de ni regionene, nærmere bestemt Agder, "
                   "Vestland og Trøndelag. De øvrige regionene vil bli dekket etappevis i planperioden, med Nord-Norge som "
                   "neste region i første halvår 2023. Til formålet er det i 2022 bevilget 10 mill. kroner.</p>",
         funding=[(10000000, 2022, "Til formålet er det i 2022 bevilget 10 mill. kroner")],
         note="Three of nine regions done is a finished part of the scope; the campaigns run region by region through "
              "the period: a part of the scope done is the measure under way."),
    dict(n=5, status="planned", ev="Det legges opp til at arbeidet påbegynnes i første halvår 2023",
         narrative="<p>Oppdraget om å sammenstille kunnskap om betydningen av medieomtale av selvmord ble formidlet til "
                   "Folkehelseinstituttet i tildelingsbrevet for 2022. Det legges opp til at arbeidet påbegynnes i "
                   "første halvår 2023, og at Pressens Faglige Utvalg involveres i utformingen av "
                   "problemstillingene.</p>",
         note="An assignment given is not work started."),
    dict(n=6, status="in_progress", ev="Utformingen av felles bransjenormer er nå i sin avsluttende fase",
         narrative="<p>Medietilsynet har etablert et samarbeidsforum med de største plattformselskapene og relevante "
                   "frivillige organisasjoner. Utformingen av felles bransjenormer er nå i sin avsluttende fase, og det "
                   "tas sikte på at normene for håndtering av innhold om selvskading og selvmord kan vedtas av forumet "
                   "i løpet av våren 2023.</p>",
         note="The forum being set up is a means; the norms it works on are not finished."),
    dict(n=7, status="in_progress", ev="Distribusjon av retningslinjene finner sted løpende",
         narrative="<p>Oversettelsen av #chatsafe til norsk ble sluttført høsten 2021, og retningslinjene er gjort "
                   "tilgjengelige på ung.no. Distribusjon av retningslinjene finner sted løpende gjennom "
                   "helsesykepleierne, elevrådene og Barne-, ungdoms- og familiedirektoratets kanaler i sosiale "
                   "medier.</p>",
         note="The translation is a finished sub-step; the measure is strengthening information and spreading the "
              "guidelines, which goes on."),
    dict(n=8, status="not_started", ev="ikke vært rom for å prioritere oppstart av tiltaket",
         narrative="<p>Det har i rapporteringsperioden, blant annet som følge av omprioriteringer knyttet til "
                   "pandemien, ikke vært rom for å prioritere oppstart av tiltaket. Spørsmålet om hvilket "
                   "direktorat som skal ha ansvaret for informasjonen til foreldre, vil bli drøftet mellom de berørte "
                   "departementene.</p>",
         note="'ikke' sits nine words before its verb phrase."),
    dict(n=9, status="in_progress", ev="Utarbeidelse av et digitalt kursopplegg for ansatte i barnevernet er iverksatt",
         narrative="<p>Utarbeidelse av et digitalt kursopplegg for ansatte i barnevernet er iverksatt i regi av RVTS "
                   "Øst, med sikte på ferdigstillelse innen utgangen av 2023. Tilsvarende opplegg for ansatte i "
                   "skolehelsetjenesten vil bli vurdert når erfaringene fra det første kurset foreligger.</p>",
         note="A planned completion date and a later assessment around work that has begun."),
    dict(n=10, status="completed", ev="Nettressursen er gjort kjent for samtlige skoleeiere",
         narrative="<p>Nettressursen er gjort kjent for samtlige skoleeiere gjennom Utdanningsdirektoratets "
                   "nyhetsbrev, fylkesvise samlinger og en egen henvendelse til alle grunnskoler og videregående "
                   "skoler i januar 2022. Ressursen er tilgjengelig på udir.no/laring-og-trivsel/skolemiljo/selvmord. "
                   "Ytterligere informasjonstiltak anses ikke som påkrevd.</p>",
         urls=["udir.no/laring-og-trivsel/skolemiljo/selvmord"],
         note="The measure asks that the resource become known to all schools; every school has been told. "
              "'anses ikke som påkrevd' is a negation that does not mean not_started."),
    dict(n=11, status="completed", ev="ble utferdiget av Helse- og omsorgsdepartementet i mai 2022",
         narrative="<p>Et rundskriv som klargjør adgangen til informasjonsutveksling mellom tjenester og med pårørende "
                   "ved mistanke om selvmordsfare, ble utferdiget av Helse- og omsorgsdepartementet i mai 2022. "
                   "Rundskrivet er utarbeidet i samråd med Justis- og beredskapsdepartementet og Barne- og "
                   "familiedepartementet. Det vil bli vurdert om rundskrivet skal suppleres med en forenklet "
                   "versjon rettet mot kommunene.</p>",
         note="The circular is the clarification the measure asks for; a simplified version is a possible follow-up."),
    dict(n=12, status="planned", ev="vil bli forelagt organisasjonene i et dialogmøte våren 2023",
         narrative="<p>Spørsmålet om en felles minstestandard for opplæring av dem som besvarer hjelpetelefoner og "
                   "nettjenester, vil bli forelagt organisasjonene i et dialogmøte våren 2023. Helsedirektoratet vil i "
                   "forkant innhente opplysninger om dagens opplæringsordninger.</p>"),
    dict(n=13, status="completed", ev="Helsedirektoratets utredning av spørsmålet forelå i mars 2022",
         narrative="<p>Helsedirektoratets utredning av spørsmålet forelå i mars 2022. Utredningen anbefaler på det "
                   "nåværende tidspunkt ikke en samordning til ett felles nummer, men peker på muligheten for bedre "
                   "henvisning mellom tjenestene og en felles nettportal. Departementet vil ta stilling til den "
                   "videre oppfølgingen i forbindelse med statsbudsjettet for 2024.</p>",
         note="The measure is to assess coordination; the assessment is delivered. 'anbefaler … ikke' is its "
              "conclusion, not a negated status; the ministry's decision is a follow-up."),
    # Mål 3
    dict(n=14, status="in_progress", ev="utkastet er nå til faglig kvalitetssikring i direktoratet",
         narrative="<p>Statens vegvesen har utarbeidet et utkast til formaliserte kriterier for klassifisering av "
                   "selvmord i trafikken, og utkastet er nå til faglig kvalitetssikring i direktoratet. Fastsettelse "
                   "av kriteriene er forventet i løpet av første kvartal 2023.</p>",
         note="A draft done is a sub-step; the criteria are not yet set."),
    dict(n=15, status="in_progress", ev="tilsvarende tiltak er under prosjektering for ytterligere seks stasjoner",
         narrative="<p>Sikringstiltak er gjennomført på fire stasjoner i Oslo-området, og tilsvarende tiltak er under "
                   "prosjektering for ytterligere seks stasjoner. Bane NOR har for 2022 avsatt NOK 3,2 millioner til "
                   "kartlegging av utsatte områder. Kunnskapsgrunnlaget vil bli sammenstilt i en rapport til "
                   "Jernbanedirektoratet.</p>",
         funding=[(3200000, 2022, "Bane NOR har for 2022 avsatt NOK 3,2 millioner")],
         note="Four stations secured is part of a continuing measure."),
    dict(n=16, status="in_progress", ev="er imidlertid ennå ikke ferdigstilt",
         narrative="<p>Kartleggingen av høybroer med potensial for sikring ble sluttført i 2021 og omfatter 23 broer. "
                   "Vurderingen av konkrete sikringstiltak for de identifiserte broene er imidlertid ennå ikke "
                   "ferdigstilt, og det er forutsatt at denne vil foreligge i løpet av første halvår 2023.</p>",
         note="The mapping (half of the measure) is done; the assessment of measures is begun but not finished "
              "('ennå ikke ferdigstilt' is a negated completion, not a negated start)."),
    dict(n=17, status="in_progress", ev="er strategidokumentet under utforming i departementet",
         narrative="<p>Innspillsrunden til en nasjonal alkoholstrategi ble avsluttet i juni 2022, og det kom inn om lag "
                   "90 innspill. På grunnlag av innspillene er strategidokumentet under utforming i departementet. "
                   "Framleggelse av strategien er berammet til våren 2023.</p>",
         note="The consultation round is a finished sub-step, the date of presentation a plan; the strategy itself is "
              "being written."),
    dict(n=18, status="completed", ev="har virkning fra 1. juli 2022",
         narrative="<p>Endringen i forskrift om rekvirering og utlevering av legemidler, som begrenser forskrivning av "
                   "A- og B-preparater på papirresept og muntlig resept til tre døgns vanlig terapeutisk dose, har "
                   "virkning fra 1. juli 2022. Erfaringene med endringen vil bli fulgt opp av Helsedirektoratet.</p>"),
    dict(n=19, status="not_started", ev="så langt ikke funnet det hensiktsmessig å starte arbeidet",
         narrative="<p>Departementet har, i påvente av en helhetlig gjennomgang av helse- og omsorgstjenesteloven, så "
                   "langt ikke funnet det hensiktsmessig å starte arbeidet med en tydeliggjøring av tjenestenes "
                   "ansvar. Spørsmålet om forebygging på gruppe- og samfunnsnivå i folkehelseloven vil bli sett i "
                   "sammenheng med denne gjennomgangen.</p>",
         note="Negation far from its verb; the assessment has explicitly not been started."),
    dict(n=20, status="planned", ev="er gitt Helsedirektoratet i brev av 14. juni 2022",
         narrative="<p>Et oppdrag om å utrede kunnskapsgrunnlaget for livskrisetilbud er gitt Helsedirektoratet i "
                   "brev av 14. juni 2022, med frist 1. oktober 2023. For 2023 er det satt av kr 500 000 til "
                   "utredningen.</p>",
         funding=[(500000, 2023, "For 2023 er det satt av kr 500 000 til utredningen")],
         note="Assigned and funded, no work reported."),
    dict(n=21, status="in_progress", ev="Oppdateringen av det veiledende materiellet skjer i nært samarbeid med KS",
         narrative="<p>Oppdateringen av det veiledende materiellet skjer i nært samarbeid med KS og et utvalg kommuner, "
                   "og nye kapitler om selvskading blant barn og unge er utarbeidet i utkast. Materiellet er planlagt "
                   "ferdigstilt i 2023.</p>",
         note="Drafted chapters are a sub-step; 'er planlagt ferdigstilt' dates the end."),
    dict(n=22, status="in_progress", ev="Understøttelse av kommunenes implementering skjer gjennom regionale nettverkssamlinger",
         narrative="<p>Den elektroniske veiledningen for utvikling av kommunale handlingsplaner ble gjort tilgjengelig "
                   "høsten 2020. Understøttelse av kommunenes implementering skjer gjennom regionale "
                   "nettverkssamlinger i regi av RVTS-ene, og ved utgangen av 2022 har 142 kommuner tatt verktøyet i "
                   "bruk.</p>",
         note="The guidance being available is an earlier sub-step; the measure is municipalities making plans, which "
              "goes on."),
    dict(n=23, status="in_progress", ev="tilskuddsordningen videreføres i 2023",
         narrative="<p>Tilbudet Rask psykisk helsehjelp er per 30. november 2022 etablert i 68 kommuner, mot 55 "
                   "kommuner ett år tidligere. Tilskuddsordningen er for 2022 på 41,6 mill. kroner, og "
                   "tilskuddsordningen videreføres i 2023.</p>",
         funding=[(41600000, 2022, "Tilskuddsordningen er for 2022 på 41,6 mill. kroner")],
         note="Spreading the service is continuing work; 'etablert i 68 kommuner' names a part of the scope."),
    # Mål 4
    dict(n=24, status="in_progress", ev="Utprøving av den digitale løsningen foregår i fem pilotkommuner",
         narrative="<p>Utprøving av den digitale løsningen foregår i fem pilotkommuner, herunder chat med "
                   "helsesykepleier og digital timebestilling. Det er til utprøvingen bevilget kr 800 000 i 2022. "
                   "Nasjonal spredning vil bli vurdert på bakgrunn av evalueringen.</p>",
         funding=[(800000, 2022, "Det er til utprøvingen bevilget kr 800 000 i 2022")]),
    dict(n=25, status="not_started", ev="arbeidet er følgelig ikke kommet i gang",
         narrative="<p>Oppfølgingen av tiltaket har måttet utstå som følge av omprioriteringer under pandemien, og "
                   "arbeidet er følgelig ikke kommet i gang. Det vil bli vurdert å innarbeide tiltaket i "
                   "tildelingsbrevet til Helsedirektoratet for 2023.</p>",
         note="An explicit statement that work has not begun wins over the intention to assign it."),
    dict(n=26, status="planned", ev="inngår i Helsedirektoratets oppdragsportefølje for 2023",
         narrative="<p>Utvikling av et verktøy for fastleger til kartlegging av alkoholbruk inngår i "
                   "Helsedirektoratets oppdragsportefølje for 2023, og det er avsatt 1,2 mill. kroner til formålet "
                   "for 2023. Legeforeningen vil bli invitert til å delta i en referansegruppe.</p>",
         funding=[(1200000, 2023, "det er avsatt 1,2 mill. kroner til formålet for 2023")]),
    dict(n=27, status="in_progress", ev="Et utvalg digitale mestringsverktøy er tilgjengeliggjort",
         narrative="<p>Et utvalg digitale mestringsverktøy er tilgjengeliggjort på "
                   "<a href=\"https://www.helsenorge.no/psykisk-helse/mestring/\">helsenorge.no</a>, og bruken "
                   "har økt jevnt gjennom 2022. En utvidelse av tilbudet med verktøy for ungdom er under planlegging "
                   "i Helsedirektoratet.</p>",
         urls=["https://www.helsenorge.no/psykisk-helse/mestring/"],
         note="Strengthening access is continuing: some tools are out, more are being planned. Close call against "
              "completed; the measure has no single deliverable."),
    dict(n=28, status="in_progress", ev="Implementeringsarbeidet er innledet med regionale fagdager",
         narrative="<p>Revisjonen av den nasjonale retningslinjen for forebygging av selvmord i psykisk helsevern ble "
                   "sluttført, og den reviderte retningslinjen ble publisert i september 2022. "
                   "Implementeringsarbeidet er innledet med regionale fagdager, og det vil bli utarbeidet "
                   "e-læringsmoduler for tverrfaglig spesialisert rusbehandling i 2023.</p>",
         note="The revision is done; the measure also asks for implementation, which has begun."),
    dict(n=29, status="planned", ev="Helsedirektoratet er anmodet om å utarbeide et forslag",
         narrative="<p>Helsedirektoratet er anmodet om å utarbeide et forslag til hvordan funn fra gjennomgangene av "
                   "selvmord kan tilbakeføres til tjenestene på en systematisk måte, med frist 1. mars 2023. Forslaget "
                   "forutsettes utarbeidet i dialog med Statens helsetilsyn.</p>"),
    dict(n=30, status="in_progress", ev="prosjektet ble stilt i bero ved årsskiftet",
         narrative="<p>Et samarbeidsprosjekt med Helse Sør-Øst om henvisningsrutiner for alkoholavhengige ble innledet "
                   "våren 2021, men prosjektet ble stilt i bero ved årsskiftet som følge av kapasitetsutfordringer i "
                   "helseforetakene. Tiltaket vil bli sett i sammenheng med den kommende alkoholstrategien, jf. tiltak "
                   "17.</p>",
         note="Begun and then put on hold: in_progress by the convention of arsrapport-2023-2024 measure 37 (stalled "
              "work is begun work). Close call."),
    dict(n=31, status="in_progress", ev="ordningen med brukerstyrt seng er under utvidelse i alle helseregioner",
         narrative="<p>De regionale helseforetakene rapporterer at ordningen med brukerstyrt seng er under utvidelse i "
                   "alle helseregioner, og at det i 2022 er opprettet 14 nye plasser i tverrfaglig spesialisert "
                   "rusbehandling. Tettere oppfølging etter utskriving vil inngå i oppdragsdokumentet for 2023.</p>"),
    dict(n=32, status="completed", ev="ble avgitt til departementet 15. juni 2022",
         narrative="<p>De regionale helseforetakenes vurdering av sensorteknologi i døgnavdelinger, utarbeidet i "
                   "samarbeid med Helsedirektoratet, ble avgitt til departementet 15. juni 2022. Vurderingen "
                   "konkluderer med at teknologien bør prøves ut under kontrollerte forhold. Departementet vil komme "
                   "tilbake til spørsmålet om en utprøving.</p>",
         note="The measure is the assessment; it is delivered. A trial is a possible follow-up."),
    dict(n=33, status="in_progress",
         ev="har innlemmet selvmordsforebygging i sine opplæringsprogram for somatiske avdelinger",
         narrative="<p>Helse Vest og Helse Midt-Norge har innlemmet selvmordsforebygging i sine opplæringsprogram for "
                   "somatiske avdelinger, mens de to øvrige regionene befinner seg i en forberedende fase. Samarbeidet "
                   "med psykisk helsevern om pasienter med somatiske tilstander er beskrevet i regionale "
                   "prosedyrer.</p>",
         note="Two of four regions done, two preparing: the measure is under way."),
    dict(n=34, status="planned", ev="Spørsmålet forutsettes håndtert i forbindelse med revisjonen av pakkeforløpene",
         narrative="<p>Spørsmålet forutsettes håndtert i forbindelse med revisjonen av pakkeforløpene, som etter planen "
                   "vil bli igangsatt i 2023. Inntil videre vises det til eksisterende faglige anbefalinger om "
                   "vurdering av selvmordsrisiko.</p>"),
    dict(n=35, status="in_progress", ev="måloppnåelsen følges opp kvartalsvis",
         narrative="<p>Registrering av kriseplan ved utskriving etter selvmordsforsøk er innarbeidet som indikator i "
                   "styringsdialogen med de regionale helseforetakene, og måloppnåelsen følges opp kvartalsvis. "
                   "Andelen pasienter med kriseplan økte fra 58 til 71 prosent i løpet av 2022.</p>"),
    dict(n=36, status="in_progress", ev="Gjennomgangen av den akuttmedisinske kjeden er under sluttføring",
         narrative="<p>En delrapport om bruken av ambulante akutteam ble lagt fram i april 2022. Gjennomgangen av den "
                   "akuttmedisinske kjeden er under sluttføring, og sluttrapporten med forslag til forbedringer "
                   "forventes oversendt departementet innen utgangen av 2022.</p>",
         note="'under sluttføring' sounds finished but means being finished; the interim report is a sub-step."),
    dict(n=37, status="completed",
         ev="Utrullingen av det videreutviklede beslutningsstøtteverktøyet til AMK-sentralene og legevaktsentralene "
            "ble gjennomført i løpet av 2022",
         narrative="<p>Utrullingen av det videreutviklede beslutningsstøtteverktøyet til AMK-sentralene og "
                   "legevaktsentralene ble gjennomført i løpet av 2022. Forvaltningen av verktøyet er lagt til "
                   "Nasjonalt kompetansesenter for legevaktmedisin.</p>"),
    dict(n=38, status="completed", ev="Kursopplegget foreligger i endelig versjon",
         narrative="<p>Kursopplegget foreligger i endelig versjon og ble tilbudt første gang i mars 2022. Kurset "
                   "omfatter opplæring i beslutningsstøtte og praktiske kommunikasjonsferdigheter. Det vil bli vurdert "
                   "om kurset skal gjøres obligatorisk for nyansatte.</p>",
         note="The course exists and has been given; making it mandatory is a follow-up."),
    dict(n=39, status="planned", ev="er innarbeidet i Helsedirektoratets virksomhetsplan for 2023",
         narrative="<p>En gjennomgang av veilederen om barn som pårørende, med sikte på å tydeliggjøre tjenestenes "
                   "ansvar etter alvorlig selvskading og selvmordsforsøk, er innarbeidet i Helsedirektoratets "
                   "virksomhetsplan for 2023.</p>",
         note="'innarbeidet' reads like a completion, but what is in place is the plan to do the work."),
    dict(n=40, status="not_started", ev="Noe arbeid med tiltaket er ennå ikke kommet i stand",
         narrative="<p>Noe arbeid med tiltaket er ennå ikke kommet i stand. Pårørendealliansen har i brev til "
                   "departementet tatt til orde for en nasjonal kampanje, og henvendelsen er under "
                   "behandling.</p>",
         note="'under behandling' is the ministry handling a letter, not work on the measure."),
    dict(n=41, status="completed", ev="Vurderingen av behovet ble konkludert i august 2022",
         narrative="<p>Vurderingen av behovet ble konkludert i august 2022, og konklusjonen er at et eget kapittel om "
                   "selvmord vil bli tatt inn i pårørendeveilederen ved neste revisjon. Revisjonen er planlagt "
                   "gjennomført i 2024.</p>",
         note="The measure is an assessment of the need; it is concluded. The revision is a follow-up."),
    dict(n=42, status="in_progress", ev="Utkast til revidert veileder er lagt ut til alminnelig høring",
         narrative="<p>Utkast til revidert veileder er lagt ut til alminnelig høring med høringsfrist 1. februar 2023. "
                   "Fastsettelse av den reviderte veilederen vil skje så snart høringsinnspillene er gjennomgått.</p>"),
    dict(n=43, status="planned", ev="Det vil bli tatt stilling til en eventuell utvidelse",
         narrative="<p>Det vil bli tatt stilling til en eventuell utvidelse når erfaringene fra forsøket i Bergen "
                   "fengsel er evaluert, noe som er ventet i løpet av 2023. Kriminalomsorgsdirektoratet har levert en "
                   "foreløpig statusrapport om forsøket.</p>",
         note="The measure is to assess extending use; the interim report on the trial is not that assessment."),
    # Mål 5
    dict(n=44, status="in_progress", ev="Kommunale oppfølgingsteam for etterlatte er nå operative i 31 kommuner",
         narrative="<p>Kommunale oppfølgingsteam for etterlatte er nå operative i 31 kommuner, og etableringen av team "
                   "i ytterligere kommuner understøttes av RVTS-ene. LEVE mottar i 2022 et driftstilskudd på 6,4 mill. "
                   "kroner. Informasjon om tilbudene finnes på www.leve.no.</p>",
         funding=[(6400000, 2022, "LEVE mottar i 2022 et driftstilskudd på 6,4 mill. kroner")],
         urls=["www.leve.no"]),
    dict(n=45, status="in_progress", ev="Oppstarten av gjennomgangen fant sted i juni 2022",
         narrative="<p>Oppstarten av gjennomgangen fant sted i juni 2022, og det er nedsatt en arbeidsgruppe med "
                   "representanter for etterlatte, tjenestene og kompetansemiljøene. Sluttføring av arbeidet med "
                   "veilederen og et standardisert oppfølgingsløp er ikke ventet før i 2024.</p>",
         ministries=["HOD", "ASD", "BFD"],
         note="A nominalised start ('Oppstarten … fant sted'); 'ikke ventet før' is a date, not a negated status."),
    # Mål 6
    dict(n=46, status="planned", ev="Spørsmålet er oversendt Justis- og beredskapsdepartementets lovavdeling for vurdering",
         narrative="<p>Spørsmålet er oversendt Justis- og beredskapsdepartementets lovavdeling for vurdering, og svar "
                   "imøteses i første kvartal 2023. Riksadvokaten vil bli involvert i det videre arbeidet.</p>"),
    dict(n=47, status="not_started", ev="Oppstart av arbeidet med tiltaket er utsatt",
         narrative="<p>Oppstart av arbeidet med tiltaket er utsatt i påvente av avklaringen knyttet til tiltak 46, "
                   "ettersom de to spørsmålene i stor grad berører det samme regelverket.</p>",
         note="A postponed start: nothing has begun. Close call against planned."),
    dict(n=48, status="planned", ev="Nedsettelse av en ekspertgruppe er under forberedelse",
         narrative="<p>Nedsettelse av en ekspertgruppe er under forberedelse i departementet, og mandatet er ventet "
                   "fastsatt i løpet av første halvår 2023. Spørsmålet om faste mortalitetskomiteer vil inngå i "
                   "ekspertgruppens mandat.</p>",
         note="Preparing to appoint a group is planning."),
    dict(n=49, status="in_progress", ev="omarbeides for tiden",
         narrative="<p>Rutinene for oversendelse av obduksjonsrapporter til Dødsårsaksregisteret omarbeides for tiden "
                   "i samarbeid mellom Folkehelseinstituttet og de rettsmedisinske instituttene. Andelen fullstendige "
                   "rapporter økte fra 61 til 78 prosent i 2022.</p>"),
    dict(n=50, status="not_started", ev="er imidlertid av kapasitetsmessige grunner ikke igangsatt",
         narrative="<p>Folkehelseinstituttet er i oppdragsbrev av 3. mars 2022 bedt om å utrede mulige løsninger for "
                   "et register for selvskading og selvmordsforsøk. Utredningsarbeidet er imidlertid av "
                   "kapasitetsmessige grunner ikke igangsatt.</p>",
         note="An assignment is given, but the report says explicitly that the work has not started."),
    dict(n=51, status="completed", ev="ble inngått 1. februar 2022",
         narrative="<p>En samarbeidsavtale mellom Nasjonalt senter for selvmordsforskning og -forebygging og "
                   "Folkehelseinstituttet om arbeidsdeling og kunnskapsspredning ble inngått 1. februar 2022. "
                   "Avtalen vil bli evaluert etter to års virketid.</p>",
         note="The cooperation model is the agreement; the evaluation is a follow-up."),
    dict(n=52, status="completed", ev="ble framlagt for departementet i april 2022",
         narrative="<p>Sluttrapporten fra gjennomgangen av eksisterende, publisert forskning på selvmord ble framlagt "
                   "for departementet i april 2022. Rapporten peker blant annet på at eldre, innvandrere og samer er "
                   "lite forsket på, og vil danne grunnlag for prioriteringer i forskningsmidlene.</p>",
         note="The measure's deliverable is itself a report."),
    dict(n=53, status="in_progress", ev="Oppfølgingen av oppsummeringene befinner seg i en tidlig fase",
         narrative="<p>Oppfølgingen av oppsummeringene befinner seg i en tidlig fase. Funn fra oppsummeringen om eldre "
                   "er formidlet til kommunene gjennom reformen Leve hele livet, mens det for menn vil bli vurdert "
                   "særskilte informasjonstiltak.</p>"),
    dict(n=54, status="in_progress", ev="Feltarbeidet ble påbegynt i september 2022",
         narrative="<p>FoU-oppdraget ble tildelt NOVA ved OsloMet etter en åpen anbudskonkurranse våren 2022. "
                   "Feltarbeidet ble påbegynt i september 2022, og prosjektet har en planlagt varighet til utgangen av "
                   "2024. Oppdraget har en samlet kostnadsramme på 4,5 mill. kroner.</p>",
         funding=[(4500000, None, "Oppdraget har en samlet kostnadsramme på 4,5 mill. kroner")],
         note="The contract award is not work; the fieldwork is."),
    dict(n=55, status="completed", ev="Publiseringen av undersøkelsens resultater fant sted i juni 2022",
         narrative="<p>Levekårsundersøkelsen på lhbtiq-feltet er gjennomført av Statistisk sentralbyrå på oppdrag fra "
                   "Barne-, ungdoms- og familiedirektoratet. Publiseringen av undersøkelsens resultater fant sted i "
                   "juni 2022. En ny undersøkelse vil bli vurdert i neste planperiode.</p>"),
    dict(n=56, status="in_progress",
         ev="Det gjennomføres regionale kompetanseprogram i regi av RVTS-ene i samtlige fylker",
         narrative="<p>Det gjennomføres regionale kompetanseprogram i regi av RVTS-ene i samtlige fylker, og e-læringskurset "
                   "om selvskading er gjennomført av om lag 9 000 ansatte. Kommunene ble i statsbudsjettet for 2022 "
                   "tilført 2 mrd. kroner i økte frie inntekter, blant annet begrunnet i behovet for styrkede psykiske "
                   "helsetjenester.</p>",
         funding=[(2000000000, 2022, "Kommunene ble i statsbudsjettet for 2022 tilført 2 mrd. kroner")]),
    dict(n=57, status="planned", ev="er i oppdragsdokumentet for 2022 pålagt å utarbeide en felles kompetanseplan",
         narrative="<p>De regionale helseforetakene er i oppdragsdokumentet for 2022 pålagt å utarbeide en felles "
                   "kompetanseplan for selvmordsforebygging i psykisk helsevern og tverrfaglig spesialisert "
                   "rusbehandling. Planen skal foreligge innen utgangen av 2023.</p>",
         note="Assigned; the plan (the first step) is not reported begun."),
    dict(n=58, status="completed", ev="Helsedirektoratets anbefaling om organisering av kompetansenettverkene er avgitt",
         narrative="<p>Helsedirektoratets anbefaling om organisering av kompetansenettverkene er avgitt, og etablering "
                   "av nettverk i Helse Nord og Helse Vest er i gang. De øvrige regionene vil følge i 2023.</p>",
         note="The measure is to assess how networks can be established; the recommendation is delivered. The "
              "networks being set up are follow-up. Close call."),
    dict(n=59, status="completed", ev="virksomheten videreføres på et styrket nivå",
         narrative="<p>Vivat er i statsbudsjettet for 2022 tilført ytterligere 2 mill. kroner, og virksomheten "
                   "videreføres på et styrket nivå. Kursvirksomheten er gjenopptatt etter pandemien.</p>",
         funding=[(2000000, 2022, "Vivat er i statsbudsjettet for 2022 tilført ytterligere 2 mill. kroner")],
         note="Continued and strengthened is what the measure asks; done for this year. Close call against "
              "in_progress."),
    dict(n=60, status="planned", ev="vil bli vurdert i forbindelse med de årlige budsjettprosessene",
         narrative="<p>Tilskuddsordningen er videreført på samme nivå som i 2021. En styrking av ordningen vil bli "
                   "vurdert i forbindelse med de årlige budsjettprosessene.</p>",
         note="Kept at the same level is not strengthened; the strengthening is only to be assessed."),
    dict(n=61, status="not_started", ev="Det har ikke, i påvente av avtale med SANKS, vært mulig å påbegynne oversettelsen",
         narrative="<p>Det har ikke, i påvente av avtale med SANKS, vært mulig å påbegynne oversettelsen av "
                   "opplæringsmateriellet. Det tas sikte på at forhandlingene om avtalen sluttføres innen "
                   "utgangen av 2022.</p>"),
]

CSS = page_css(
    "22mm 24mm 22mm 24mm", "Liberation Serif", "serif",
    header=("top-right", "Ingen å miste – rapportering for andre driftsår", "8pt", "#555"),
    footer=("bottom-center", "counter(page)", "9pt"),
    body=("10.5pt", "1.3"),
    rules="""h1 { font-size: 17pt; margin: 0 0 6pt 0; line-height: 1.2; }
p.sub { font-size: 11pt; margin: 0 0 10pt 0; }
h2 { font-size: 13.5pt; margin: 16pt 0 6pt 0; line-height: 1.2; }
p.t { margin: 11pt 0 4pt 0; font-weight: bold; }
p.dep { margin-top: 4pt; }
""",
    justify=False)


def measure_heading(n, g, commitment):
    return f'<p class="t">Tiltak {n} {commitment}</p>\n'


def ministry_line(n, codes):
    if len(codes) == 1:
        return "Ansvarlig departement: " + codes[0]
    return "Ansvarlige departementer: " + and_list(codes)


INTRO = (
    f"<h1>{ANNUAL_TITLE}</h1>\n"
    '<p class="sub">Andre driftsår 2021–2022. Rapporteringen gjelder status per 30. november 2022.</p>\n'
    "<p>Regjeringens handlingsplan for forebygging av selvmord 2020–2025 – Ingen å miste inneholder 61 tiltak "
    "fordelt på seks mål. Åtte departementer har ansvar for gjennomføringen, og Helse- og omsorgsdepartementet "
    "ivaretar koordineringen. Den foreliggende rapporteringen er utarbeidet på grunnlag av innspill fra "
    "underliggende etater, de regionale helseforetakene og kompetansesentrene, og omhandler gjennomføringen i "
    "planens andre driftsår. For en rekke tiltak er oppfølgingen forankret i tildelings- og oppdragsbrev for 2022, "
    "der rapportering først vil foreligge etter årets utløp. <a href=\"" + PLAN_URL + "\">Handlingsplanen</a> er "
    "tilgjengelig på regjeringen.no.</p>\n"
)


def build():
    body, measures = render_measures(M, dash_goal_heading, measure_heading, ministry_line)
    html_text = html_document("Årsrapport 2021–2022 – Ingen å miste", CSS, INTRO + body)
    expected = annual_expected(
        "2021-2022", "2022-11-30", measures,
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind (without reading the parser's status, parsing or extraction code) in heavy administrative "
              "prose: nominalisations carry the status ('Lanseringen … skjedde', 'Oppstarten … fant sted' = started, "
              "'Publiseringen … fant sted' = done), s-/bli-passives, hedges and intentions, assignments that are not "
              "work (5, 20, 26, 29, 39, 57), a given assignment with an explicit 'not started' (50), negations far "
              "from their verb (8, 19, 50, 61), a negated completion (16 'ennå ikke ferdigstilt'), 'under "
              "sluttføring' (36, in progress), finished sub-steps of unfinished measures (4, 7, 14, 17, 22, 28, 33), "
              "delivered deliverables with a follow-up (11, 13, 32, 38, 41, 51, 58), measures whose deliverable is "
              "an assessment or a report (13, 32, 41, 52, 58), begun then put on hold (30, in_progress by the "
              "convention of arsrapport-2023-2024 measure 37), a postponed start (47, not_started). The intro "
              "links the plan itself (belongs to no measure).",
    )
    write(NAME, html_text, expected)
    print_status_counts(M)


if __name__ == "__main__":
    build()

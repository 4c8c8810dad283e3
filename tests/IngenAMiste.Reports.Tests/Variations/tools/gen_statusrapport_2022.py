"""statusrapport-2022: a calendar-year status report on the plan written by the directorate, all 61 measures, blind.

Written without looking at the parser's status rules, by "a directorate writer" rather than the ministry: long,
discursive narratives of two to four paragraphs that mix background, what happened and what comes next; hedged and
graded statements ("er langt på vei gjennomført", "er delvis gjennomført", "i hovedsak på plass", "har kommet et godt
stykke på vei", "har i liten grad kommet i gang", "har ikke latt seg gjennomføre", "står foreløpig på vent", "ble
ferdigstilt i fjor", "så dagens lys", "ble tatt i bruk fra høsten", "har vært i gang siden", "Det gjenstår å", "Neste
steg er", "Arbeidet ble påbegynt, men", "er sluttevaluert"), first person plural ("Vi har i 2022 …", "Direktoratet
har …"), the measure's own status often not in the first sentence, and paragraphs about other actors' unrelated
activity first. Traps: finished sub-steps of unfinished measures, delivered deliverables followed by a follow-up,
cross-references to other measures, paragraphs that begin "Tiltak 12 i planen …" (in 13) and "Tiltak for
etterlatte …" (in 44), bullet lists inside narratives and narratives that are only a bullet list, and an explicit
"ikke påbegynt" next to allocated money.

Layout: Noto Sans 10 pt, ragged right (no justification, no hyphenation), goal headings "Mål N: …" at 15 pt (goals
4 and 6 wrap), measure headings "Tiltak N" bold on a line of their own, then the commitment in a grey bordered box,
then the narrative. The ministry line "Ansvarlig departement: …" comes after the narrative in most measures and before
it (right under the box) in every third; multi-ministry lines keep the singular label ("Ansvarlig departement: HOD,
BFD, JD og KUD"); 3 and 45 write AID (the 2022 name of ASD); 33 has no ministry line. Running footer
"Helsedirektoratet | Statusrapport 2022 | side N" in an @page margin box. report_period is the calendar year "2022"
(the parser's metadata reads a single report year after "Statusrapport").
"""
from lib import GOALS, MEASURES, esc, measure_json, write

NAME = "statusrapport-2022"

PLAN_URL = "https://www.regjeringen.no/no/dokumenter/handlingsplan-for-forebygging-av-selvmord-2020-2025/id2747710/"

M = [
    # Mål 1
    dict(n=1, status="completed", ev="Den visuelle oversikten så dagens lys i mars 2022",
         narrative="<p>Flere aktører har de siste årene laget egne oversikter over hjelpetilbud. KS har for eksempel "
                   "samlet kommunale eksempler i en egen idébank, og flere fylkeskommuner har publisert regionale "
                   "kart over lavterskeltilbud.</p>"
                   "<p>Den visuelle oversikten så dagens lys i mars 2022, etter et tjenestedesignprosjekt der brukere, "
                   "etterlatte og ansatte i tjenestene deltok i fire verksteder. Oversikten ligger på "
                   "<a href=\"https://www.helsedirektoratet.no/tema/selvmord-og-selvskading/oversikt\">direktoratets "
                   "temaside</a> og oppdateres to ganger i året.</p>",
         urls=["https://www.helsedirektoratet.no/tema/selvmord-og-selvskading/oversikt"],
         note="The KS idea bank and regional maps are other actors' work; the measure's own overview is delivered."),
    dict(n=2, status="in_progress", ev="Piloten har vært i gang siden oktober 2021",
         narrative="<p>Kartlegging av selvmord i og utenfor tjenestene krever samtykke fra etterlatte og tilgang til "
                   "journaler på tvers av virksomheter. Vi har derfor brukt god tid på det juridiske grunnlaget.</p>"
                   "<p>Piloten har vært i gang siden oktober 2021 i fem kommuner, og til sammen 23 dødsfall er "
                   "gjennomgått. Det gjenstår å utforme anbefalinger for en nasjonal modell; det arbeidet kan først "
                   "starte når piloten er oppsummert.</p>"),
    dict(n=3, status="completed", ev="Forumet ble konstituert i juni 2021",
         narrative="<p>Forumet ble konstituert i juni 2021 og har i 2022 hatt tre møter, blant annet om selvmord blant "
                   "unge menn. Direktoratssamarbeidet er formalisert gjennom en samarbeidsavtale mellom sju "
                   "direktorater, med Helsedirektoratet som sekretariat.</p>",
         ministries=["HOD", "BFD", "KD", "AID", "KUD", "SD", "FD"]),
    # Mål 2
    dict(n=4, status="in_progress", ev="Kampanjene er langt på vei gjennomført",
         narrative="<p>Kampanjene er langt på vei gjennomført. Fire av fem regioner har hatt sin kampanje, og "
                   "nasjonal overbygning ble lansert under Verdensdagen for psykisk helse. Region Nord får sin "
                   "kampanje i mars 2023.</p>"
                   "<p>I 2022 ble kampanjene finansiert med 12,5 mill. kroner over direktoratets budsjett.</p>",
         funding=[(12500000, 2022, "I 2022 ble kampanjene finansiert med 12,5 mill. kroner")],
         note="Four of five regions is a graded 'mostly done': partly done is in progress."),
    dict(n=5, status="completed", ev="Rapporten ble offentliggjort i mai 2022",
         narrative="<p>Norsk Presseforbund reviderte i 2021 Vær Varsom-plakaten, uten at det berørte omtalen av "
                   "selvmord direkte.</p>"
                   "<p>For å styrke kunnskapsgrunnlaget ga vi NSSF i oppdrag å analysere hvordan selvmord omtales i "
                   "redaktørstyrte medier. Rapporten ble offentliggjort i mai 2022 og er presentert for Redaktørforeningen "
                   "og for journalistutdanningene.</p>",
         note="The press council's revision is another actor's unrelated activity."),
    dict(n=6, status="planned", ev="Samarbeidet er fortsatt på idéstadiet",
         narrative="<p>Medietilsynet og Barneombudet har i 2022 vært i dialog med plattformselskapene om aldersgrenser "
                   "og innholdsmoderering, men dette har skjedd utenfor handlingsplanen.</p>"
                   "<p>Samarbeidet er fortsatt på idéstadiet. Direktoratet har kartlagt hvilke selskaper som bør delta. "
                   "Neste steg er å invitere dem til et innledende møte våren 2023.</p>",
         note="Mapping who should take part is preparation; the cooperation has not begun."),
    dict(n=7, status="in_progress", ev="Spredningen av #chatsafe har kommet et godt stykke på vei",
         narrative="<p>Retningslinjene #chatsafe ble oversatt til norsk i 2021. Spredningen av #chatsafe har kommet et "
                   "godt stykke på vei: materiellet er delt ut til alle videregående skoler og brukes av Ung.no og "
                   "Mental Helse Ungdom. En kortversjon for ungdomsskolen og en kampanje i sosiale medier "
                   "gjenstår.</p>"),
    dict(n=8, status="not_started", ev="Tiltaket står foreløpig på vent",
         narrative="<p>Tiltaket står foreløpig på vent. Medietilsynet lanserte i 2022 en generell foreldreveiledning om "
                   "skjermbruk, og vi vil se hva den dekker før det lages eget informasjonsmateriell om skadelig "
                   "innhold. Det er ennå ikke laget noe materiell under tiltaket.</p>",
         note="On hold before any work was done; Medietilsynet's guide is another actor's."),
    dict(n=9, status="in_progress", ev="Tiltaket er delvis gjennomført",
         narrative="<p>Vi har i 2022 utviklet et e-læringsprogram i fire moduler om selvskadings- og selvmordsinnhold på "
                   "nett. To av modulene, for ansatte i skolehelsetjenesten og i barnevernet, ble publisert i "
                   "september.</p>"
                   "<p>Tiltaket er delvis gjennomført. Modulene for ansatte i PP-tjenesten og i fritidssektoren "
                   "ferdigstilles i første halvår 2023.</p>",
         note="Two of four modules published is a finished sub-step."),
    dict(n=10, status="completed", ev="Målet om at alle skoler skal kjenne til nettressursen, er nådd",
         narrative="<p>Utdanningsdirektoratet har gjennom to skoleår presentert nettressursen på samlinger for "
                   "skoleledere og i nyhetsbrev til skoleeiere. Målet om at alle skoler skal kjenne til nettressursen, "
                   "er nådd, ifølge Utdanningsdirektoratets spørreundersøkelse til skoleeiere høsten 2022.</p>"),
    dict(n=11, status="completed", ev="ble ferdigstilt i fjor",
         narrative="<p>Taushetsplikt blir ofte oppgitt som en grunn til at informasjon ikke deles når noen er i "
                   "selvmordsfare.</p>"
                   "<p>En veileder om reglene for informasjonsutveksling ved mistanke om selvmordsfare ble ferdigstilt "
                   "i fjor og er siden gjort kjent gjennom regionale samlinger. Det gjenstår å vurdere om det trengs "
                   "en presisering i forskrift, men det ligger utenfor tiltaket.</p>",
         note="The guide is the measure's deliverable; a possible regulation is a follow-up."),
    dict(n=12, status="planned", ev="Arbeidet skal etter oppdraget starte i 2023",
         narrative="<p>Flere av de frivillige hjelpetelefonene har egne opplæringsprogrammer, og Kirkens SOS reviderte "
                   "sitt program i 2022.</p>"
                   "<p>Direktoratet har i tildelingsbrevet for 2023 fått i oppdrag å vurdere en felles minstestandard "
                   "for opplæring. Arbeidet skal etter oppdraget starte i 2023.</p>"),
    dict(n=13, status="in_progress", ev="Utredningsarbeidet ble påbegynt i april 2022",
         narrative="<p>Utredningsarbeidet ble påbegynt i april 2022. En delrapport om mulighetene for en nødknapp ble "
                   "levert i oktober, og hovedrapporten om et felles nasjonalt nummer ventes i juni 2023.</p>"
                   "<p>Tiltak 12 i planen, om minstestandard for opplæring, ses i sammenheng med denne utredningen.</p>",
         note="The second paragraph begins 'Tiltak 12 i planen' and is a cross-reference, not a heading; the "
              "sub-report is a finished sub-step."),
    # Mål 3
    dict(n=14, status="completed", ev="Kriteriene ble tatt i bruk fra høsten 2022",
         narrative="<p>Statens vegvesen har utarbeidet formaliserte kriterier for klassifisering av selvmord i "
                   "trafikken, i samarbeid med politiet og Statens havarikommisjon. Kriteriene ble tatt i bruk fra "
                   "høsten 2022 i ulykkesanalysegruppene.</p>"),
    dict(n=15, status="in_progress", ev="fysisk sikring av tre stasjoner i Oslo-området er under bygging",
         narrative="<ul><li>Bane NOR har oppdatert oversikten over utsatte steder på jernbanenettet</li>"
                   "<li>fysisk sikring av tre stasjoner i Oslo-området er under bygging</li>"
                   "<li>Sporveien vurderer plattformdører på to T-banestasjoner</li></ul>"),
    dict(n=16, status="completed", ev="Statens vegvesen leverte i september 2022 sin gjennomgang",
         narrative="<p>Statens vegvesen leverte i september 2022 sin gjennomgang av høybroer med potensial for "
                   "sikring, med en vurdering av aktuelle tiltak for hver bro.</p>"
                   "<p>Hvilke broer som faktisk sikres, avgjøres i arbeidet med Nasjonal transportplan. Sikringen av "
                   "de fem høyest prioriterte broene er ennå ikke startet.</p>",
         note="The mapping and assessment are the deliverable; physical securing is a follow-up."),
    dict(n=17, status="in_progress", ev="Departementet arbeider med strategien",
         narrative="<p>Direktoratet leverte i juni et kunnskapsgrunnlag om alkoholpolitiske virkemidler til "
                   "departementet.</p>"
                   "<p>Departementet arbeider med strategien, som etter planen legges fram i 2023.</p>",
         note="The knowledge base is a finished sub-step; the strategy is not published."),
    dict(n=18, status="completed", ev="Begrensningen gjelder fra 1. juli 2022",
         narrative="<p>Forskriftsendringen ble fastsatt i mars. Begrensningen gjelder fra 1. juli 2022, slik at det "
                   "på papirresept og muntlig resept kan forskrives inntil tre døgns vanlig terapeutisk dose av "
                   "A- og B-preparater.</p>"),
    dict(n=19, status="not_started", ev="har ikke latt seg gjennomføre",
         narrative="<p>Helse- og omsorgstjenesteloven og folkehelseloven har i 2022 vært gjennomgått på andre "
                   "områder, blant annet om kommunenes beredskapsansvar.</p>"
                   "<p>En vurdering av om forebygging av selvskading og selvmord bør tydeliggjøres i lovverket, har "
                   "ikke latt seg gjennomføre i 2022 på grunn av andre lovarbeider med høyere prioritet.</p>",
         note="The other legal work is unrelated; the measure's own assessment was not begun."),
    dict(n=20, status="planned", ev="Utredningen starter i februar 2023",
         narrative="<p>Vi fikk i desember 2022 i oppdrag å utrede kunnskapsgrunnlaget for livskrisetilbud. "
                   "Utredningen starter i februar 2023 og skal se hen til erfaringene fra Danmark og Skottland.</p>"),
    dict(n=21, status="in_progress", ev="Revisjonen av veiledningsmateriellet er inne i sluttfasen",
         narrative="<p>Kommunene etterspør mer konkrete verktøy for oppfølging etter selvskading. Revisjonen av "
                   "veiledningsmateriellet er inne i sluttfasen, og et nytt kapittel om skolehelsetjenesten er "
                   "skrevet. Materiellet publiseres på helsedirektoratet.no i mars 2023.</p>"),
    dict(n=22, status="in_progress", ev="Implementeringen i kommunene har likevel i liten grad kommet i gang",
         narrative="<p>Den elektroniske veiledningen for kommunale handlingsplaner ble lansert i 2021. Det er laget en "
                   "mal for delplan og et sett med eksempler fra kommuner som allerede har en plan.</p>"
                   "<p>Implementeringen i kommunene har likevel i liten grad kommet i gang: bare 14 kommuner har "
                   "tatt i bruk veiledningen så langt. Neste steg er å tilby opplæring gjennom RVTSene.</p>",
         note="The tool exists and a few municipalities use it; the measure asks for support of implementation, "
              "which has barely begun (begun, so not not_started)."),
    dict(n=23, status="in_progress", ev="Utbredelsen av tilbudet fortsetter å øke",
         narrative="<p>Rask psykisk helsehjelp finnes nå i 71 kommuner, mot 62 ved forrige statusrapport. "
                   "Utbredelsen av tilbudet fortsetter å øke, og seks nye kommuner har søkt om oppstart i 2023.</p>"
                   "<p>Tilskuddsmidlene inngår i en samlet ramme for kommunale lavterskeltilbud på 1,2 milliarder "
                   "kroner i 2022.</p>",
         funding=[(1200000000, 2022, "Tilskuddsmidlene inngår i en samlet ramme for kommunale lavterskeltilbud på 1,2 milliarder kroner i 2022")],
         note="Spreading is an ongoing effort; more municipalities are still joining."),
    # Mål 4
    dict(n=24, status="in_progress", ev="Utrullingen til kommunene har vært i gang siden januar 2022",
         narrative="<p>Digital helsestasjon gjør det mulig å bestille time, stille spørsmål og få informasjon via "
                   "helsenorge.no. Utrullingen til kommunene har vært i gang siden januar 2022, og 96 kommuner er "
                   "koblet på. Målet er at alle kommuner skal være med innen utgangen av 2024.</p>"),
    dict(n=25, status="planned", ev="er foreløpig på planleggingsstadiet",
         narrative="<p>Mange kommuner tilbyr allerede forebyggende hjemmebesøk, men innholdet varierer mye.</p>"
                   "<p>Arbeidet med å stimulere flere kommuner til å ta opp depresjon og rus i hjemmebesøkene er "
                   "foreløpig på planleggingsstadiet. Vi vil i 2023 utarbeide et opplegg i samarbeid med KS.</p>"),
    dict(n=26, status="in_progress", ev="Arbeidet ble påbegynt, men",
         narrative="<p>Arbeidet ble påbegynt, men måtte settes på pause i 2022 fordi fastlegene var hardt presset "
                   "under pandemien. Et utkast til et kartleggingsverktøy for alkoholbruk i fastlegepraksis er "
                   "skrevet, og arbeidet tas opp igjen i 2023.</p>",
         note="Work has begun (a draft exists); a pause is not 'not started'."),
    dict(n=27, status="completed", ev="er nå tilgjengelig for alle innbyggere på helsenorge.no",
         narrative="<p>Et utvalg digitale mestringsverktøy for angst, depresjon og søvnvansker er nå tilgjengelig for "
                   "alle innbyggere på helsenorge.no. Verktøyene er kvalitetssikret av et faglig råd, og "
                   "<a href=\"https://www.helsenorge.no/psykisk-helse/digitale-verktoy/\">oversikten</a> oppdateres "
                   "fortløpende.</p>"
                   "<p>Vi har i 2022 brukt 3 millioner kroner på utvikling og kvalitetssikring.</p>",
         funding=[(3000000, 2022, "Vi har i 2022 brukt 3 millioner kroner")],
         urls=["https://www.helsenorge.no/psykisk-helse/digitale-verktoy/"]),
    dict(n=28, status="in_progress", ev="Utkastet til revidert retningslinje ble sendt på høring i november 2022",
         narrative="<p>Den nasjonale retningslinjen fra 2008 er på mange punkter utdatert. Utkastet til revidert "
                   "retningslinje ble sendt på høring i november 2022, med frist i februar 2023.</p>"
                   "<p>Når retningslinjen er vedtatt, skal implementeringen i psykisk helsevern og TSB støttes med "
                   "e-læring og regionale samlinger.</p>",
         note="A draft on consultation: revision under way, not finished."),
    dict(n=29, status="in_progress", ev="Arbeidet med å ta i bruk funnene er i full gang",
         narrative="<p>De psykologiske autopsistudiene fra NSSF gir ny kunnskap om omstendighetene rundt selvmord. "
                   "Arbeidet med å ta i bruk funnene er i full gang i Helse Vest og Helse Sør-Øst, der "
                   "læringsnettverk har gjennomgått sju saker.</p>"),
    dict(n=30, status="not_started", ev="Direktoratet har ikke satt i gang egne aktiviteter under tiltaket",
         narrative="<p>Behandling for alkoholavhengighet på riktig nivå vil bli sett i sammenheng med "
                   "opptrappingsplanen for psykisk helse, som er under utarbeidelse i departementet. Direktoratet "
                   "har ikke satt i gang egne aktiviteter under tiltaket.</p>",
         note="The escalation plan is another actor's work; 'har ikke satt i gang egne aktiviteter' is an explicit "
              "not-begun statement, which wins (README). Labelled planned in the blind measurement; corrected afterwards "
              "by the README definition."),
    dict(n=31, status="in_progress", ev="Brukerstyrt seng er i hovedsak på plass",
         narrative="<p>Brukerstyrt seng er i hovedsak på plass i TSB i alle fire regioner; tre helseforetak mangler "
                   "fortsatt tilbudet.</p>"
                   "<p>Tettere oppfølging før og etter utskriving er tema i pakkeforløpet for rus og psykisk helse, men "
                   "vi har ennå ikke data som viser om oppfølgingen faktisk er blitt tettere.</p>",
         note="'I hovedsak på plass' is graded (mostly): partly done is in progress."),
    dict(n=32, status="completed", ev="leverte sin vurdering i juni 2022",
         narrative="<p>De regionale helseforetakene leverte sin vurdering i juni 2022. De anbefaler sensorteknologi som "
                   "et supplement i skjermede enheter, men ikke som erstatning for personlig tilsyn.</p>"),
    dict(n=33, status="in_progress", ev="Opplæringen i somatiske enheter er kommet i gang i Helse Vest og Helse Nord",
         narrative="<p>Samarbeid mellom somatikk og psykisk helsevern har lenge vært et svakt punkt. Helse Midt-Norge "
                   "etablerte i 2021 en ambulant konsultasjonstjeneste for alle sykehusene i regionen, uavhengig av "
                   "handlingsplanen.</p>"
                   "<p>Opplæringen i somatiske enheter er kommet i gang i Helse Vest og Helse Nord, med e-læring og "
                   "ferdighetstrening for akuttmottak.</p>"
                   "<p>Helse Sør-Øst starter tilsvarende opplæring i 2023.</p>",
         ministries=[],
         note="No ministry line in the document (a warning is expected)."),
    dict(n=34, status="not_started", ev="Ingen konkrete aktiviteter er satt i gang under dette tiltaket",
         narrative="<p>Ingen konkrete aktiviteter er satt i gang under dette tiltaket. Vi vil se tiltaket i "
                   "sammenheng med revisjonen av retningslinjen (tiltak 28).</p>",
         note="The cross-reference to measure 28 must not start a measure."),
    dict(n=35, status="completed", ev="ble tatt inn i pakkeforløpene",
         narrative="<p>Kravet om at pasienter som skrives ut etter selvmordsforsøk skal få tilbud om kriseplan og "
                   "oppfølging, ble tatt inn i pakkeforløpene ved siste revisjon i april 2022.</p>"),
    dict(n=36, status="in_progress", ev="forbedringsarbeidet har så vidt begynt",
         narrative="<p>Gjennomgangen av den akuttmedisinske kjeden ble avsluttet i mai, og rapporten peker på "
                   "svakheter i samhandlingen mellom legevakt, AMK og ambulante akutteam.</p>"
                   "<p>Selve forbedringsarbeidet har så vidt begynt. Vi har nedsatt en referansegruppe og valgt ut to "
                   "helseforetaksområder for utprøving av nye rutiner.</p>",
         note="The review is a finished sub-step; improving the chain (the rest of the measure) has started."),
    dict(n=37, status="in_progress", ev="Videreutviklingen av beslutningsstøtten er inne i andre pilotrunde",
         narrative="<p>Norsk indeks for medisinsk nødhjelp har fått en egen del om selvmordsfare. Videreutviklingen av "
                   "beslutningsstøtten er inne i andre pilotrunde ved fire AMK-sentraler; legevaktsentralene følger i "
                   "2023. Opplæringen er omtalt under tiltak 38.</p>"),
    dict(n=38, status="completed", ev="Kurset har vært tilgjengelig siden mars 2022",
         narrative="<p>Kurset har vært tilgjengelig siden mars 2022 på "
                   "<a href=\"https://kompetansebroen.no/kurs/selvmordsfare-amk\">Kompetansebroen</a>, og over 600 "
                   "operatører har gjennomført det. Kurset dekker beslutningsstøtte og kommunikasjon i samtaler med "
                   "personer i selvmordsfare.</p>",
         urls=["https://kompetansebroen.no/kurs/selvmordsfare-amk"]),
    dict(n=39, status="planned", ev="oppstart er berammet til høsten 2023",
         narrative="<p>Barn som pårørende har egne rettigheter etter helsepersonelloven, og mange helseforetak har "
                   "barneansvarlig personell. Vi har i 2022 gjort en kartlegging av hvordan disse følger opp barn etter "
                   "alvorlig selvskading i familien.</p>"
                   "<p>Et kompetanseprogram er under planlegging, og oppstart er berammet til høsten 2023. Det er satt "
                   "av 750 000 kroner til programmet i 2023.</p>",
         funding=[(750000, 2023, "Det er satt av 750 000 kroner til programmet i 2023")],
         note="The survey is preparation; the programme itself has not started."),
    dict(n=40, status="in_progress", ev="et opplæringsprogram for pårørende prøves ut i tre kommuner",
         narrative="<ul><li>Pårørendealliansen har fått tilskudd til likepersonsarbeid</li>"
                   "<li>et opplæringsprogram for pårørende prøves ut i tre kommuner</li>"
                   "<li>evaluering av utprøvingen er planlagt i 2024</li></ul>"),
    dict(n=41, status="completed", ev="ble lagt inn i veilederen i oktober 2022",
         narrative="<p>Vurderingen konkluderte med at pårørendeveilederen trengte egen omtale av selvmord. Et nytt "
                   "avsnitt om pårørende til personer i selvmordsfare ble lagt inn i veilederen i oktober 2022.</p>"),
    dict(n=42, status="in_progress", ev="Revisjonen av veilederen er godt i gang",
         narrative="<p>Kriminalomsorgsdirektoratet har i 2022 innført nye rutiner for innkomstsamtaler i fengslene. "
                   "Disse er et viktig grunnlag, men ikke en del av tiltaket.</p>"
                   "<p>Revisjonen av veilederen er godt i gang. En arbeidsgruppe med representanter fra "
                   "fengselshelsetjenesten og kriminalomsorgen har skrevet fire av sju kapitler.</p>",
         note="The prison service's routines are another actor's activity."),
    dict(n=43, status="not_started", ev="vurderingen er derfor ikke begynt",
         narrative="<p>Sensorene er bare tatt i bruk i to fengsler, og det er ennå ikke høstet nok erfaring til å "
                   "vurdere en utvidelse; vurderingen er derfor ikke begynt.</p>",
         note="The measure is conditional on experience; the assessment has not begun."),
    # Mål 5
    dict(n=44, status="in_progress", ev="har kommet et godt stykke på vei",
         narrative="<p>Tiltak for etterlatte har tradisjonelt vært organisert av frivillige, særlig LEVE.</p>"
                   "<p>Arbeidet med å gjøre oppfølging av etterlatte til en del av tjenestenes faste arbeid har kommet "
                   "et godt stykke på vei. 180 kommuner har nå et etterlattetilbud, og RVTSene gir veiledning til "
                   "kriseteam. Ivaretakelse av barn som etterlatte skal styrkes i 2023.</p>",
         note="The first paragraph begins with 'Tiltak for' and is not a heading."),
    dict(n=45, status="completed", ev="Gjennomgangen ble avsluttet i juni 2022",
         narrative="<p>Gjennomgangen ble avsluttet i juni 2022. Den konkluderte med at veilederen bør oppdateres og at "
                   "et standardisert oppfølgingsløp for etterlatte bør utformes.</p>"
                   "<p>Oppdateringen av veilederen er nå satt i gang som et eget prosjekt og rapporteres neste år.</p>",
         ministries=["HOD", "AID", "BFD"],
         note="The measure is the review and the assessment of needs; the update is a follow-up."),
    # Mål 6
    dict(n=46, status="planned", ev="Spørsmålet skal utredes i 2023",
         narrative="<p>Departementene har drøftet hvordan utvidet obduksjonsplikt kan påvirke kapasiteten ved "
                   "rettsmedisinske institutter. Spørsmålet skal utredes i 2023 av en partssammensatt "
                   "arbeidsgruppe.</p>"),
    dict(n=47, status="not_started", ev="Det har ikke vært gjort noe arbeid med dette tiltaket i 2022",
         narrative="<p>Det har ikke vært gjort noe arbeid med dette tiltaket i 2022. Spørsmålet henger sammen med "
                   "tiltak 46 og tas opp når den utredningen foreligger.</p>"),
    dict(n=48, status="planned", ev="står på direktoratets arbeidsplan for 2023",
         narrative="<p>Vurderingen av en ekspertgruppe, en coroner-ordning og faste mortalitetskomiteer står på "
                   "direktoratets arbeidsplan for 2023. Vi har innhentet erfaringer fra England og Australia.</p>"),
    dict(n=49, status="in_progress", ev="Den nye rutinen prøves nå ut",
         narrative="<p>Dødsårsaksregisteret har lenge manglet obduksjonsrapporter i om lag en tredel av sakene. Sammen "
                   "med de rettsmedisinske instituttene har FHI laget en rutine for elektronisk oversending. Den nye "
                   "rutinen prøves nå ut ved instituttet i Oslo.</p>"),
    dict(n=50, status="not_started", ev="har vi ikke påbegynt arbeidet",
         narrative="<p>Selv om det i 2022 er satt av 2 millioner kroner til et register for selvskading og "
                   "selvmordsforsøk, har vi ikke påbegynt arbeidet. Det skyldes at avklaringer om personvern og "
                   "hjemmel må på plass først.</p>",
         funding=[(2000000, 2022, "det i 2022 er satt av 2 millioner kroner")],
         note="Explicitly not begun despite allocated money."),
    dict(n=51, status="completed", ev="Samarbeidsavtalen ble undertegnet i februar 2022",
         narrative="<p>Samarbeidsavtalen ble undertegnet i februar 2022. Den fordeler ansvaret mellom NSSF og FHI for "
                   "forskning, statistikk og formidling, og følges opp i et årlig kontaktmøte.</p>"),
    dict(n=52, status="in_progress", ev="arbeidet med den andre fortsetter",
         narrative="<p>Vurderingen av publisert forskning er delt i to. Den første delrapporten, om selvmord blant "
                   "unge, ble levert i juni, mens arbeidet med den andre fortsetter. Den skal dekke eldre, menn i "
                   "arbeidslivet og innvandrere.</p>",
         note="The first sub-report is a finished sub-step."),
    dict(n=53, status="not_started", ev="har ikke hatt ressurser til å ta fatt på dette tiltaket",
         narrative="<p>FHI publiserte kunnskapsoppsummeringene om selvmord blant menn og blant eldre i 2021.</p>"
                   "<p>Direktoratet har ikke hatt ressurser til å ta fatt på dette tiltaket i 2022, og oppfølgingen "
                   "vurderes på nytt i 2023.</p>",
         note="The summaries are FHI's earlier deliverable; following them up has not begun."),
    dict(n=54, status="completed", ev="Rapporten fra FoU-oppdraget ble lagt fram i august 2022",
         narrative="<p>Rapporten fra FoU-oppdraget ble lagt fram i august 2022 og er sluttevaluert av "
                   "Kunnskapsdepartementet. Den viser at kunnskapen om selvmord blant innvandrere fortsatt er "
                   "begrenset.</p>"),
    dict(n=55, status="in_progress", ev="analysene gjøres nå av SSB",
         narrative="<p>Datainnsamlingen til levekårsundersøkelsen på lhbtiq-feltet ble avsluttet i mai; analysene gjøres "
                   "nå av SSB, og rapporten ventes i 2023.</p>",
         note="Data collection is a finished sub-step."),
    dict(n=56, status="in_progress", ev="tas i bruk i stadig flere kommuner",
         narrative="<p>Kompetansepakken om selvskading og selvmordsfare, utviklet av RVTSene, tas i bruk i stadig flere "
                   "kommuner. Vi har i 2022 gitt tilskudd til regionale kurs, og 140 kommuner har deltatt.</p>"),
    dict(n=57, status="planned", ev="skal igangsettes i 2023",
         narrative="<p>De regionale helseforetakene har i 2022 laget en felles plan for opplæring i selvmordsforebygging "
                   "for TSB og psykisk helsevern. Opplæringen skal igangsettes i 2023.</p>",
         note="A plan is preparation; training has not started."),
    dict(n=58, status="completed", ev="er nå opprettet i alle fire helseregioner",
         narrative="<p>Selvmordsforebyggende kompetansenettverk er nå opprettet i alle fire helseregioner, med "
                   "RVTSene som koordinatorer. En "
                   "<a href=\"https://www.rvts.no/nettverk/selvmordsforebygging\">oversikt over nettverkene</a> "
                   "ligger hos RVTS.</p>",
         urls=["https://www.rvts.no/nettverk/selvmordsforebygging"]),
    dict(n=59, status="completed", ev="Videreføringen av Vivat er sikret gjennom en fast bevilgning",
         narrative="<p>Vivat har i 2022 holdt kurs i 84 kommuner. Videreføringen av Vivat er sikret gjennom en fast "
                   "bevilgning, og tilskuddet ble økt til 5,8 mill. kroner i 2022.</p>",
         funding=[(5800000, 2022, "tilskuddet ble økt til 5,8 mill. kroner i 2022")]),
    dict(n=60, status="completed", ev="Tilskuddsordningen ble styrket med 10 mill. kroner i 2022",
         narrative="<p>Tilskuddsordningen ble styrket med 10 mill. kroner i 2022, og 41 organisasjoner fikk tilskudd. "
                   "Søknadsbehandlingen for 2023 er i gang.</p>",
         funding=[(10000000, 2022, "Tilskuddsordningen ble styrket med 10 mill. kroner i 2022")]),
    dict(n=61, status="in_progress", ev="den lulesamiske versjonen er under oversettelse",
         narrative="<p>Sametinget og SANKS har bidratt med kulturell tilpasning. Opplæringsmateriellet er ferdig på "
                   "nord- og sørsamisk, mens den lulesamiske versjonen er under oversettelse. Implementering i samiske "
                   "kommuner starter når alle tre versjonene foreligger.</p>",
         note="Two of three languages done is a finished sub-step."),
]

CSS = """
@page {
  size: A4;
  margin: 20mm 20mm 20mm 20mm;
  @bottom-left { content: "Helsedirektoratet | Statusrapport 2022 | side " counter(page); font-family: "Noto Sans"; font-size: 8pt; color: #444; }
}
body { font-family: "Noto Sans", sans-serif; font-size: 10pt; line-height: 1.35; }
p, li { text-align: left; }
p { margin: 0 0 5pt 0; }
h1 { font-size: 19pt; margin: 0 0 6pt 0; line-height: 1.2; }
p.sub { font-size: 12pt; margin: 0 0 12pt 0; color: #333; }
h2 { font-size: 15pt; margin: 18pt 0 6pt 0; line-height: 1.25; }
h3 { font-size: 11pt; font-weight: bold; margin: 12pt 0 3pt 0; }
div.c { border: 1px solid #999; background: #eeeeee; padding: 4pt 6pt; margin: 0 0 5pt 0; break-inside: avoid; }
h2, h3 { break-after: avoid; }
ul { margin: 2pt 0 5pt 0; }
p.dep { margin: 2pt 0 5pt 0; }
"""


def ministry_line(codes):
    if len(codes) == 1:
        return "Ansvarlig departement: " + codes[0]
    return "Ansvarlig departement: " + ", ".join(codes[:-1]) + " og " + codes[-1]


def build():
    body = [
        "<h1>Statusrapport 2022 – Handlingsplan for forebygging av selvmord 2020–2025</h1>\n",
        '<p class="sub">Ingen å miste · Helsedirektoratet · status per 31. desember 2022</p>\n',
        "<p>Helsedirektoratet koordinerer oppfølgingen av handlingsplanen og rapporterer årlig til Helse- og "
        "omsorgsdepartementet. Handlingsplanen har 61 tiltak fordelt på seks mål. Denne statusrapporten beskriver "
        "arbeidet i kalenderåret 2022, slik vi kjenner det per 31. desember 2022, og bygger på innspill fra "
        "departementene, direktoratene og de regionale helseforetakene. <a href=\"" + PLAN_URL + "\">Planen</a> finnes "
        "på regjeringen.no.</p>\n",
    ]
    goal, measures = None, []
    for m in M:
        n = m["n"]
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>Mål {g}: {esc(GOALS[g])}</h2>\n")
        body.append(f"<h3>Tiltak {n}</h3>\n")
        body.append(f'<div class="c">{esc(MEASURES[n]["commitment"])}</div>\n')
        codes = m.get("ministries", MEASURES[n]["ministries"])
        line = f'<p class="dep">{ministry_line(codes)}</p>\n' if codes else ""
        before = n % 3 == 0
        if before:
            body.append(line)
        body.append(m["narrative"] + "\n")
        if not before:
            body.append(line)
        measures.append(measure_json(m, g))
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Statusrapport 2022 – Ingen å miste</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Statusrapport 2022 – Handlingsplan for forebygging av selvmord 2020–2025",
            "plan_period": "2020-2025",
            "report_period": "2022",
            "as_of": "2022-12-31",
            "measure_count_stated": 61,
            "goal_count": 6,
        },
        "goals": [{"number": n, "title": t} for n, t in GOALS.items()],
        "measures": measures,
        "warnings_expected": ["missing ministries for measure 33"],
        "urls_not_in_any_measure": [PLAN_URL],
        "notes": "Written blind (without reading the parser's status rules), as a directorate's calendar-year status "
                 "report. Traps: other actors' unrelated activity before the measure's own status (1, 5, 6, 8, 19, "
                 "30, 33, 42, 53), finished sub-steps of unfinished measures (9, 13, 17, 36, 52, 55, 61), delivered "
                 "deliverables followed by a follow-up (11, 16, 45), graded statements ('langt på vei' 4, 'i hovedsak "
                 "på plass' 31, 'i liten grad kommet i gang' 22, 'delvis gjennomført' 9), a paused measure (26), "
                 "cross-references (34 'tiltak 28', 37 'tiltak 38', 47 'tiltak 46'), paragraphs beginning 'Tiltak 12 "
                 "i planen' (13) and 'Tiltak for etterlatte' (44), bullet-only narratives (15, 40), 'ikke påbegynt' "
                 "with money (50). The ministry line sits before the narrative in every third measure; 33 has none; "
                 "3 and 45 use AID. The intro links the plan itself (belongs to no measure).",
    }
    write(NAME, html_text, expected)
    counts = {}
    for m in M:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
    print(len(M), "measures:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    build()

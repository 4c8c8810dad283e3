"""arsrapport-2021-2022: the second-year report of the plan, all 61 measures, new narratives.

Layout family of the corpus report (title, intro, "Mål N – …", "Tiltak N" + commitment, narrative,
"Ansvarlig departement: …"), but Liberation Sans, a running header and "Side N av M" footer in
@page margin boxes.
"""
from lib import (SIDE_N_AV_M, annual_expected, dash_goal_heading, esc, html_document, page_css, render_measures,
                 run_in_heading, write)

NAME = "arsrapport-2021-2022"

# prev = status in arsrapport-2020-2021 (for the README's change list; not part of the JSON)
M = [
    dict(n=1, prev="completed", status="completed", ev="Ressurskartet ble publisert i 2021",
         narrative="<p>Ressurskartet ble publisert i 2021 og er i 2022 oppdatert med nye aktører og lenker. "
                   "Kartet ligger som eget tema på <a href=\"https://www.helsedirektoratet.no/tema/selvmord-og-selvskading\">"
                   "Helsedirektoratets sider om selvmord og selvskading</a>, og det brukes i kommunenes planarbeid.</p>",
         urls=["https://www.helsedirektoratet.no/tema/selvmord-og-selvskading"]),
    dict(n=2, prev="planned", status="in_progress", ev="startet piloten i to fylker",
         narrative="<p>Folkehelseinstituttet har i samarbeid med LEVE – Landsforeningen for etterlatte etter selvmord "
                   "startet piloten i to fylker, Vestfold og Troms. Gjennomgangen av de første dødsfallene pågår, og "
                   "anbefalinger for kartlegging på nasjonalt nivå skal foreligge i 2024.</p>"
                   "<p>Det er i 2022 bevilget 2,5 millioner kroner over statsbudsjettet til tiltaket.</p>",
         funding=[(2500000, 2022, "Det er i 2022 bevilget 2,5 millioner kroner")]),
    dict(n=3, prev="completed", status="completed", ev="Forumet har hatt tre møter siden oppstarten",
         narrative="<p>Forumet har hatt tre møter siden oppstarten og følger med på hvordan planen gjennomføres. "
                   "Direktoratssamarbeidet møtes hvert kvartal og har blant annet drøftet felles kunnskapsgrunnlag "
                   "og kommunikasjon om selvmord.</p>"),
    dict(n=4, prev="in_progress", status="in_progress",
         ev="Den første regionale kampanjen, «Snakk om det», gikk i Agder og Rogaland våren 2022",
         narrative="<p>Den første regionale kampanjen, «Snakk om det», gikk i Agder og Rogaland våren 2022. "
                   "Kampanjesiden på helsenorge.no er publisert, og neste etappe forberedes for Vestland og "
                   "Møre og Romsdal. I 2022 er det satt av 10 millioner kroner til kampanjearbeidet.</p>",
         funding=[(10000000, 2022, "I 2022 er det satt av 10 millioner kroner")],
         note="The measure asks for regional campaigns through the plan period; one has run and the next is being prepared."),
    dict(n=5, prev="planned", status="in_progress", ev="analysene pågår",
         narrative="<p>Folkehelseinstituttet har satt i gang en studie av hvordan redaktørstyrte medier i Norge omtaler "
                   "selvmord, basert på artikler publisert fra 2015 til 2021. Datainnsamlingen er avsluttet, og "
                   "analysene pågår.</p>"),
    dict(n=6, prev="in_progress", status="in_progress", ev="Medietilsynet arbeider med handlingsplanen",
         narrative="<p>Medietilsynet arbeider med handlingsplanen som skal følge opp "
                   "<a href=\"https://www.regjeringen.no/contentassets/668a08806f0244a49ea985c8eb18d075/no/pdfs/rett-pa-nett.pdf\">"
                   "strategien for trygg digital oppvekst</a>. Et samarbeidsforum med deltakere fra næringslivet, "
                   "frivillige organisasjoner og offentlige etater har hatt to møter.</p>",
         urls=["https://www.regjeringen.no/contentassets/668a08806f0244a49ea985c8eb18d075/no/pdfs/rett-pa-nett.pdf"]),
    dict(n=7, prev="in_progress", status="in_progress",
         ev="Gjennomgangen av innholdet om psykisk helse på ung.no fortsetter",
         narrative="<p>Gjennomgangen av innholdet om psykisk helse på ung.no fortsetter, og nye artikler om å dele "
                   "vanskelige tanker på nett er publisert. På et kurs for ungdomsråd om trygg nettbruk fikk deltakerne "
                   "se hvordan skadelig kode kan skjule seg i innlegg som ser uskyldige ut, for eksempel teksten "
                   "«" + esc("<script>alert(1)</script>") + "» eller «" + esc("<img src=x onerror=alert(2)>") + "». "
                   "Kursmateriellet skal tilpasses for bruk i skolen.</p>"),
    dict(n=8, prev="in_progress", status="in_progress", ev="har startet arbeidet med en ny veiledningsside for foreldre",
         narrative="<p>Handlingsplanen som følger opp strategien for trygg digital oppvekst, er ikke ferdig. "
                   "Medietilsynet har startet arbeidet med en ny veiledningsside for foreldre, som skal lanseres i 2023.</p>"),
    dict(n=9, prev="in_progress", status="in_progress", ev="Den nasjonale nettsiden er under utvikling",
         narrative="<p>RVTSene har utviklet et felles kursopplegg om selvskadings- og selvmordsinnhold på nett, og de "
                   "første kursene ble holdt for helsesykepleiere våren 2022. Den nasjonale nettsiden er under utvikling.</p>"),
    dict(n=10, prev="in_progress", status="in_progress", ev="Arbeidet med å gjøre ressursen kjent fortsetter",
         narrative="<p>Utdanningsdirektoratet har omtalt ressursen i nyhetsbrev til alle skoleeiere og i webinarer om "
                   "folkehelse og livsmestring. Ressursen finnes på "
                   "www.udir.no/kvalitet-og-kompetanse/sikkerhet-og-beredskap/skolens-selvmordsforebyggende-arbeid/. "
                   "Arbeidet med å gjøre ressursen kjent fortsetter.</p>",
         urls=["http://www.udir.no/kvalitet-og-kompetanse/sikkerhet-og-beredskap/skolens-selvmordsforebyggende-arbeid/"]),
    dict(n=11, prev="in_progress", status="completed",
         ev="Veilederen om taushetsplikt, opplysningsrett og opplysningsplikt ble publisert",
         narrative="<p>Veilederen om taushetsplikt, opplysningsrett og opplysningsplikt ble publisert av Justis- og "
                   "beredskapsdepartementet i februar 2022. Den har et eget kapittel om situasjoner der det er fare for "
                   "selvmord. Se <a href=\"https://www.regjeringen.no/no/dokumenter/veileder-om-taushetsplikt-opplysningsrett-og-opplysningsplikt/id2893227/\">"
                   "veilederen på regjeringen.no</a>.</p>",
         urls=["https://www.regjeringen.no/no/dokumenter/veileder-om-taushetsplikt-opplysningsrett-og-opplysningsplikt/id2893227/"]),
    dict(n=12, prev="planned", status="in_progress", ev="Helsedirektoratet utvikler en felles digital opplæringsmodul",
         narrative="<p>Helsedirektoratet utvikler en felles digital opplæringsmodul for frivillige og ansatte ved "
                   "hjelpetelefonene, i samarbeid med POFU, Kirkens SOS og Mental Helse. En testversjon prøves ut høsten "
                   "2022. I 2022 er det bevilget 8 millioner kroner til videreutvikling av modulen.</p>",
         funding=[(8000000, 2022, "I 2022 er det bevilget 8 millioner kroner")]),
    dict(n=13, prev="planned", status="planned", ev="vil i løpet av 2023 vurdere",
         narrative="<p>Helsedirektoratet har laget en oversikt over dagens hjelpetelefoner og vil i løpet av 2023 vurdere "
                   "om de kan samles under ett nummer. Spørsmålet om nødknapp inngår i vurderingen.</p>",
         note="An overview of the helplines exists, but the assessment the measure asks for is still ahead, so planned; in_progress is the alternative."),
    dict(n=14, prev="planned", status="in_progress", ev="Faggruppen arbeider med forslag til kriterier",
         narrative="<p>Statens vegvesen har nedsatt en tverrfaglig faggruppe med kompetanse på selvmordsforskning, "
                   "ulykkesanalyse og politiets etterforskning. Faggruppen arbeider med forslag til kriterier og har hatt "
                   "fire møter.</p>"),
    dict(n=15, prev="in_progress", status="in_progress", ev="har kartlagt strekninger med gjentatte hendelser",
         narrative="<p>Bane NOR har kartlagt strekninger med gjentatte hendelser og satt opp gjerder og kameraovervåking "
                   "på flere av dem. Oversikten oppdateres løpende, og tiltak vurderes ved hver ny hendelse.</p>"),
    dict(n=16, prev="completed", status="completed", ev="Kartleggingen av høybruer ble avsluttet i 2021",
         narrative="<p>Kartleggingen av høybruer ble avsluttet i 2021. Statens vegvesen vurderer forhøyet rekkverk når "
                   "de mest utsatte bruene skal bygges om.</p>",
         note="Mapping and assessment of measures are what the measure asks for; building the railings is not part of it."),
    dict(n=17, prev="completed", status="completed", ev="Alkoholstrategien ble lagt fram i 2021",
         narrative="<p>Alkoholstrategien ble lagt fram i 2021, og oppfølgingen av strategiens tiltak er i gang. Les "
                   "<a href=\"https://www.regjeringen.no/contentassets/7517d7f5a9d34a9ba5954a21a8317803/alkoholstrategien-til-nett.pdf\">"
                   "Nasjonal alkoholstrategi 2021–2025</a>.</p>",
         urls=["https://www.regjeringen.no/contentassets/7517d7f5a9d34a9ba5954a21a8317803/alkoholstrategien-til-nett.pdf"]),
    dict(n=18, prev="in_progress", status="completed", ev="trådte i kraft 1. mars 2022",
         narrative="<p>Endringen i forskrift om rekvirering og utlevering av legemidler ble fastsatt i desember 2021 og "
                   "trådte i kraft 1. mars 2022. Papirresepter og muntlige resepter på A/B-legemidler er nå begrenset til "
                   "tre døgns vanlig terapeutisk dose.</p>"),
    dict(n=19, prev="not_started", status="planned", ev="Departementet har startet planleggingen av en utredning",
         narrative="<p>Departementet har startet planleggingen av en utredning om hvordan ansvaret kan tydeliggjøres. "
                   "Utredningen vil bli sett i sammenheng med den varslede gjennomgangen av folkehelseloven.</p>"),
    dict(n=20, prev="not_started", status="planned", ev="Oppstart er planlagt i første kvartal 2023",
         narrative="<p>Tiltaket er gitt Helsedirektoratet som oppdrag i tildelingsbrevet for 2022. Oppstart er planlagt i "
                   "første kvartal 2023.</p>"),
    dict(n=21, prev="planned", status="planned", ev="vil revidere det veiledende materiellet",
         narrative="<p>Helsedirektoratet vil revidere det veiledende materiellet når den nye retningslinjen for psykisk "
                   "helsevern og tverrfaglig spesialisert rusbehandling er ferdig. Innspill til revisjonen samles inn "
                   "fortløpende.</p>"),
    dict(n=22, prev="in_progress", status="in_progress", ev="gir fortsatt råd til kommuner som lager planer",
         narrative="<p>Nettsiden Kommunal handlingsplanmal selvmord brukes nå av over 120 kommuner. RVTSene har holdt "
                   "webinarer om malen og gir fortsatt råd til kommuner som lager planer.</p>"),
    dict(n=23, prev="in_progress", status="in_progress", ev="Omleggingen av tilskuddsordningen fortsetter i 2023",
         narrative="<p>Fire nye kull har startet på videreutdanningen i Rask psykisk helsehjelp, og 14 kommuner har "
                   "etablert nye RPH-team i perioden. Omleggingen av tilskuddsordningen fortsetter i 2023.</p>"),
    dict(n=24, prev="planned", status="in_progress", ev="som nå prøves ut i 18 kommuner",
         narrative="<p>Helsedirektoratet har utviklet en chattetjeneste for helsestasjons- og skolehelsetjenesten, som nå "
                   "prøves ut i 18 kommuner. Erfaringene fra utprøvingen skal brukes før tjenesten tilbys alle kommuner.</p>"),
    dict(n=25, prev="completed", status="completed", ev="Tiltaket regnes som gjennomført",
         narrative="<p>Brevet om forebyggende hjemmebesøk er fulgt opp med et webinar for kommunene i mars 2022. "
                   "Tiltaket regnes som gjennomført.</p>",
         note="Stimulating municipalities is open-ended, but the report itself calls the measure carried out."),
    dict(n=26, prev="planned", status="planned", ev="vil i 2023 vurdere hvilke verktøy fastlegene trenger",
         narrative="<p>Helsedirektoratet vil i 2023 vurdere hvilke verktøy fastlegene trenger, som en del av oppfølgingen "
                   "av alkoholstrategien.</p>"),
    dict(n=27, prev="in_progress", status="in_progress",
         ev="Piloten for Mestringsverktøy psykisk helse er utvidet fra 13 til 40 kommuner",
         narrative="<p>Piloten for Mestringsverktøy psykisk helse er utvidet fra 13 til 40 kommuner, og en evaluering "
                   "pågår. I 2022 er det bevilget 23 millioner kroner til digitale verktøy for mestring av psykiske plager.</p>",
         funding=[(23000000, 2022, "I 2022 er det bevilget 23 millioner kroner")]),
    dict(n=28, prev="in_progress", status="in_progress", ev="Helsedirektoratet går gjennom høringsinnspillene",
         narrative="<p>Utkastet til revidert retningslinje var på ekstern høring fra januar til april 2022. "
                   "Helsedirektoratet går gjennom høringsinnspillene, og den reviderte retningslinjen ventes publisert i 2023.</p>"),
    dict(n=29, prev="in_progress", status="in_progress", ev="viderefører arbeidet med å lære av alvorlige hendelser",
         narrative="<p>De regionale helseforetakene viderefører arbeidet med å lære av alvorlige hendelser. Helse Vest RHF "
                   "har i 2022 innført felles rutiner for gjennomgang av selvmord blant pasienter.</p>",
         note="A continuous measure; a new regional routine is reported, but no end point."),
    dict(n=30, prev="in_progress", status="in_progress", ev="Arbeidet med en faglig veileder for tidlig intervensjon pågår",
         narrative="<p>Helse Midt-Norge RHF har tatt i bruk digitale behandlingsopplegg for alkoholavhengighet etter "
                   "modell fra Helse Nord. Arbeidet med en faglig veileder for tidlig intervensjon pågår i Helse Sør-Øst.</p>"),
    dict(n=31, prev="in_progress", status="in_progress", ev="Helseforetakene arbeider med å forbedre rutinene",
         narrative="<p>Antallet brukerstyrte senger i tverrfaglig spesialisert rusbehandling er økt i alle regioner. "
                   "Helseforetakene arbeider med å forbedre rutinene for oppfølging etter utskriving.</p>"),
    dict(n=32, prev="planned", status="in_progress", ev="utprøvingen har pågått siden mars 2022",
         narrative="<p>Oslo universitetssykehus har installert sensorteknologi i to døgnenheter, og utprøvingen har pågått "
                   "siden mars 2022. Resultatene skal danne grunnlag for de regionale helseforetakenes vurdering.</p>"),
    dict(n=33, prev="planned", status="planned", ev="Tiltaket inngår i de regionale fagplanene",
         narrative="<p>Tiltaket inngår i de regionale fagplanene. Det er ikke rapportert om nye kompetansetiltak ved "
                   "somatiske enheter i perioden.</p>",
         note="Only inclusion in the regional plans is reported; 'ikke rapportert' is not an explicit statement that work has not begun, so planned rather than not_started."),
    dict(n=34, prev="in_progress", status="in_progress",
         ev="undervisning om selvmordsforebygging er startet ved medisinske avdelinger",
         narrative="<p>Flere helseforetak har innført screening for selvmordsrisiko ved somatiske akuttmottak, og "
                   "undervisning om selvmordsforebygging er startet ved medisinske avdelinger i Helse Nord.</p>"),
    dict(n=35, prev="in_progress", status="in_progress",
         ev="Arbeidet med felles rutiner for overganger pågår i alle regioner",
         narrative="<p>Helseforetakene rapporterer at flere pasienter får tilbud om kriseplan ved utskriving, men at "
                   "praksis varierer. Arbeidet med felles rutiner for overganger pågår i alle regioner.</p>"),
    dict(n=36, prev="planned", status="planned", ev="vil i 2023 starte arbeidet med et eget forløp",
         narrative="<p>Helsedirektoratet vil i 2023 starte arbeidet med et eget forløp for personer i selvmordsfare, som en "
                   "del av den strategiske planen for akuttområdet.</p>"),
    dict(n=37, prev="not_started", status="not_started", ev="har ennå ikke startet",
         narrative="<p>Arbeidet med beslutningsstøtteverktøy i AMK og legevaktsentraler har ennå ikke startet.</p>"),
    dict(n=38, prev="not_started", status="planned", ev="arbeidet er under planlegging",
         narrative="<p>Nasjonalt kompetansesenter for legevaktmedisin har fått i oppdrag å utvikle kurset, og arbeidet er "
                   "under planlegging.</p>"),
    dict(n=39, prev="in_progress", status="in_progress", ev="RVTSene har i 2022 holdt flere kurs om barn som pårørende",
         narrative="<p>RVTSene har i 2022 holdt flere kurs om barn som pårørende etter alvorlig selvskading. Kapittelet om "
                   "barn som pårørende i pårørendeveilederen vil bli gjennomgått ved neste revisjon.</p>"),
    dict(n=40, prev="in_progress", status="in_progress", ev="Pårørendeperspektivet er tatt inn i høringsutkastet",
         narrative="<p>Pårørendeperspektivet er tatt inn i høringsutkastet til den reviderte retningslinjen og i "
                   "kampanjearbeidet under tiltak 4.</p>"),
    dict(n=41, prev="planned", status="planned", ev="Behovet for egen omtale av selvmord vurderes",
         narrative="<p>Behovet for egen omtale av selvmord vurderes i forbindelse med neste revisjon av "
                   "pårørendeveilederen, som er planlagt i 2023.</p>"),
    dict(n=42, prev="in_progress", status="completed", ev="ble publisert i juni 2022",
         narrative="<p>Den reviderte veilederen for helse- og omsorgstjenester for innsatte i fengsler ble publisert i juni "
                   "2022. Den har et nytt kapittel om forebygging av selvskading og selvmord.</p>"),
    dict(n=43, prev="in_progress", status="in_progress",
         ev="Pust- og bevegelsessensor er nå tatt i bruk i Agder, Trondheim og Romerike fengsel",
         narrative="<p>Pust- og bevegelsessensor er nå tatt i bruk i Agder, Trondheim og Romerike fengsel. Installasjonen "
                   "i Bjørgvin fengsel er utsatt til 2023 på grunn av byggearbeider.</p>"),
    dict(n=44, prev="in_progress", status="in_progress", ev="RVTSene fortsetter kursene",
         narrative="<p>Samlingene for etterlatte som får tilskudd gjennom ordningen, ble gjennomført i Bergen og Tromsø. "
                   "RVTSene fortsetter kursene om veilederen for ivaretakelse av etterlatte.</p>"),
    dict(n=45, prev="planned", status="in_progress", ev="Helsedirektoratet har startet gjennomgangen av veilederen",
         narrative="<p>Helsedirektoratet har startet gjennomgangen av veilederen Etter selvmordet sammen med FHI og LEVE. "
                   "En arbeidsgruppe skal levere forslag til et standardisert oppfølgingsløp i 2023.</p>"),
    dict(n=46, prev="not_started", status="planned", ev="som skal starte i 2023",
         narrative="<p>Justis- og beredskapsdepartementet og Helse- og omsorgsdepartementet har avtalt en felles "
                   "utredning, som skal starte i 2023. Det er også for 2022 bevilget 0,5 millioner kroner til flere "
                   "obduksjoner.</p>",
         funding=[(500000, 2022, "Det er også for 2022 bevilget 0,5 millioner kroner")]),
    dict(n=47, prev="not_started", status="not_started", ev="Tiltaket er foreløpig ikke påbegynt",
         narrative="<p>Tiltaket er foreløpig ikke påbegynt.</p>"),
    dict(n=48, prev="not_started", status="not_started", ev="Det er ikke igangsatt arbeid med tiltaket",
         narrative="<p>Det er ikke igangsatt arbeid med tiltaket i perioden.</p>"),
    dict(n=49, prev="not_started", status="not_started", ev="Ikke påbegynt",
         narrative="<p>Ikke påbegynt.</p>"),
    dict(n=50, prev="not_started", status="planned", ev="Oppdraget er i en tidlig planleggingsfase",
         narrative="<p>Folkehelseinstituttet har fått i oppdrag å vurdere om et register for selvskading og "
                   "selvmordsforsøk bør etableres. Oppdraget er i en tidlig planleggingsfase.</p>"),
    dict(n=51, prev="not_started", status="not_started", ev="er ikke påbegynt",
         narrative="<p>Arbeidet med samarbeidsmodellen er ikke påbegynt, men vil bli tatt opp i styringsdialogen med FHI og "
                   "NSSF i 2023.</p>",
         note="The explicit 'ikke påbegynt' wins over the planned-type mention of future dialogue."),
    dict(n=52, prev="in_progress", status="completed", ev="rapporten ble publisert i juni 2022",
         narrative="<p>NKVTS og NSSF leverte i februar 2022 en rapport om selvmordsproblematikk blant utsatte og utøvere "
                   "av vold og overgrep. FHI har ferdigstilt gjennomgangen av publisert forskning på selvmord, og "
                   "rapporten ble publisert i juni 2022.</p>"),
    dict(n=53, prev="in_progress", status="in_progress",
         ev="arbeidet med de første artiklene om selvmord blant menn og eldre er i gang",
         narrative="<p>TREAT-PATH-prosjektet har fått tilgang til koblede registerdata, og arbeidet med de første "
                   "artiklene om selvmord blant menn og eldre er i gang.</p>"),
    dict(n=54, prev="in_progress", status="completed", ev="NSSF leverte sluttrapporten",
         narrative="<p>NSSF leverte sluttrapporten fra FoU-oppdraget om selvmord i innvandrerbefolkningen i mai 2022. "
                   "To vitenskapelige artikler er sendt til tidsskrifter. <a href=\"https://www.med.uio.no/klinmed/forskning/sentre/nssf/\">"
                   "Mer om prosjektet hos NSSF</a>.</p>",
         urls=["https://www.med.uio.no/klinmed/forskning/sentre/nssf/"]),
    dict(n=55, prev="completed", status="completed", ev="Levekårsundersøkelsen ble publisert i 2021",
         narrative="<p>Levekårsundersøkelsen ble publisert i 2021. Funnene om selvmordstanker og selvmordsforsøk følges "
                   "opp i regjeringens handlingsplan for kjønns- og seksualitetsmangfold.</p>"),
    dict(n=56, prev="in_progress", status="in_progress", ev="nye videoressurser er under utvikling",
         narrative="<p>RVTSene og NSSF har i perioden gjennomført 85 kurs og webinarer for ansatte i kommunene, og nye "
                   "videoressurser er under utvikling.</p>"),
    dict(n=57, prev="in_progress", status="in_progress", ev="Innføringen av CAMS fortsetter",
         narrative="<p>Innføringen av CAMS fortsetter i Helse Sør-Øst og Helse Vest, og Helse Midt-Norge har startet "
                   "opplæring av behandlere.</p>"),
    dict(n=58, prev="in_progress", status="completed", ev="er nå etablert i alle fire helseregioner",
         narrative="<p>Selvmordsforebyggende kompetansenettverk er nå etablert i alle fire helseregioner. Nettverket i "
                   "Helse Nord hadde sitt første møte i april 2022.</p>"),
    dict(n=59, prev="completed", status="completed", ev="Tilskuddsordningen for Vivat selvmordsforebygging er videreført",
         narrative="<p>Tilskuddsordningen for Vivat selvmordsforebygging er videreført. I statsbudsjettet for 2022 er "
                   "ordningen økt til 9 millioner kroner.</p>",
         funding=[(9000000, 2022, "I statsbudsjettet for 2022 er ordningen økt til 9 millioner kroner")],
         note="'Videreføre og styrke' is open-ended; the strengthened scheme is in place and continued, as in the first report."),
    dict(n=60, prev="completed", status="completed", ev="Den styrkede tilskuddsordningen er videreført",
         narrative="<p>Den styrkede tilskuddsordningen er videreført. For 2022 ble det bevilget 4,5 millioner kroner til "
                   "ordningen, og 23 prosjekter fikk tilskudd.</p>",
         funding=[(4500000, 2022, "For 2022 ble det bevilget 4,5 millioner kroner")]),
    dict(n=61, prev="in_progress", status="in_progress",
         ev="Oversettelsen av Kriseplan til sørsamisk og lulesamisk er i gang",
         narrative="<p>Oversettelsen av Kriseplan til sørsamisk og lulesamisk er i gang, og SANKS tilpasser "
                   "opplæringsmateriellet kulturelt. Det er i 2022 bevilget 0,8 millioner kroner til tiltaket.</p>",
         funding=[(800000, 2022, "Det er i 2022 bevilget 0,8 millioner kroner")]),
]

CSS = page_css(
    "24mm 22mm 22mm 22mm", "Liberation Sans", "sans-serif",
    header=("top-right", "Årsrapport 2021–2022 · Ingen å miste", "8.5pt", "#555"),
    footer=("bottom-center", SIDE_N_AV_M, "9pt"),
    body=("10.5pt", "1.35"),
    justify=False,
    rules="""h1 { font-size: 18pt; margin: 0 0 8pt 0; }
p.ingress { font-size: 11pt; }
h2 { font-size: 13pt; margin: 18pt 0 6pt 0; }
p.tiltak { margin: 12pt 0 4pt 0; }
p.dep { font-size: 9.5pt; color: #333; }
""")

TITLE = "Årsrapport for Handlingsplan for forebygging av selvmord 2020-2025 – Ingen å miste"

INTRO = (
    f"<h1>{TITLE}</h1>\n"
    '<p class="ingress">Andre driftsår 2021-2022 (pr. 10. september 2022). Regjeringens Handlingsplan for '
    "forebygging av selvmord 2020-2025 – Ingen å miste ble lansert 10. september 2020. Planen inneholder 61 tiltak "
    "fordelt på seks mål, og åtte departementer samarbeider om den. Helse- og omsorgsdepartementet leder arbeidet. "
    "Denne rapporten beskriver status for tiltakene ved utgangen av planens andre driftsår. Mange av tiltakene er "
    "fulgt opp gjennom tildelings-, tilskudds- og oppdragsbrev for 2022, og rapporteringen på dette arbeidet kommer "
    "når året er omme.</p>\n"
)


def measure_heading(n, g, commitment):
    return run_in_heading("tiltak", f"Tiltak {n}", commitment)


def ministry_line(n, codes):
    return "Ansvarlig departement: " + ", ".join(codes)


def build():
    body, measures = render_measures(M, dash_goal_heading, measure_heading, ministry_line)
    expected = annual_expected("2021-2022", "2022-09-10", measures, title=TITLE)
    write(NAME, html_document("Årsrapport 2021–2022 – Ingen å miste", CSS, INTRO + body), expected)
    changed = [(m["n"], m["prev"], m["status"]) for m in M if m["prev"] != m["status"]]
    print(len(changed), "changed:", ", ".join(f"{n}: {a} → {b}" for n, a, b in changed))


if __name__ == "__main__":
    build()

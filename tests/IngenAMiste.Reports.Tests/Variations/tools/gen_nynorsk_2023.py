"""nynorsk-2023: an annual report on the plan written in NYNORSK, all 61 measures, written blind.

Norwegian state bodies publish part of their text in nynorsk, and some ministries write whole reports in it. This
report is written by Kultur- og likestillingsdepartementet on behalf of the ministries, without looking at the
parser's status rules or structure code. The commitments and goal titles are the plan's own (bokmål) words, quoted;
the narratives, the intro and the heading words around them are nynorsk ("Ansvarleg departement:", "Ansvarlege
departement:"). Measures 49 and 57 quote a directorate in bokmål (marked in their notes).

Wordings: completed "vart ferdigstilt", "vart oppretta", "la fram", "vart publisert", "gav ut", "er innført",
"vart vedteken", "vart lansert", "vart gjennomført", "er ferdigstilt", "er gjennomført", "vart levert", "vart
styrkt", "er utvida"; in_progress "held fram", "er i gang", "arbeider med", "held på med", "går føre seg", "er
under revisjon", "vart sett i gang", "er sett i verk", "er under arbeid", "byggjer no opp", "vert no halde", "går
vidare", "er godt i gang"; planned "vil bli vurderte", "fekk i oppdrag", "planlegg", "skal greiast ut", "tek sikte
på", "er planlagd", "er under utgreiing", "vil bli vurdert", "er teke inn i tildelingsbrevet"; not_started "er ikkje
påbyrja", "har ikkje kome i gang", "er ikkje starta", "er førebels ikkje følgt opp", "vart utsett", "har ikkje
starta", "er lagd på is", "har ikkje teke fatt på", "er ikkje starta opp".

Layout: Liberation Sans Narrow (not used by any other variation), 11 pt, justified, soft hyphens in every long word
(tools/lib.py); a running header with the plan's nynorsk name (top left) and "Side N av M" (bottom centre) in @page
margin boxes. Measure headings are bold run-in "Tiltak N" with the commitment on the same line (goal 6: "Tiltak N.");
goal headings "Mål N: …" at 15 pt (the long ones wrap). Ministry lines "Ansvarleg departement: HOD" and "Ansvarlege
departement: HOD, BFD og KD"; measure 3 adds LMD (Landbruks- og matdepartementet, outside the corpus eight);
measure 36 has no ministry line.
"""
from lib import (GOALS, PLAN_URL, SIDE_N_AV_M, and_list, annual_expected, esc, html_document, hyphenate_html,
                 page_css, print_status_counts, render_measures, run_in_heading, write)

NAME = "nynorsk-2023"
TITLE = "Handlingsplan for førebygging av sjølvmord 2020–2025 – Rapport for 2022–2023"

M = [
    # Mål 1
    dict(n=1, status="completed", ev="Den visuelle oversikta vart ferdigstilt hausten 2021",
         narrative="<p>Den visuelle oversikta vart ferdigstilt hausten 2021. Helsedirektoratet oppdaterer henne når "
                   "nye aktørar kjem til, og ho ligg open på "
                   "<a href=\"https://www.helsedirektoratet.no/tema/sjolvmord-og-sjolvskading/oversikt\">"
                   "nettsidene til direktoratet</a>.</p>",
         urls=["https://www.helsedirektoratet.no/tema/sjolvmord-og-sjolvskading/oversikt"]),
    dict(n=2, status="in_progress", ev="Arbeidet med piloten held fram i Agder og Vestland",
         narrative="<p>Arbeidet med piloten held fram i Agder og Vestland. Til no er 38 sjølvmord gått gjennom saman "
                   "med etterlatne, kommunane og spesialisthelsetenesta. Det er sett av 3,5 millionar kroner til "
                   "piloten i 2023. Tilrådingar om vidare kartlegging på nasjonalt nivå kjem når piloten er "
                   "avslutta.</p>",
         funding=[(3500000, 2023, "Det er sett av 3,5 millionar kroner til piloten i 2023")]),
    dict(n=3, status="completed", ev="Forumet vart oppretta i 2021",
         narrative="<p>Forumet vart oppretta i 2021, og direktoratssamarbeidet har vore i drift sidan same året. "
                   "Frå 2023 tek òg Landbruks- og matdepartementet del, fordi sjølvmord blant bønder har vore eit "
                   "tema i forumet.</p>",
         ministries=["HOD", "BFD", "KD", "ASD", "KUD", "SD", "FD", "LMD"],
         note="Both bodies exist and run; 'har vore i drift sidan' describes the result, not work under way."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Dei regionale kampanjane er i gang",
         narrative="<p>Dei regionale kampanjane er i gang. Så langt har desse regionane hatt kampanjeveker:</p>"
                   "<ul><li>Rogaland og Agder i mars 2023</li>"
                   "<li>Trøndelag i mai 2023</li>"
                   "<li>Troms og Finnmark i september 2023</li></ul>"
                   "<p>Dei tre siste regionane står for tur i 2024. Det er sett av 12,5 mill. kroner til "
                   "kampanjane i 2023.</p>",
         funding=[(12500000, 2023, "Det er sett av 12,5 mill. kroner til kampanjane i 2023")],
         note="Four of seven regions done is a finished sub-step; the measure is the campaigns in all regions."),
    dict(n=5, status="completed", ev="Folkehelseinstituttet la fram rapporten",
         narrative="<p>Folkehelseinstituttet la fram rapporten om korleis redaktørstyrte medium omtalar sjølvmord, i "
                   "juni 2022. Pressens Faglege Utval skal drøfte funna på eit seminar våren 2024.</p>",
         note="The knowledge the measure asks for is delivered; the seminar still to come is a follow-up."),
    dict(n=6, status="in_progress", ev="partane arbeider no med felles retningslinjer for moderering",
         narrative="<p>Samarbeidet mellom Medietilsynet, Redd Barna og tre plattformselskap er etablert, og partane "
                   "arbeider no med felles retningslinjer for moderering av innhald om sjølvskading.</p>",
         note="The cooperation is the means; the guidelines it works on are not finished."),
    dict(n=7, status="in_progress", ev="Spreiinga til ungdomsskulane er i gang",
         narrative="<p>#chatsafe vart lansert på norsk i 2021 og er no omsett til nordsamisk. Spreiinga til "
                   "ungdomsskulane er i gang, mellom anna gjennom helsesjukepleiarane.</p>",
         note="The launch is a finished sub-step; the measure is to strengthen information to children and youth."),
    dict(n=8, status="completed", ev="vart publisert på nettsidene til Medietilsynet i februar 2023",
         narrative="<p>Ein rettleiar for foreldre om skadeleg innhald på nettet vart publisert på nettsidene til "
                   "<a href=\"https://www.medietilsynet.no/foreldre/skadeleg-innhald/\">Medietilsynet</a> i "
                   "februar 2023. Han forklarer kva barn kan møte, og kva foreldre kan gjere.</p>",
         urls=["https://www.medietilsynet.no/foreldre/skadeleg-innhald/"]),
    dict(n=9, status="in_progress", ev="Helsedirektoratet held på med å utvikle eit e-læringskurs",
         narrative="<p>Helsedirektoratet held på med å utvikle eit e-læringskurs om sjølvskadings- og "
                   "sjølvmordsinnhald på nettet for tilsette i barnevernet og skulehelsetenesta. Kurset skal vere "
                   "klart sommaren 2024.</p>"),
    dict(n=10, status="in_progress", ev="Informasjonsarbeidet overfor skuleeigarane går føre seg",
         narrative="<p>Informasjonsarbeidet overfor skuleeigarane går føre seg heile skuleåret, og nettressursen er "
                   "presentert på fylkesvise samlingar for rektorar. Ressursen finn ein på "
                   "www.udir.no/laring-og-trivsel/skolemiljo/sjolvskading/.</p>",
         urls=["http://www.udir.no/laring-og-trivsel/skolemiljo/sjolvskading/"]),
    dict(n=11, status="completed", ev="Helsedirektoratet gav ut ein rettleiar",
         narrative="<p>Helsedirektoratet gav ut ein rettleiar om teieplikt og informasjonsutveksling ved mistanke om "
                   "sjølvmordsfare i 2022. Verken politiet eller kommunane har sidan meldt om uklare reglar.</p>",
         note="The clarification exists; the negation concerns the absence of new questions."),
    dict(n=12, status="planned", ev="vil bli vurderte",
         narrative="<p>Tilrådingane om minstestandard for opplæring vil bli vurderte når kartlegginga av opplæringa "
                   "ved dei ulike hjelpetelefonane ligg føre. Kartlegginga er bestilt frå Helsedirektoratet.</p>"),
    dict(n=13, status="not_started", ev="er ikkje påbyrja",
         narrative="<p>Vurderinga av eit felles nasjonalt nummer er ikkje påbyrja, sidan ho byggjer på arbeidet med "
                   "minstestandarden i tiltak 12.</p>"),
    # Mål 3
    dict(n=14, status="completed", ev="Det nye klassifiseringssystemet er innført",
         narrative="<p>Det nye klassifiseringssystemet er innført i ulykkesanalysane til Statens vegvesen, og dei "
                   "første tala etter kriteria kom i statistikken for 2022.</p>"),
    dict(n=15, status="in_progress", ev="Bane NOR arbeider med å sikre fleire stasjonar",
         narrative="<p>Kunnskapsgrunnlaget om utsette område vert oppdatert kvart halvår. Bane NOR arbeider med å "
                   "sikre fleire stasjonar med plattformskjermar, og Sporveien prøver ut varslingskamera.</p>"),
    dict(n=16, status="completed", ev="vart ferdigstilt i desember 2022",
         narrative="<p>Kartlegginga av høgbruer og vurderinga av sikringstiltak vart ferdigstilt i desember 2022. Av "
                   "198 bruer har 14 potensial for sikring. Statens vegvesen skal sikre dei fem første i 2024.</p>",
         note="Mapping and assessment are the measure; securing bridges in 2024 is a follow-up."),
    dict(n=17, status="completed", ev="Regjeringa la fram ein nasjonal alkoholstrategi",
         narrative="<p>Regjeringa la fram ein nasjonal alkoholstrategi i 2021 med mål om 10 prosent lågare "
                   "alkoholforbruk. Strategien skal følgjast opp i den nye folkehelsemeldinga.</p>"),
    dict(n=18, status="completed", ev="Forskriftsendringa vart vedteken",
         narrative="<p>Forskriftsendringa vart vedteken i desember 2021 og tok til å gjelde 1. januar 2022. "
                   "Papirresepter og munnlege resepter på A- og B-preparat er no avgrensa til tre døgns dose.</p>"),
    dict(n=19, status="not_started", ev="Arbeidet med lovendringa har ikkje kome i gang",
         narrative="<p>Arbeidet med lovendringa har ikkje kome i gang. Departementet vil vurdere saka på nytt i "
                   "samband med statsbudsjettet for 2025.</p>",
         note="Explicitly not begun; the later reconsideration does not make it planned."),
    dict(n=20, status="planned", ev="Helsedirektoratet fekk i oppdrag",
         narrative="<p>Helsedirektoratet fekk i oppdrag i tildelingsbrevet for 2023 å greie ut kunnskapsgrunnlaget "
                   "for livskrisetilbod. Fristen er 1. oktober 2024.</p>"),
    dict(n=21, status="in_progress", ev="Det rettleiande materiellet er under revisjon",
         narrative="<p>Det rettleiande materiellet er under revisjon. Kapittelet om samarbeid med skulen er "
                   "ferdigstilt, medan dei andre kapitla kjem i 2024.</p>",
         note="One chapter done is a finished sub-step of the revision."),
    dict(n=22, status="in_progress", ev="Helsedirektoratet held fram med å rettleie kommunane",
         narrative="<p>Om lag 60 prosent av kommunane har no ein plan for førebygging av sjølvskading og sjølvmord. "
                   "Helsedirektoratet held fram med å rettleie kommunane som manglar plan.</p>"
                   "<p>Tiltaket heng tett saman med kompetansearbeidet i tiltak 56, og dei to vert følgde opp "
                   "samla.</p>"),
    dict(n=23, status="in_progress", ev="Talet på kommunar med tilbodet aukar framleis",
         narrative="<p>Rask psykisk helsehjelp er etablert i 165 kommunar. Talet på kommunar med tilbodet aukar "
                   "framleis. Stortinget løyvde 1,2 milliardar kroner til kommunalt psykisk helsearbeid i 2023, mellom "
                   "anna til Rask psykisk helsehjelp.</p>",
         funding=[(1200000000, 2023, "Stortinget løyvde 1,2 milliardar kroner til kommunalt psykisk helsearbeid i "
                                     "2023")],
         note="'er etablert i 165 kommunar' is a sub-step; the measure is to increase the spread."),
    # Mål 4
    dict(n=24, status="completed", ev="vart lansert for alle kommunane i april 2023",
         narrative="<p>Ein digital innboks for helsestasjons- og skulehelsetenesta på Helsenorge vart lansert for "
                   "alle kommunane i april 2023. Ungdom kan no sende spørsmål til helsesjukepleiaren sin "
                   "digitalt.</p>"),
    dict(n=25, status="planned", ev="Helsedirektoratet planlegg",
         narrative="<p>Helsedirektoratet planlegg ei informasjonssatsing retta mot kommunar som ikkje tilbyr "
                   "førebyggjande heimebesøk til eldre. Satsinga skal etter planen starte i 2024.</p>"),
    dict(n=26, status="not_started", ev="Tiltaket er ikkje starta",
         narrative="<p>Tiltaket er ikkje starta. Eit verktøy for fastlegar vil tidlegast bli vurdert i 2025.</p>"),
    dict(n=27, status="in_progress", ev="Helsenorge byggjer ut ein felles inngang til digitale meistringsverktøy",
         narrative="<p>Helsenorge byggjer ut ein felles inngang til digitale meistringsverktøy. Tilskotet til "
                   "digitale meistringsverktøy vart auka med 5 millionar kroner i 2023.</p>",
         funding=[(5000000, 2023, "Tilskotet til digitale meistringsverktøy vart auka med 5 millionar kroner i "
                                  "2023")],
         note="'vart auka' concerns the grant, not the deliverable."),
    dict(n=28, status="in_progress", ev="Implementeringa i psykisk helsevern og TSB er i gang",
         narrative="<p>Den reviderte "
                   "<a href=\"https://www.helsedirektoratet.no/retningslinjer/sjolvmord\">nasjonale retningslinja</a> "
                   "vart publisert i mars 2023. Implementeringa i psykisk helsevern og TSB er i gang, og "
                   "helseføretaka rapporterer om framdrifta i 2024.</p>",
         urls=["https://www.helsedirektoratet.no/retningslinjer/sjolvmord"],
         note="The revised guideline is published (sub-step); the measure also asks for implementation."),
    dict(n=29, status="in_progress", ev="vart sett i gang i februar 2023",
         narrative="<p>Eit nasjonalt læringsnettverk for gjennomgang av sjølvmord i tenestene vart sett i gang i "
                   "februar 2023, og dei første samlingane er haldne.</p>"),
    dict(n=30, status="planned", ev="skal greiast ut i 2024",
         narrative="<p>Korleis fleire kan få hjelp for alkoholavhengnad på rett behandlingsnivå, skal greiast ut i "
                   "2024.</p>"),
    dict(n=31, status="in_progress", ev="er sett i verk i to av dei fire regionane",
         narrative="<p>Ein modell for tettare oppfølging før og etter utskriving frå døgnbehandling er sett i verk i "
                   "to av dei fire regionane. Dei andre to regionane førebur innføring i 2024.</p>"),
    dict(n=32, status="completed", ev="Vurderinga av sensorteknologi vart gjennomført",
         narrative="<p>Vurderinga av sensorteknologi vart gjennomført i 2022. Dei regionale helseføretaka tilrådde "
                   "ikkje bruk av slik teknologi i døgnavdelingane.</p>",
         note="The measure asks for an assessment; the negative conclusion does not undo it."),
    dict(n=33, status="not_started", ev="Tiltaket er førebels ikkje følgt opp",
         narrative="<p>Tiltaket er førebels ikkje følgt opp av dei regionale helseføretaka.</p>"),
    dict(n=34, status="planned", ev="Departementet tek sikte på",
         narrative="<p>Departementet tek sikte på å gi dei regionale helseføretaka eit oppdrag om vurdering av "
                   "sjølvmordsfare etter somatisk innlegging i oppdragsdokumentet for 2024.</p>"),
    dict(n=35, status="in_progress", ev="Helsedirektoratet arbeider med ein rettleiar om overgangar",
         narrative="<p>Helsedirektoratet arbeider med ein rettleiar om overgangar mellom tenestene ved utskriving "
                   "etter sjølvmordsforsøk.</p>"),
    dict(n=36, status="planned", ev="er planlagd til 2024",
         narrative="<p>Gjennomgangen av den akuttmedisinske kjeda for personar i sjølvmordsfare er planlagd til "
                   "2024.</p>",
         ministries=[]),
    dict(n=37, status="not_started", ev="Oppstarten av vidareutviklinga vart utsett",
         narrative="<p>Oppstarten av vidareutviklinga vart utsett til 2025, fordi leverandøren av "
                   "avgjerdsstøtteverktøyet skal bytast ut.</p>",
         note="Postponed before anything was done: not begun."),
    dict(n=38, status="completed", ev="er ferdigstilt",
         narrative="<p>Kurset for personell i AMK- og legevaktsentralar er ferdigstilt og ligg tilgjengeleg for "
                   "alle sentralane. Ei evaluering av kurset er planlagd i 2024.</p>",
         note="The course is the deliverable; the evaluation is a follow-up."),
    dict(n=39, status="in_progress", ev="Det vert no halde regionale kurs",
         narrative="<p>Det vert no halde regionale kurs for barneansvarleg personell i alle helseregionane.</p>"
                   "<p>Tiltak 39 og 40 vert følgde opp i same prosjektgruppe i Helsedirektoratet.</p>"),
    dict(n=40, status="planned", ev="er under utgreiing",
         narrative="<p>Ei nasjonal satsing på pårørande som ressurs er under utgreiing i Helsedirektoratet.</p>"),
    dict(n=41, status="completed", ev="Vurderinga er gjennomført",
         narrative="<p>Vurderinga er gjennomført, og eit eige avsnitt om sjølvmord vart teke inn i "
                   "pårørandevegleiaren i 2022.</p>"),
    dict(n=42, status="in_progress", ev="er under arbeid",
         narrative="<p>Revisjonen av rettleiaren for helse- og omsorgstenester til innsette er under arbeid. Eit "
                   "høyringsutkast vart sendt ut i september 2023.</p>",
         note="Sending the draft on hearing is a finished sub-step."),
    dict(n=43, status="not_started", ev="har ikkje starta arbeidet",
         narrative="<p>Kriminalomsorgsdirektoratet har ikkje starta arbeidet med å vurdere ei utviding av bruken av "
                   "pust- og rørslesensorar.</p>"),
    # Mål 5
    dict(n=44, status="in_progress", ev="Fleire kommunar byggjer no opp oppfølgingsteam",
         narrative="<p>Fleire kommunar byggjer no opp oppfølgingsteam for etterlatne, med støtte frå "
                   "<a href=\"https://www.leve.no/\">LEVE</a> og RVTS.</p>",
         urls=["https://www.leve.no/"]),
    dict(n=45, status="planned", ev="vil bli vurdert",
         narrative="<p>Behovet for ei oppdatering av rettleiaren Etter sjølvmordet vil bli vurdert i 2024.</p>",
         note="Only the intention to assess; nothing reported done."),
    # Mål 6
    dict(n=46, status="not_started", ev="er lagd på is",
         narrative="<p>Saka er lagd på is i påvente av ein brei gjennomgang av obduksjonsfeltet.</p>",
         note="Shelved before any work: not begun."),
    dict(n=47, status="not_started", ev="arbeidet er ikkje påbyrja",
         narrative="<p>Det er sett av 750 000 kroner til ein forstudie i 2023, men arbeidet er ikkje påbyrja.</p>",
         funding=[(750000, 2023, "Det er sett av 750 000 kroner til ein forstudie i 2023")],
         note="Money allocated, but the explicit 'ikkje påbyrja' wins."),
    dict(n=48, status="not_started", ev="har ikkje teke fatt på",
         narrative="<p>Departementet har ikkje teke fatt på vurderinga av ei ekspertgruppe og ei coroner-ordning.</p>"),
    dict(n=49, status="in_progress", ev="Folkehelseinstituttet tester nå elektronisk oversending",
         narrative="<p>Frå rapporten til Folkehelseinstituttet: «Folkehelseinstituttet tester nå elektronisk "
                   "oversending av obduksjonsrapporter ved to universitetssykehus.»</p>",
         note="Quoted in bokmål from the directorate's report."),
    dict(n=50, status="planned", ev="er teke inn i tildelingsbrevet",
         narrative="<p>Eit oppdrag om å vurdere eit register for sjølvskading og sjølvmordsforsøk er teke inn i "
                   "tildelingsbrevet til Folkehelseinstituttet for 2024. Det er sett av 1,5 mill. kroner til "
                   "arbeidet for 2024 og 2025 samla.</p>",
         funding=[(1500000, None, "Det er sett av 1,5 mill. kroner til arbeidet for 2024 og 2025 samla")]),
    dict(n=51, status="not_started", ev="er ikkje starta opp",
         narrative="<p>Arbeidet med samarbeidsmodellen er ikkje starta opp, men vil bli teke opp i styringsdialogen "
                   "i 2024.</p>"),
    dict(n=52, status="completed", ev="vart levert i juni 2023",
         narrative="<p>Den første samla kunnskapsrapporten frå NSSF og Folkehelseinstituttet vart levert i juni "
                   "2023. Ein ny rapport skal kome i 2025.</p>",
         note="The report asked for is delivered; the next one is a follow-up."),
    dict(n=53, status="in_progress", ev="Begge prosjekta er godt i gang",
         narrative="<p>Kunnskapsoppsummeringane vert følgde opp gjennom to prosjekt som har fått midlar frå "
                   "tilskotsordninga (tiltak 60). Begge prosjekta er godt i gang.</p>"),
    dict(n=54, status="completed", ev="FoU-oppdraget er gjennomført",
         narrative="<p>FoU-oppdraget er gjennomført, og sluttrapporten ligg på "
                   "<a href=\"https://www.nssf.no/rapportar/innvandrarbefolkninga\">nettsidene til NSSF</a>.</p>",
         urls=["https://www.nssf.no/rapportar/innvandrarbefolkninga"]),
    dict(n=55, status="completed", ev="Levekårsundersøkinga vart gjennomført",
         narrative="<p>Levekårsundersøkinga vart gjennomført i 2022, og Statistisk sentralbyrå la fram resultata i "
                   "juni 2023. Ei ny undersøking er planlagd til 2026.</p>",
         note="The survey is done; a new one in 2026 is a follow-up."),
    dict(n=56, status="in_progress", ev="Opplæringa av tilsette i kommunane går vidare",
         narrative="<p>Opplæringa av tilsette i kommunane går vidare. I 2023 har Helsedirektoratet:</p>"
                   "<ul><li>halde ti regionale samlingar</li>"
                   "<li>oppdatert e-læringskurset om sjølvmordsfare</li>"
                   "<li>gitt tilskot til opplæring i 40 kommunar</li></ul>"),
    dict(n=57, status="in_progress", ev="opplæringsprogrammet er under utprøving i to helseforetak",
         narrative="<p>Helsedirektoratet skriv: «Kartleggingen av kompetansebehovet er ferdig, og "
                   "opplæringsprogrammet er under utprøving i to helseforetak.»</p>",
         note="Quoted in bokmål from the directorate; the finished mapping is a sub-step."),
    dict(n=58, status="completed", ev="vart oppretta i alle dei fire helseregionane",
         narrative="<p>Regionale kompetansenettverk vart oppretta i alle dei fire helseregionane i 2022.</p>"),
    dict(n=59, status="completed", ev="kurstilbodet er utvida til fleire kommunar",
         narrative="<p>Vivat er vidareført, og kurstilbodet er utvida til fleire kommunar. Stortinget løyvde 11 "
                   "millionar kroner til Vivat i 2023.</p>",
         funding=[(11000000, 2023, "Stortinget løyvde 11 millionar kroner til Vivat i 2023")],
         note="A continuing measure: carried on and strengthened is its deliverable."),
    dict(n=60, status="completed", ev="Tilskotsordninga vart styrkt",
         narrative="<p>Tilskotsordninga vart styrkt med 2,5 millionar kroner i 2023.</p>",
         funding=[(2500000, 2023, "Tilskotsordninga vart styrkt med 2,5 millionar kroner i 2023")]),
    dict(n=61, status="in_progress", ev="Omsetjinga til lulesamisk og sørsamisk er i gang",
         narrative="<p>Opplæringsmateriellet er omsett og tilpassa på nordsamisk. Omsetjinga til lulesamisk og "
                   "sørsamisk er i gang. Det er tildelt 900 000 kroner til arbeidet i 2023.</p>",
         funding=[(900000, 2023, "Det er tildelt 900 000 kroner til arbeidet i 2023")],
         note="One of three languages done is a finished sub-step."),
]

CSS = page_css(
    "20mm 22mm 20mm 22mm", "Liberation Sans Narrow", "sans-serif",
    header=("top-left", "Handlingsplan for førebygging av sjølvmord 2020–2025", "8pt", "#444"),
    footer=("bottom-center", SIDE_N_AV_M, "8.5pt"),
    body=("11pt", "1.3"),
    rules="""p { margin: 0 0 4pt 0; }
h1 { font-size: 18pt; margin: 0 0 4pt 0; line-height: 1.2; }
p.sub { font-size: 12pt; margin: 0 0 10pt 0; }
h2 { font-size: 15pt; margin: 16pt 0 6pt 0; line-height: 1.2; }
p.m { margin: 10pt 0 3pt 0; }
ul { margin: 2pt 0 3pt 0; }
p.dep { margin-top: 3pt; }
""")


def goal_heading(g):
    return f"Mål {g}: {esc(GOALS[g])}"


def measure_heading(n, g, commitment):
    return run_in_heading("m", f"Tiltak {n}." if g == 6 else f"Tiltak {n}", commitment)


def ministry_line(n, codes):
    if len(codes) == 1:
        return "Ansvarleg departement: " + codes[0]
    return "Ansvarlege departement: " + and_list(codes)


INTRO = (
    f"<h1>{TITLE}</h1>\n"
    '<p class="sub">Status per 20. november 2023</p>\n'
    "<p>Ingen å miste er handlingsplanen til regjeringa for førebygging av sjølvmord i perioden 2020–2025. Planen "
    "har 61 tiltak fordelte på seks mål, og ni departement har ansvar for eitt eller fleire av dei. Denne rapporten "
    "er skriven av Kultur- og likestillingsdepartementet på vegner av departementa og byggjer på rapportering frå "
    "direktorat, helseføretak og kompetansesenter. Tiltaka er gjengitt med orda i planen. "
    "<a href=\"" + PLAN_URL + "\">Handlingsplanen</a> ligg på regjeringen.no.</p>\n"
)


def build():
    body, measures = render_measures(M, goal_heading, measure_heading, ministry_line)
    html_text = html_document("Rapport for 2022–2023 – Ingen å miste", CSS, hyphenate_html(INTRO + body))
    html_text = html_text.replace('<html lang="nb">', '<html lang="nn">')
    expected = annual_expected(
        "2022-2023", "2023-11-20", measures, title=TITLE,
        warnings_expected=["missing ministries for measure 36"],
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind in nynorsk (without reading the parser's status rules or structure code). Commitments "
              "and goal titles are the plan's bokmål words; 49 and 57 quote a directorate in bokmål. Traps: finished "
              "sub-steps of unfinished measures (4, 7, 21, 23, 28, 42, 57, 61), delivered deliverables followed "
              "by a follow-up (5, 16, 38, 52, 55), cross-references (13 'tiltak 12', 22 'tiltak 56', 53 "
              "'(tiltak 60)'), a paragraph beginning 'Tiltak 39 og 40 …' inside 39 and one beginning 'Tiltaket "
              "heng …' inside 22, bullet lists inside 4 and 56, 'ikkje påbyrja' with money allocated in 47, "
              "negations that do not mean not_started (11, 32). Measure 36 has no ministry line; 3 adds LMD. The "
              "intro links the plan itself (belongs to no measure).",
    )
    write(NAME, html_text, expected)
    print_status_counts(M)


if __name__ == "__main__":
    build()

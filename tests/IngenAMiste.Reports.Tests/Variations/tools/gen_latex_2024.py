"""latex-2024: an annual report TYPESET WITH LaTeX (pdfTeX), all 61 measures, blind.

Every other document of the variation corpus was made by Chromium or LibreOffice. This one is LaTeX source
(latex-2024.tex) that render_latex.sh runs through pdflatex twice. What pdfTeX does differently:
Type 1 fonts (Latin Modern, T1 encoding), ligatures drawn as single glyphs (fi, fl, ff, ffi), no space glyphs at all
(word gaps only from glyph positions and TJ kerning), justified text with Norwegian hyphenation by babel's patterns
(a plain hyphen glyph at the line end, nothing in the source), footnotes at the page foot, running heads (fancyhdr:
report title left, the goal right) and "Side N av M" footers (a LastPage label), numbered sections and subsections
("3.4 Tiltak 12"), hyperref links (no boxes) and written-out addresses.

Layout: article class, twoside, A4, 10.5 pt-ish (10pt class). Section 1 "Innledning"; sections 2-7 are the goals
("2 Mål 1: …", numbered by LaTeX). Goals 1-3: a numbered subsection "x.y Tiltak N" with the commitment in italics
below. Goals 4-6: an unnumbered run-in heading "\\subsection*{Tiltak N:}"-like bold line "Tiltak N:" followed by the
commitment on the same line (\\paragraph), narrative in the following paragraphs. Ministry line
"Ansvarlig departement: HOD" / "Ansvarlige departementer: HOD, BFD og JD" after the narrative.

Lettered sub-items: about ten measures report their work as "a) … b) … c) …" items with their own short progress.
Labelling convention (also in the JSON's notes): the measure's status is judged on the measure's own deliverable,
not on a sub-item. A finished sub-item does not finish the measure; when every sub-item is done and together they
are the measure's deliverable, the measure is completed; when none has begun beyond assignment, planned.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import GOALS, MEASURES, OUT, and_list, annual_expected, print_status_counts  # noqa: E402

NAME = "latex-2024"
TITLE = "Årsrapport 2023–2024 – Handlingsplan for forebygging av selvmord 2020–2025"
SHORT = "Ingen å miste – årsrapport 2023–2024"
PLAN_URL = "https://www.regjeringen.no/no/dokumenter/handlingsplan-for-forebygging-av-selvmord-2020-2025/id2747710/"

# Narrative mini-markup: a list of blocks. A block is a str (paragraph) or ("items", [str, ...]) (lettered list).
# Inside text: {fn:...} a footnote (not part of the narrative), [[url|anchor]] a link, <<url>> a written-out address.
M = [
    # Mål 1
    dict(n=1, status="completed", ev="Oversiktskartet ble gjort offentlig i januar 2024",
         nar=["Oversiktskartet ble gjort offentlig i januar 2024 og viser hvilke aktører som driver "
              "selvmordsforebyggende arbeid på nasjonalt, regionalt og kommunalt nivå. Kartet finnes på "
              "[[https://www.helsedirektoratet.no/tema/selvmord/aktoroversikt|direktoratets nettsider]] og "
              "oppdateres fortløpende."]),
    dict(n=2, status="in_progress", ev="gjennomgangene av enkeltsaker fortsetter i Agder",
         nar=["Piloten er delt i tre deler:",
              ("items", ["metodebeskrivelse for gjennomgangene: avsluttet høsten 2023;",
                         "gjennomgangene av enkeltsaker fortsetter i Agder og i Innlandet, 27 saker er drøftet;",
                         "anbefalinger om nasjonal kartlegging: skrives når piloten er evaluert."]),
              "Departementet har satt av 3,2 millioner kroner til piloten for 2024."],
         funding=[(3200000, 2024, "satt av 3,2 millioner kroner til piloten for 2024")],
         note="Sub-item a) is done, b) runs, c) (the recommendations, the measure's end product) is ahead."),
    dict(n=3, status="completed", ev="Forumet har holdt faste møter hvert kvartal siden oppstarten",
         nar=["Forumet har holdt faste møter hvert kvartal siden oppstarten, og direktoratssamarbeidet har egen "
              "sekretariatsfunksjon i Helsedirektoratet.{fn:Sekretariatet ble styrket med én stilling i 2024. "
              "En evaluering av forumet er ikke påbegynt.}"],
         note="Both bodies exist and meet; the footnote's 'ikke påbegynt' concerns an evaluation, not the measure."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Kampanjen i Nord-Norge er i full gang",
         nar=["Kampanjene rulles ut region for region:",
              ("items", ["Vest og Midt: gjennomført i 2023;",
                         "Nord-Norge: Kampanjen i Nord-Norge er i full gang og varer til mars 2025;",
                         "Sør-Øst: oppstart avklares i 2025."]),
              "Til den nasjonale overbygningen er det bevilget kr 2 400 000 for 2024."],
         funding=[(2400000, 2024, "bevilget kr 2 400 000 for 2024")]),
    dict(n=5, status="completed", ev="Sluttrapporten fra forskningsprosjektet om medieomtale foreligger",
         nar=["Sluttrapporten fra forskningsprosjektet om medieomtale foreligger og ble lagt fram på et "
              "fagseminar for redaktører i april."]),
    dict(n=6, status="in_progress", ev="Samarbeidsforumet for tryggere nettbruk har hatt fire arbeidsmøter",
         nar=["Samarbeidsforumet for tryggere nettbruk har hatt fire arbeidsmøter, og en felles avtale om "
              "meldingsrutiner med de største plattformene forhandles fortsatt."]),
    dict(n=7, status="in_progress", ev="Oversettelsen av #chatsafe til flere minoritetsspråk er halvveis",
         nar=["Oversettelsen av #chatsafe til flere minoritetsspråk er halvveis. Materiellet finnes på "
              "<<www.chatsafe.no>> og brukes i undervisningsopplegg i ungdomsskolen."]),
    dict(n=8, status="planned", ev="Medietilsynet har fått i oppdrag å lage et foreldreopplegg",
         nar=["Medietilsynet har fått i oppdrag å lage et foreldreopplegg om skadelig innhold på nett, med frist "
              "i 2025. Det er foreløpig ikke produsert noe materiell."],
         note="Assignment given, nothing produced yet."),
    dict(n=9, status="in_progress", ev="modul 2 om samtaler med barn testes i tre kommuner",
         nar=["Kompetansepakken består av tre moduler:",
              ("items", ["modul 1 om selvskadingsinnhold på nett: ferdig og fritt tilgjengelig;",
                         "modul 2 om samtaler med barn testes i tre kommuner;",
                         "modul 3 for ansatte i barnevernet: ikke startet."])],
         note="One module of three finished is a sub-item; the competence package is not finished."),
    dict(n=10, status="completed", ev="Nettressursen er nå kjent for samtlige grunnskoler",
         nar=["Etter utsendelsen av informasjonsbrev og omtale i Utdanningsdirektoratets nyhetsbrev viser en "
              "spørreundersøkelse at alle skolene kjenner til ressursen. Nettressursen er nå kjent for samtlige "
              "grunnskoler, ifølge direktoratets oppsummering."],
         note="The measure's deliverable is that the resource is known in all schools; the survey says so."),
    dict(n=11, status="completed", ev="Veiledningsnotatet om taushetsplikt og selvmordsfare ble distribuert",
         nar=["Veiledningsnotatet om taushetsplikt og selvmordsfare ble distribuert til kommuner, politi og "
              "helseforetak i oktober 2023.{fn:Notatet ble ferdigstilt i samarbeid med Justis- og "
              "beredskapsdepartementet.}"]),
    dict(n=12, status="planned", ev="en arbeidsgruppe skal etter planen nedsettes i første kvartal 2025",
         nar=["Helsedirektoratet har vurdert behovet, og en arbeidsgruppe skal etter planen nedsettes i første "
              "kvartal 2025 for å foreslå en minstestandard."]),
    dict(n=13, status="not_started", ev="Arbeidet med samordning av hjelpetelefonene har ikke kommet i gang",
         nar=["Arbeidet med samordning av hjelpetelefonene har ikke kommet i gang. Spørsmålet om nødknapp "
              "avventer en avklaring av ansvarsforholdene."]),
    # Mål 3
    dict(n=14, status="completed", ev="De nye klassifiseringskriteriene ble tatt i bruk fra 1. mars 2024",
         nar=["De nye klassifiseringskriteriene ble tatt i bruk fra 1. mars 2024 i alle dybdeanalyser av "
              "dødsulykker i vegtrafikken."]),
    dict(n=15, status="in_progress", ev="sikringstiltakene på tre T-banestasjoner er under bygging",
         nar=["Kartleggingen av utsatte punkter på jernbanen er oppdatert, og sikringstiltakene på tre "
              "T-banestasjoner er under bygging. Det er avsatt 18 mill. kr til dette i 2024."],
         funding=[(18000000, 2024, "avsatt 18 mill. kr til dette i 2024")]),
    dict(n=16, status="in_progress", ev="Registreringen av høybroer er kommet et godt stykke på vei",
         nar=["Registreringen av høybroer er kommet et godt stykke på vei; 140 av om lag 220 broer er "
              "befart. Vurderingen av sikringstiltak gjøres når registreringen er fullført."]),
    dict(n=17, status="completed", ev="Alkoholstrategien ble lansert av regjeringen",
         nar=["Alkoholstrategien ble lansert av regjeringen og inneholder et mål om 10 prosent lavere "
              "alkoholforbruk.{fn:Strategien skal følges opp med en rapport om måloppnåelse. Rapporten er "
              "under planlegging.}"],
         note="The strategy is the deliverable; the footnote's follow-up is not the measure."),
    dict(n=18, status="completed", ev="Forskriftsendringen om A/B-legemidler trådte i kraft",
         nar=["Forskriftsendringen om A/B-legemidler trådte i kraft, slik at papirresepter og muntlige resepter "
              "er begrenset til tre døgns dose."]),
    dict(n=19, status="planned", ev="Et høringsnotat om lovendringer er under forberedelse",
         nar=["Et høringsnotat om lovendringer er under forberedelse i departementet. Forholdet til "
              "folkehelseloven vil bli drøftet i notatet."]),
    dict(n=20, status="in_progress", ev="utredning av livskrisetilbud er i sluttfasen",
         nar=["Folkehelseinstituttets utredning av livskrisetilbud er i sluttfasen, og anbefalingene ventes "
              "våren 2025."]),
    dict(n=21, status="in_progress", ev="det reviderte kapitlet om oppfølging etter selvskading er på høring",
         nar=["Materiellet for kommunene revideres i tre trinn:",
              ("items", ["kapitlet om risikovurdering: publisert;",
                         "det reviderte kapitlet om oppfølging etter selvskading er på høring;",
                         "eksempelsamlingen fra kommunene: samles inn."])],
         note="One chapter published is a sub-item of the revised material."),
    dict(n=22, status="in_progress", ev="Bruken av den elektroniske planveiviseren øker jevnt",
         nar=["Bruken av den elektroniske planveiviseren øker jevnt, og 211 kommuner har nå en plan eller "
              "delplan. Veiviseren finnes på [[https://www.veiviser-selvmord.no|veiviser-selvmord.no]]."],
         urls=["https://www.veiviser-selvmord.no"]),
    dict(n=23, status="in_progress", ev="nye team etableres fortløpende",
         nar=["Rask psykisk helsehjelp finnes nå i 96 kommuner, og nye team etableres fortløpende. Tilskuddet "
              "utgjorde 1,05 milliarder kroner i 2024."],
         funding=[(1050000000, 2024, "Tilskuddet utgjorde 1,05 milliarder kroner i 2024")]),
    # Mål 4
    dict(n=24, status="completed", ev="Den digitale helsestasjonstjenesten er innført i alle kommuner",
         nar=["Den digitale helsestasjonstjenesten er innført i alle kommuner, med sikker meldingsutveksling "
              "mellom foreldre, elever og helsesykepleiere."]),
    dict(n=25, status="in_progress", ev="Stimuleringsmidlene fordeles nå til kommunene",
         nar=["Stimuleringsmidlene fordeles nå til kommunene gjennom statsforvalterne. Ordningen har en ramme "
              "på kr 950 000 i 2024."],
         funding=[(950000, 2024, "Ordningen har en ramme på kr 950 000 i 2024")]),
    dict(n=26, status="not_started", ev="Verktøyet for fastlegene er ennå ikke påbegynt",
         nar=["Verktøyet for fastlegene er ennå ikke påbegynt, selv om det er satt av 600 000 kroner til "
              "formålet."],
         funding=[(600000, None, "det er satt av 600 000 kroner til formålet")],
         note="Explicitly not begun; the allocation does not change that."),
    dict(n=27, status="in_progress", ev="Flere mestringsverktøy prøves ut på Helsenorge",
         nar=["Flere mestringsverktøy prøves ut på Helsenorge, blant annet et selvhjelpsprogram mot "
              "søvnvansker. Oversikten ligger på <<helsenorge.no/psykisk-helse/mestring>>."],
         urls=["helsenorge.no/psykisk-helse/mestring"]),
    dict(n=28, status="completed", ev="Retningslinjen ble revidert og utgitt i ny versjon",
         nar=["Arbeidet hadde tre deler, og alle er avsluttet:",
              ("items", ["Retningslinjen ble revidert og utgitt i ny versjon i februar 2024;",
                         "implementeringspakken for psykisk helsevern er levert;",
                         "implementeringspakken for tverrfaglig spesialisert rusbehandling er levert."])],
         note="Every sub-item done and together they are the deliverable (revision plus implementation support)."),
    dict(n=29, status="in_progress", ev="Læringsnotatene fra tilsynssakene bearbeides",
         nar=["Læringsnotatene fra tilsynssakene bearbeides til et felles kunnskapsgrunnlag for tjenestene."]),
    dict(n=30, status="planned", ev="Oppdraget skal lyses ut tidlig i 2025",
         nar=["Et oppdrag om riktig behandlingsnivå for alkoholavhengighet er formulert. Oppdraget skal lyses "
              "ut tidlig i 2025."]),
    dict(n=31, status="in_progress", ev="Flere helseforetak har åpnet brukerstyrte senger",
         nar=["Flere helseforetak har åpnet brukerstyrte senger, og oppfølgingen før og etter utskriving blir "
              "nå systematisert."]),
    dict(n=32, status="completed", ev="Vurderingen av sensorteknologi ble levert departementet",
         nar=["Vurderingen av sensorteknologi ble levert departementet i juni og konkluderer med at teknologien "
              "kan være et relevant hjelpemiddel i enkelte døgnavdelinger."]),
    dict(n=33, status="not_started", ev="ingen av helseforetakene har kommet i gang med dette",
         nar=["Samarbeidet mellom somatiske enheter og psykisk helsevern er drøftet, men ingen av "
              "helseforetakene har kommet i gang med dette."]),
    dict(n=34, status="in_progress", ev="Rutinen for vurdering av selvmordsrisiko innføres gradvis",
         nar=["Rutinen for vurdering av selvmordsrisiko innføres gradvis ved de medisinske avdelingene."]),
    dict(n=35, status="in_progress", ev="Kriseplanmalen er tatt i bruk ved halvparten av helseforetakene",
         nar=["Kriseplanmalen er tatt i bruk ved halvparten av helseforetakene, og resten følger i 2025."],
         note="The template in use at half of the trusts is a sub-step of good transitions for all patients."),
    dict(n=36, status="planned", ev="gjennomgangen av den akuttmedisinske kjeden er bestilt",
         nar=["Arbeidet er delt i to:",
              ("items", ["gjennomgangen av den akuttmedisinske kjeden er bestilt fra Helsedirektoratet, med "
                         "oppstart i januar 2025;",
                         "forbedringstiltak, herunder ambulante akutt-team, skal vurderes etter gjennomgangen."])],
         note="Neither sub-item has begun beyond the order."),
    dict(n=37, status="in_progress", ev="Beslutningsstøtteverktøyet er innført ved fem AMK-sentraler",
         nar=["Beslutningsstøtteverktøyet er innført ved fem AMK-sentraler og skal deretter tas i bruk i "
              "legevaktsentralene."]),
    dict(n=38, status="completed", ev="kurset er i ordinær drift ved alle AMK-sentraler og legevaktsentraler",
         nar=["Kurset ble utviklet i tre steg:",
              ("items", ["kursinnholdet ble ferdigstilt i 2023;",
                         "pilotkurs ble holdt i to helseregioner;",
                         "kurset er i ordinær drift ved alle AMK-sentraler og legevaktsentraler."])],
         note="All sub-items done; the course exists and is given (the deliverable)."),
    dict(n=39, status="in_progress", ev="Barneansvarlig personell får et fordypningskurs",
         nar=["Barneansvarlig personell får et fordypningskurs om barn som pårørende etter selvskading, og "
              "kurset holdes i alle helseregioner gjennom vinteren."]),
    dict(n=40, status="not_started", ev="Det er ikke gjort noe konkret med tiltaket i rapportperioden",
         nar=["Det er ikke gjort noe konkret med tiltaket i rapportperioden. Pårørendeorganisasjonene har bedt "
              "om et møte om saken."]),
    dict(n=41, status="completed", ev="Pårørendeveilederen fikk et nytt kapittel om selvmord",
         nar=["Pårørendeveilederen fikk et nytt kapittel om selvmord etter at behovet var vurdert. Kapitlet "
              "finnes på [[https://www.helsedirektoratet.no/veiledere/parorendeveileder|"
              "Helsedirektoratets veilederside]]."],
         urls=["https://www.helsedirektoratet.no/veiledere/parorendeveileder"]),
    dict(n=42, status="completed", ev="Den fornyede veilederen for innsatte er fastsatt",
         nar=["Den fornyede veilederen for innsatte er fastsatt og gjelder fra 1. januar 2024.{fn:Veilederen "
              "skal evalueres i 2026, men det arbeidet er ikke påbegynt.}"]),
    dict(n=43, status="planned", ev="Kriminalomsorgsdirektoratet vil vurdere en utvidelse",
         nar=["Erfaringene fra de første cellene samles nå inn, og Kriminalomsorgsdirektoratet vil vurdere en "
              "utvidelse når datagrunnlaget er stort nok."],
         note="Collecting experience is the precondition the commitment names, not the assessment itself."),
    # Mål 5
    dict(n=44, status="in_progress", ev="opplæring av ansatte i oppfølgingsteam pågår",
         nar=["Arbeidet med etterlatte følges opp i tre spor:",
              ("items", ["informasjonsheftet til etterlatte barn: utgitt;",
                         "den nasjonale oversikten over kommunale team: oppdatert;",
                         "opplæring av ansatte i oppfølgingsteam pågår."]),
              "Tiltaket fikk 1,8 mill. kroner i 2024."],
         funding=[(1800000, 2024, "Tiltaket fikk 1,8 mill. kroner i 2024")],
         note="Two of three sub-items done; the services' work (the deliverable) continues."),
    dict(n=45, status="planned", ev="revisjonen av veilederen starter når oppdraget er gitt",
         nar=["Departementet har vurdert veilederen Etter selvmordet, og revisjonen av veilederen starter når "
              "oppdraget er gitt."]),
    # Mål 6
    dict(n=46, status="not_started", ev="Spørsmålet om utvidet obduksjonsplikt er lagt på is",
         nar=["Spørsmålet om utvidet obduksjonsplikt er lagt på is i påvente av en større gjennomgang av "
              "rettsmedisinen."]),
    dict(n=47, status="in_progress", ev="Et utvalg av dødsfall blant eldre gjennomgås nå",
         nar=["Et utvalg av dødsfall blant eldre gjennomgås nå for å anslå behovet for flere obduksjoner."]),
    dict(n=48, status="not_started", ev="Det foreligger ingen fremdrift i spørsmålet om coroner-ordning",
         nar=["Det foreligger ingen fremdrift i spørsmålet om coroner-ordning eller mortalitetskomiteer."]),
    dict(n=49, status="in_progress", ev="elektronisk innsending er innført ved to helseforetak",
         nar=["Status for obduksjonsrapportene:",
              ("items", ["elektronisk innsending er innført ved to helseforetak;",
                         "de øvrige helseforetakene kobles på i 2025."]),
              "Registeret mottar ennå ikke alle rapporter."]),
    dict(n=50, status="planned", ev="et forprosjekt om et selvskadingsregister er finansiert",
         nar=["Folkehelseinstituttet har meldt at et forprosjekt om et selvskadingsregister er finansiert, med "
              "4 millioner kroner for 2025."],
         funding=[(4000000, 2025, "med 4 millioner kroner for 2025")]),
    dict(n=51, status="not_started", ev="samarbeidsmodellen er ennå ikke påbegynt",
         nar=["Partene har hatt ett innledende møte, men samarbeidsmodellen er ennå ikke påbegynt."]),
    dict(n=52, status="completed", ev="Forskningsgjennomgangen ble overlevert i mai 2024",
         nar=["Forskningsgjennomgangen ble overlevert i mai 2024 og peker på eldre menn og samiske områder som "
              "lite forsket på."]),
    dict(n=53, status="in_progress", ev="Oppfølgingen av kunnskapsoppsummeringen om menn er godt i gang",
         nar=["Oppfølgingen av kunnskapsoppsummeringen om menn er godt i gang, mens oppsummeringen om eldre "
              "først kommer i 2025."]),
    dict(n=54, status="completed", ev="FoU-rapporten om innvandrerbefolkningen ble offentliggjort",
         nar=["FoU-rapporten om innvandrerbefolkningen ble offentliggjort i september 2024 og er tilgjengelig på "
              "<<www.nkvts.no/rapport/selvmord-innvandrere>>."],
         urls=["www.nkvts.no/rapport/selvmord-innvandrere"]),
    dict(n=55, status="completed", ev="Levekårsundersøkelsen på lhbtiq-feltet ble utgitt",
         nar=["Levekårsundersøkelsen på lhbtiq-feltet ble utgitt av SSB med et eget kapittel om selvmordstanker."]),
    dict(n=56, status="in_progress", ev="e-læringskurset for hjemmetjenesten er under utvikling",
         nar=["Kompetansetiltakene for kommunene:",
              ("items", ["regionale fagdager: holdt i alle fylker;",
                         "e-læringskurset for hjemmetjenesten er under utvikling;",
                         "veiledning til legevakt: ferdigstilt."])],
         note="Two of three sub-items finished; the competence in the services is still being built."),
    dict(n=57, status="in_progress", ev="Kompetanseprogrammet for rusbehandling og psykisk helsevern er i drift",
         nar=["Kompetanseprogrammet for rusbehandling og psykisk helsevern er i drift i tre av fire regioner."]),
    dict(n=58, status="completed", ev="Kompetansenettverk er nå opprettet i alle helseregionene",
         nar=["Etter vurderingen i 2022 ble det besluttet å etablere nettverk. Kompetansenettverk er nå opprettet "
              "i alle helseregionene."],
         note="The commitment asks how networks can be established; they are established everywhere (close call)."),
    dict(n=59, status="in_progress", ev="Vivat-kursene holdes nå også på nordsamisk",
         nar=["Vivat-kursene holdes nå også på nordsamisk, og antall instruktører er økt. Vivat fikk "
              "2,75 mill. kr i økt tilskudd i 2024."],
         funding=[(2750000, 2024, "Vivat fikk 2,75 mill. kr i økt tilskudd i 2024")]),
    dict(n=60, status="completed", ev="Tilskuddsordningen ble forsterket med 8 millioner kroner",
         nar=["Tilskuddsordningen ble forsterket med 8 millioner kroner fra 2024, og 34 prosjekter fikk "
              "tilsagn.{fn:Ordningen forvaltes av Helsedirektoratet. Utlysningen for 2025 er under "
              "forberedelse.}"],
         funding=[(8000000, 2024, "Tilskuddsordningen ble forsterket med 8 millioner kroner fra 2024")]),
    dict(n=61, status="in_progress", ev="den sørsamiske versjonen tilpasses sammen med Saemien Sijte",
         nar=["Opplæringsmateriellet tas fram språk for språk:",
              ("items", ["den nordsamiske versjonen er ferdig og i bruk;",
                         "den sørsamiske versjonen tilpasses sammen med Saemien Sijte;",
                         "den lulesamiske versjonen er ikke påbegynt."])],
         note="A finished north Sami version is one sub-item; the measure asks for all three languages."),
]

LETTERS = "abcdefghij"


def link_plain(t):
    t = re.sub(r"\{fn:[^}]*\}", "", t)
    t = re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]", r"\2", t)
    t = re.sub(r"<<([^>]+)>>", r"\1", t)
    return t


def plain_narrative(nar):
    parts = []
    for b in nar:
        if isinstance(b, tuple):
            parts += [f"{LETTERS[i]}) {link_plain(x)}" for i, x in enumerate(b[1])]
        else:
            parts.append(link_plain(b))
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def tex_escape(s):
    s = s.replace("\\", "\\textbackslash{}")
    for c in "#$%&_":
        s = s.replace(c, "\\" + c)
    return s


def tex_text(t):
    out, pos = [], 0
    for mm in re.finditer(r"\{fn:([^}]*)\}|\[\[([^|\]]+)\|([^\]]+)\]\]|<<([^>]+)>>", t):
        out.append(tex_escape(t[pos:mm.start()]))
        if mm.group(1) is not None:
            out.append("\\footnote{" + tex_escape(mm.group(1)) + "}")
        elif mm.group(2) is not None:
            out.append("\\href{" + mm.group(2) + "}{" + tex_escape(mm.group(3)) + "}")
        else:
            out.append("\\nolinkurl{" + mm.group(4) + "}")
        pos = mm.end()
    out.append(tex_escape(t[pos:]))
    return "".join(out)


def tex_narrative(nar):
    out = []
    for b in nar:
        if isinstance(b, tuple):
            out.append("\\begin{enumerate}\n" + "".join(f"  \\item {tex_text(x)}\n" for x in b[1])
                       + "\\end{enumerate}\n")
        else:
            out.append(tex_text(b) + "\n\n")
    return "".join(out)


def ministry_line(codes):
    return ("Ansvarlig departement: " if len(codes) == 1 else "Ansvarlige departementer: ") + and_list(codes)


PREAMBLE = r"""\documentclass[10pt,a4paper,twoside]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[norsk]{babel}
\usepackage{lmodern}
\usepackage{microtype}
\usepackage[a4paper,textwidth=112mm,inner=38mm,top=30mm,bottom=32mm]{geometry}
\usepackage{fancyhdr}
% 'Side N av M': the label LastPage at the end of the text (what the lastpage package does)
\AtEndDocument{\label{LastPage}}
\usepackage[hidelinks]{hyperref}
\renewcommand{\labelenumi}{\alph{enumi})}
\renewcommand{\sectionmark}[1]{\markboth{#1}{}}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\itshape SHORTTITLE}
\fancyhead[R]{\small\nouppercase{\leftmark}}
\fancyfoot[C]{\small Side \thepage\ av \pageref{LastPage}}
\renewcommand{\headrulewidth}{0.4pt}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\small Side \thepage\ av \pageref{LastPage}}\renewcommand{\headrulewidth}{0pt}}
\setlength{\parindent}{0pt}
\hyphenpenalty=20
\tolerance=600
\setlength{\parskip}{0.5ex plus 0.2ex}
\title{\textbf{TITLE}}
\author{Helse- og omsorgsdepartementet}
\date{Status per 29.~november 2024}
\begin{document}
\maketitle
\thispagestyle{plain}
"""

INTRO = [
    "Denne årsrapporten gjør rede for oppfølgingen av [[" + PLAN_URL + "|Handlingsplan for forebygging av "
    "selvmord 2020–2025]] i perioden fra høsten 2023 til høsten 2024. Handlingsplanen inneholder 61 tiltak "
    "fordelt på seks mål, og rapporten gir status for hvert av dem per 29. november 2024.{fn:Rapporten bygger på "
    "innspill fra departementene og direktoratene. Tallene er ikke kvalitetssikret av SSB.}",
    "Der et tiltak er delt opp i flere deler, er delene merket a), b) og c). Statusen gjelder tiltaket som helhet: "
    "at én del er ferdig, betyr ikke at tiltaket er gjennomført. Samlet oversikt over midler finnes i "
    "statsbudsjettet, se <<www.regjeringen.no/statsbudsjett>>.",
]


def build():
    tex = [PREAMBLE.replace("SHORTTITLE", tex_escape(SHORT)).replace("TITLE", tex_escape(TITLE))]
    tex.append("\\section{Innledning}\n" + "".join(tex_text(p) + "\n\n" for p in INTRO))
    expected, goal = [], None
    for m in M:
        n = m["n"]
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            sep = ":" if g % 2 == 0 else " –"
            tex.append(f"\\section[Mål {g}]{{Mål {g}{sep} {tex_escape(GOALS[g])}}}\n")
        commitment = MEASURES[n]["commitment"]
        if g <= 3:
            tex.append(f"\\subsection{{Tiltak {n}}}\n\\textit{{{tex_escape(commitment)}}}\n\n")
        else:
            sep = ":" if n % 2 else " –"
            tex.append(f"\\paragraph{{Tiltak {n}{sep}}} {tex_escape(commitment)}\n\n")
        tex.append(tex_narrative(m["nar"]))
        codes = m.get("ministries", MEASURES[n]["ministries"])
        tex.append(tex_escape(ministry_line(codes)) + "\n\n")
        text = plain_narrative(m["nar"])
        ev = m["ev"]
        # evidence of a lettered item may start with its letter
        if ev not in text:
            raise SystemExit(f"measure {n}: status_evidence {ev!r} not in narrative {text!r}")
        funding = []
        for amount, year, fev in m.get("funding", []):
            if fev not in text:
                raise SystemExit(f"measure {n}: funding evidence {fev!r} not in narrative")
            funding.append({"amount_nok": amount, "year": year, "evidence": fev})
        flat = " ".join(x for b in m["nar"] for x in (b[1] if isinstance(b, tuple) else [b]))
        flat = re.sub(r"\{fn:[^}]*\}", "", flat)
        urls = [mm.group(1) or mm.group(2) for mm in re.finditer(r"\[\[([^|\]]+)\||<<([^>]+)>>", flat)]
        assert all(u in urls for u in m.get("urls", [])), n
        e = {"number": n, "goal": g, "commitment": commitment, "ministries": codes, "status": m["status"],
             "status_evidence": ev, "funding": funding, "urls": urls}
        if m.get("note"):
            e["note"] = m["note"]
        expected.append(e)
    tex.append("\\end{document}\n")
    notes = ("Typeset with pdfLaTeX (Latin Modern, T1, babel norsk hyphenation, microtype): ligatures are single "
             "glyphs, no space glyphs, plain hyphens at automatic line breaks, footnotes (in the introduction and "
             "measures 3, 11, 17, 42, 60; their text is not narrative), running heads 'Ingen å miste – årsrapport "
             "2023–2024' (left) and the goal 'Mål N' (right), footer 'Side N av M'. Sections numbered by LaTeX "
             "('2 Mål 1 – …', '2.1 Tiltak 1'); goals 4-6 use run-in headings 'Tiltak N:' / 'Tiltak N –'. Lettered "
             "sub-items a) b) c) in measures 2, 4, 9, 21, 28, 36, 38, 44, 49, 56, 61: the status is judged on the "
             "measure's own deliverable (a finished sub-item does not finish the measure; all sub-items done and "
             "together the deliverable = completed; nothing begun beyond the order = planned). Evidence of a "
             "sub-item is the item text without its letter.")
    exp = annual_expected("2023-2024", "2024-11-29", expected, title=TITLE, notes=notes)
    with open(os.path.join(OUT, NAME + ".tex"), "w", encoding="utf-8") as f:
        f.write("".join(tex))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", NAME)
    print_status_counts(expected)


if __name__ == "__main__":
    build()

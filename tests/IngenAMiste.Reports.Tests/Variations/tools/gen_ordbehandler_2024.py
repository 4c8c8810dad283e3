"""ordbehandler-2024: a mid-year status report written in a WORD PROCESSOR (LibreOffice Writer), all 61 measures, blind.

Every other document of the variation corpus is HTML printed by headless Chromium. The ministry's real reports are
written in a word processor and exported to PDF, which writes PDFs differently: text shown word by word or with
kerning arrays, other font subsetting, a tagged PDF, real footnotes at the page foot, header and footer fields,
automatic hyphenation by the word processor's dictionary and a table of contents with dot leaders and page numbers.

This generator writes ordbehandler-2024.fodt (flat ODF XML); tools/render_writer.sh converts it to PDF with
`soffice --headless --convert-to pdf` (tagged PDF). The table of contents is written by hand (like a TOC field that
was last updated before export): render_writer.sh renders twice, and the second pass takes the page numbers of the
headings from the first PDF (`--pages FILE`).

Layout: title page without header and footer; "Innhold" with one entry per goal ("Mål N: …") and per measure
("Tiltak N" or, for goals 3 and 5, the whole run-in heading "Tiltak N – <commitment>"), dot leaders and right-aligned
page numbers; "Heading 1" for "Innledning" and the goals, "Heading 2" for measures; goals 1, 2, 4 and 6 have
"Tiltak N" alone with the commitment in an italic paragraph below, goals 3 and 5 "Tiltak N – <commitment>" as the
heading. Body text Liberation Serif 11 pt, justified, automatic hyphenation (fo:hyphenate, language nb-NO; the
hyphens come from LibreOffice's Norwegian hyphenation dictionary, Debian package hyphen-no, not from the source).
Headings in Carlito. Header "Statusrapport 2024 – Ingen å miste" (right), footer "Side N av M" (page-number and
page-count fields). Real footnotes in measures 5, 17, 28, 41 and 53 (their text must not become narrative or
evidence; some say "publisert", "ferdigstilt", "ikke evaluert" on purpose). A bulleted list (list style) in 4 and 56.
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

from lib import GOALS, MEASURES, OUT, and_list, annual_expected, measure_json, print_status_counts

NAME = "ordbehandler-2024"
TITLE = "Statusrapport 2024 – Handlingsplan for forebygging av selvmord 2020–2025"
RUNNING = "Statusrapport 2024 – Ingen å miste"
PLAN_URL = "https://www.regjeringen.no/no/dokumenter/handlingsplan-for-forebygging-av-selvmord-2020-2025/id2747710/"

# Narratives: <p>, <ul><li>, <a href>, and <fn>footnote text</fn> (the footnote body is not part of the narrative).
M = [
    # Mål 1
    dict(n=1, status="completed", ev="Den visuelle oversikten over det selvmordsforebyggende arbeidet er ferdig",
         narrative="<p>Den visuelle oversikten over det selvmordsforebyggende arbeidet er ferdig og ligger på "
                   "<a href=\"https://www.helsedirektoratet.no/tema/selvmord-og-selvskading/aktorkart\">"
                   "Helsedirektoratets temaside</a>. Direktoratet har ansvaret for å holde aktørkartet à jour når "
                   "nye tilbud kommer til.</p>",
         urls=["https://www.helsedirektoratet.no/tema/selvmord-og-selvskading/aktorkart"]),
    dict(n=2, status="in_progress", ev="Gjennomgangene i pilotfylkene har fortsatt i første halvår",
         narrative="<p>Gjennomgangene i pilotfylkene har fortsatt i første halvår, og 41 saker er så langt drøftet med "
                   "kommunene, spesialisthelsetjenesten og etterlatte. Helsedirektoratet har bevilget 4,5 mill. kr "
                   "til piloten i 2024.</p>"
                   "<p>Erfaringene skal danne grunnlag for en anbefaling om en nasjonal modell, som departementet "
                   "ikke venter før piloten er evaluert.</p>",
         funding=[(4500000, 2024, "har bevilget 4,5 mill. kr til piloten i 2024")],
         note="Funding evidence without the giver (the corpus convention; relabelled after the blind run)."),
    dict(n=3, status="completed", ev="har vært operative siden høsten 2021",
         narrative="<p>Forumet og direktoratssamarbeidet har vært operative siden høsten 2021. Forumet møttes to "
                   "ganger i første halvår 2024, blant annet om erfaringene fra pilotene under tiltak 2.</p>",
         note="Both bodies exist and meet (the deliverable); 'operative siden' describes them running."),
    # Mål 2
    dict(n=4, status="in_progress", ev="Kampanjeserien er omtrent midtveis",
         narrative="<p>Kampanjeserien er omtrent midtveis. Status for regionene per 30. juni:</p>"
                   "<ul><li>Vestland og Rogaland: kampanjen er avsluttet</li>"
                   "<li>Trøndelag og Møre og Romsdal: kampanjen ble avsluttet i mai</li>"
                   "<li>Nord-Norge, Innlandet og Østlandet: kampanjene kjøres i 2025</li></ul>",
         note="Two regions finished is a sub-step; the measure is the campaigns across all regions."),
    dict(n=5, status="completed",
         ev="Kunnskapsoppsummeringen om medieomtale av selvmord ble overrakt statsråden i februar 2024",
         narrative="<p>Kunnskapsoppsummeringen om medieomtale av selvmord ble overrakt statsråden i februar 2024. "
                   "Oppsummeringen<fn>Folkehelseinstituttet: Omtale av selvmord i mediene. En systematisk "
                   "oversikt. Rapport 2024:3. En oppdatert utgave er planlagt i 2026.</fn> er også sendt til "
                   "Pressens Faglige Utvalg, som tar den med i sitt arbeid med Vær Varsom-plakaten.</p>"),
    dict(n=6, status="in_progress", ev="Gruppen utformer for tiden en felles innholdsveileder",
         narrative="<p>Medietilsynet leder en samarbeidsgruppe med tre plattformselskaper og to frivillige "
                   "organisasjoner. Gruppen utformer for tiden en felles innholdsveileder; et første utkast "
                   "foreligger.</p>",
         note="A first draft exists; the guidance the cooperation works on is not finished."),
    dict(n=7, status="in_progress", ev="Utbredelsen til de resterende fylkene er påbegynt",
         narrative="<p>#chatsafe-materiellet deles ut gjennom skolehelsetjenesten i elleve fylker. Utbredelsen til de "
                   "resterende fylkene er påbegynt.</p>"),
    dict(n=8, status="completed", ev="Medietilsynet slapp informasjonspakken til foreldre",
         narrative="<p>Medietilsynet slapp informasjonspakken til foreldre om barns møte med skadelig innhold på nett i "
                   "januar 2024. Pakken er lastet ned over 20 000 ganger.</p>"),
    dict(n=9, status="in_progress", ev="kurset for ansatte i skolehelsetjenesten er under testing i tre kommuner",
         narrative="<p>Et digitalt kurs for ansatte i barnevernet er klart, mens kurset for ansatte i "
                   "skolehelsetjenesten er under testing i tre kommuner.</p>",
         note="One of two target groups has its course (a sub-step)."),
    dict(n=10, status="in_progress", ev="arbeidet fortsetter ut 2024",
         narrative="<p>Utdanningsdirektoratet gjør nettressursen kjent gjennom skoleeiernettverkene, og arbeidet "
                   "fortsetter ut 2024. Ressursen ligger på www.udir.no/laring-og-trivsel/skolemiljo/"
                   "selvmordsforebygging/ og er lenket fra skoleportalen.</p>",
         urls=["www.udir.no/laring-og-trivsel/skolemiljo/selvmordsforebygging/"]),
    dict(n=11, status="completed", ev="Tiltaket regnes dermed som avsluttet",
         narrative="<p>Veiledningen om informasjonsutveksling ved mistanke om selvmordsfare ble sendt til kommunene og "
                   "politidistriktene i mars 2024. Tiltaket regnes dermed som avsluttet.</p>"),
    dict(n=12, status="planned", ev="er ennå på skissestadiet",
         narrative="<p>Oppdraget er forankret i Helsedirektoratets tildelingsbrev for 2024, men arbeidet med "
                   "minstestandarden er ennå på skissestadiet.</p>"),
    dict(n=13, status="not_started", ev="det foreligger ingen aktivitet å rapportere",
         narrative="<p>Samordningen av hjelpetelefonene har ikke vært prioritert i perioden, og det foreligger ingen "
                   "aktivitet å rapportere.</p>"),
    # Mål 3
    dict(n=14, status="completed", ev="tok de nye klassifiseringskriteriene i bruk",
         narrative="<p>Statens vegvesen tok de nye klassifiseringskriteriene i bruk i alle analyser av dødsulykker fra "
                   "1. januar 2024.</p>"),
    dict(n=15, status="in_progress", ev="Kartleggingen av utsatte områder går sin gang",
         narrative="<p>Kartleggingen av utsatte områder går sin gang, og Politidirektoratet venter et samlet "
                   "kunnskapsgrunnlag mot slutten av året. Arbeidet ses i sammenheng med klassifiseringen av "
                   "trafikkdødsfall, jf. tiltak 14.</p>"),
    dict(n=16, status="completed", ev="leverte sin vurdering av sikringstiltak i april 2024",
         narrative="<p>Statens vegvesen har kartlagt høybroene og leverte sin vurdering av sikringstiltak i april 2024. "
                   "Selve sikringen av de første broene skal prioriteres i Nasjonal transportplan.</p>",
         note="The mapping and the assessment are the deliverable; securing the bridges is a follow-up."),
    dict(n=17, status="completed", ev="Regjeringen la fram den nasjonale alkoholstrategien",
         narrative="<p>Regjeringen la fram den nasjonale alkoholstrategien<fn>Nasjonal alkoholstrategi 2021–2025, "
                   "Helse- og omsorgsdepartementet. Strategien er ennå ikke evaluert.</fn> i 2021. En "
                   "midtveisgjennomgang av strategien skal gjøres i 2025.</p>",
         note="The strategy is presented; the mid-term review is a follow-up. The footnote's 'ikke evaluert' is not "
              "narrative."),
    dict(n=18, status="completed", ev="har virket siden 2022",
         narrative="<p>Begrensningen av forskrivningsmengden for A- og B-preparater på papirresept har virket siden "
                   "2022 og videreføres uendret.</p>"),
    dict(n=19, status="not_started", ev="arbeidet med et høringsnotat er ikke begynt",
         narrative="<p>Departementet har ikke tatt stilling til lovendringen, og arbeidet med et høringsnotat er ikke "
                   "begynt.</p>"),
    dict(n=20, status="planned", ev="med oppstart etter sommeren",
         narrative="<p>Utredningen av livskrisetilbud er lagt inn i Helsedirektoratets oppdragsportefølje for "
                   "2024–2025, med oppstart etter sommeren.</p>"),
    dict(n=21, status="in_progress",
         ev="Helsedirektoratet reviderer det veiledende materiellet kapittel for kapittel",
         narrative="<p>Helsedirektoratet reviderer det veiledende materiellet kapittel for kapittel. Kapitlene om "
                   "skole og barnehage er oppdatert, resten er i arbeid.</p>"),
    dict(n=22, status="in_progress", ev="Tiltaket følges opp gjennom en regional veiledningsrunde",
         narrative="<p>Tiltaket følges opp gjennom en regional veiledningsrunde der statsforvalterne besøker "
                   "kommuner uten plan. Per juni har 214 kommuner vedtatt en plan eller delplan.</p>"),
    dict(n=23, status="in_progress", ev="Utbredelsen øker jevnt",
         narrative="<p>Utbredelsen øker jevnt: Rask psykisk helsehjelp er nå etablert i 190 kommuner, mot 172 ved "
                   "forrige rapportering. Over statsbudsjettet er det i 2024 satt av 1,1 mrd. kroner til "
                   "kommunale lavterskeltilbud, herunder Rask psykisk helsehjelp.</p>",
         funding=[(1100000000, 2024, "Over statsbudsjettet er det i 2024 satt av 1,1 mrd. kroner")],
         note="'er etablert i 190 kommuner' is a step; the measure is to increase the spread."),
    # Mål 4
    dict(n=24, status="completed", ev="er rullet ut i alle landets kommuner",
         narrative="<p>Den digitale innboksen for helsestasjons- og skolehelsetjenesten er rullet ut i alle landets "
                   "kommuner. Helsenorge.no viser tjenesten for alle innbyggere.</p>"),
    dict(n=25, status="planned", ev="skal etter planen lyse ut midler",
         narrative="<p>Helsedirektoratet skal etter planen lyse ut midler til kommuner som vil starte forebyggende "
                   "hjemmebesøk, høsten 2024.</p>"),
    dict(n=26, status="not_started", ev="det har ikke vært noen aktivitet på tiltaket",
         narrative="<p>Verktøyet for fastlegene er ikke utviklet, og det har ikke vært noen aktivitet på tiltaket "
                   "hittil i 2024.</p>"),
    dict(n=27, status="in_progress", ev="Flere digitale mestringsverktøy tas inn på helsenorge.no fortløpende",
         narrative="<p>Flere digitale mestringsverktøy tas inn på helsenorge.no fortløpende; fire av ti planlagte "
                   "verktøy er publisert.</p>",
         ministries=["HOD", "DFD"]),
    dict(n=28, status="in_progress", ev="Helsedirektoratet arbeider nå med implementeringen i helseforetakene",
         narrative="<p>Den reviderte retningslinjen<fn>Nasjonal faglig retningslinje for forebygging av selvmord i "
                   "psykisk helsevern og tverrfaglig spesialisert rusbehandling. Første versjon ble publisert i "
                   "2008.</fn> ble lagt ut på <a href=\"https://www.helsedirektoratet.no/retningslinjer/selvmord\">"
                   "helsedirektoratet.no</a> i januar 2024.</p>"
                   "<p>Helsedirektoratet arbeider nå med implementeringen i helseforetakene, noe som vil ta tid.</p>",
         urls=["https://www.helsedirektoratet.no/retningslinjer/selvmord"],
         note="The revision is done (a sub-step); the measure also asks for its implementation, which is under way."),
    dict(n=29, status="in_progress", ev="Læringsnettverket for gjennomgang av selvmord i tjenestene har hatt tre samlinger",
         narrative="<p>Læringsnettverket for gjennomgang av selvmord i tjenestene har hatt tre samlinger, og en fjerde "
                   "holdes i september.</p>"),
    dict(n=30, status="planned", ev="vil bli konkretisert der",
         narrative="<p>Tiltaket inngår i det kommende arbeidet med en opptrappingsplan for rusfeltet og vil bli "
                   "konkretisert der.</p>"),
    dict(n=31, status="in_progress", ev="Modellen for tettere oppfølging utprøves ved fire døgnenheter",
         narrative="<p>Modellen for tettere oppfølging utprøves ved fire døgnenheter, og pasientene får en fast "
                   "kontaktperson de første ukene etter utskriving.</p>"),
    dict(n=32, status="planned", ev="er planlagt startet i 2025",
         narrative="<p>Vurderingen av sensorteknologi er planlagt startet i 2025, når de regionale helseforetakene har "
                   "avklart finansieringen.</p>"),
    dict(n=33, status="not_started", ev="ikke satt i verk noe arbeid",
         narrative="<p>Det er så langt ikke satt i verk noe arbeid med kompetansen i somatiske enheter.</p>"),
    dict(n=34, status="planned", ev="der det skal vurderes høsten 2024",
         narrative="<p>Tiltaket er overført til arbeidet med pasientforløp i de regionale helseforetakene, der det skal "
                   "vurderes høsten 2024.</p>",
         ministries=[]),
    dict(n=35, status="in_progress", ev="som nå utarbeider felles rutiner",
         narrative="<p>Samhandlingen ved utskriving styrkes gjennom helsefellesskapene, som nå utarbeider felles "
                   "rutiner. Seks av 19 helsefellesskap har vedtatt rutinene.</p>"),
    dict(n=36, status="in_progress", ev="politiets og ambulansetjenestens roller kartlegges nå",
         narrative="<p>Gjennomgangen av den akuttmedisinske kjeden er i sin andre runde, og politiets og "
                   "ambulansetjenestens roller kartlegges nå.</p>"),
    dict(n=37, status="not_started", ev="Videreutviklingen av beslutningsstøtteverktøyet har ikke startet",
         narrative="<p>Videreutviklingen av beslutningsstøtteverktøyet har ikke startet, fordi leverandøravtalen "
                   "først fornyes i 2025.</p>"),
    dict(n=38, status="completed", ev="Kurset for personell i AMK og legevaktsentraler ble tilgjengelig",
         narrative="<p>Kurset for personell i AMK og legevaktsentraler ble tilgjengelig på Kompetansebroen i oktober "
                   "2023, og over 900 har tatt det.</p>"),
    dict(n=39, status="in_progress", ev="Barneansvarlig personell i helseforetakene får nå opplæring",
         narrative="<p>Barneansvarlig personell i helseforetakene får nå opplæring i ivaretakelse av barn som "
                   "pårørende, og alle fire regioner deltar.</p>"),
    dict(n=40, status="planned", ev="er satt opp til november 2024",
         narrative="<p>Et nasjonalt seminar om pårørende som ressurs er satt opp til november 2024. Innholdet i en "
                   "mer varig satsing skal drøftes der.</p>"),
    dict(n=41, status="completed", ev="fikk et eget kapittel om selvmord i mai 2024",
         narrative="<p>Den nasjonale pårørendeveilederen<fn>Pårørendeveilederen, Helsedirektoratet 2017, sist endret "
                   "2024.</fn> fikk et eget kapittel om selvmord i mai 2024.</p>"),
    dict(n=42, status="completed", ev="ble godkjent i mars 2024",
         narrative="<p>Den reviderte veilederen for helse- og omsorgstjenester til innsatte ble godkjent i mars 2024. "
                   "Opplæring av fengselshelsetjenestene i den nye veilederen starter i 2025.</p>",
         note="The revised guide is the deliverable; the training is a follow-up."),
    dict(n=43, status="not_started", ev="er lagt bort inntil videre og er aldri blitt startet",
         narrative="<p>Vurderingen av flere sensorer i fengselscellene er lagt bort inntil videre og er aldri blitt "
                   "startet.</p>"),
    # Mål 5
    dict(n=44, status="in_progress", ev="Kommunene rekrutterer nå egne koordinatorer for oppfølgingsteam for etterlatte",
         narrative="<p>Kommunene rekrutterer nå egne koordinatorer for oppfølgingsteam for etterlatte, med støtte fra "
                   "<a href=\"https://www.leve.no/\">LEVE</a> og Helsedirektoratet; 38 kommuner er med.</p>",
         urls=["https://www.leve.no/"]),
    dict(n=45, status="in_progress", ev="Gjennomgangen av veilederen Etter selvmordet er i gang",
         narrative="<p>Gjennomgangen av veilederen Etter selvmordet er i gang, og et revidert utkast ventes tidlig i "
                   "2025.</p>"),
    # Mål 6
    dict(n=46, status="not_started", ev="er ikke tatt opp til vurdering ennå",
         narrative="<p>Spørsmålet om utvidet obduksjonsplikt er ikke tatt opp til vurdering ennå.</p>"),
    dict(n=47, status="not_started", ev="arbeidet har ikke startet opp",
         narrative="<p>Det er avsatt 650 000 kroner for 2024 til en forstudie om obduksjon av eldre, men arbeidet har "
                   "ikke startet opp.</p>",
         funding=[(650000, 2024, "Det er avsatt 650 000 kroner for 2024")],
         note="Money allocated, but the explicit not-started statement wins."),
    dict(n=48, status="not_started",
         ev="Ingen vurdering av en ekspertgruppe eller en coroner-ordning er påbegynt",
         narrative="<p>Ingen vurdering av en ekspertgruppe eller en coroner-ordning er påbegynt.</p>"),
    dict(n=49, status="in_progress", ev="tester en ny rutine for oversending av obduksjonsrapporter",
         narrative="<p>Folkehelseinstituttet og Kripos tester en ny rutine for oversending av obduksjonsrapporter til "
                   "Dødsårsaksregisteret.</p>"),
    dict(n=50, status="planned", ev="Folkehelseinstituttet vil utrede registeret i 2025",
         narrative="<p>Folkehelseinstituttet vil utrede registeret i 2025, og oppdraget er gitt i tildelingsbrevet "
                   "for 2024.</p>"),
    dict(n=51, status="planned", ev="skal drøftes i et felles møte i september",
         narrative="<p>Samarbeidsmodellen mellom NSSF og FHI skal drøftes i et felles møte i september.</p>"),
    dict(n=52, status="completed", ev="ble utgitt i mars 2024",
         narrative="<p>Den første nasjonale kunnskapsrapporten fra NSSF og FHI ble utgitt i mars 2024.</p>"),
    dict(n=53, status="in_progress", ev="som begge er i oppstart",
         narrative="<p>Folkehelseinstituttet følger opp kunnskapsoppsummeringene<fn>FHI: Selvmord blant menn (2020) "
                   "og Selvmord blant eldre (2021). Begge oppsummeringene er ferdigstilt.</fn> gjennom to "
                   "målrettede prosjekter, som begge er i oppstart.</p>"),
    dict(n=54, status="completed", ev="FoU-oppdraget er avrundet med en sluttrapport",
         narrative="<p>FoU-oppdraget er avrundet med en sluttrapport, som ligger på "
                   "<a href=\"https://www.forskningsradet.no/selvmordsforskning/sluttrapport/\">"
                   "Forskningsrådets nettsider</a>.</p>",
         urls=["https://www.forskningsradet.no/selvmordsforskning/sluttrapport/"]),
    dict(n=55, status="completed", ev="resultatene ble presentert i februar 2024",
         narrative="<p>Levekårsundersøkelsen på lhbtiq-feltet ble gjennomført i 2023, og resultatene ble presentert i "
                   "februar 2024. En ny runde er planlagt i 2027.</p>",
         note="The survey is the deliverable; the next round is a follow-up."),
    dict(n=56, status="in_progress", ev="Kompetansehevingen i kommunene fortsetter",
         narrative="<p>Kompetansehevingen i kommunene fortsetter med disse tilbudene:</p>"
                   "<ul><li>regionale fagdager om selvmordsrisiko</li>"
                   "<li>veiledning i bruk av kartleggingsverktøy</li>"
                   "<li>et nettverk for kommunepsykologer</li></ul>"),
    dict(n=57, status="in_progress", ev="Helseforetakene har startet opplæring av personell i TSB og psykisk helsevern",
         narrative="<p>Helseforetakene har startet opplæring av personell i TSB og psykisk helsevern; om lag "
                   "halvparten av de ansatte har gjennomført.</p>"),
    dict(n=58, status="completed",
         ev="Det er nå selvmordsforebyggende kompetansenettverk i alle fire helseregioner",
         narrative="<p>Det er nå selvmordsforebyggende kompetansenettverk i alle fire helseregioner; det siste ble "
                   "formelt opprettet i Helse Nord i februar 2024.</p>"),
    dict(n=59, status="in_progress", ev="Vivat utvider kurstilbudet til nye målgrupper i 2024",
         narrative="<p>Vivat utvider kurstilbudet til nye målgrupper i 2024, og kursene holdes fortløpende i hele "
                   "landet. Se <a href=\"https://www.vivatselvmordsforebygging.net/\">Vivats nettsider</a>.</p>",
         urls=["https://www.vivatselvmordsforebygging.net/"]),
    dict(n=60, status="completed", ev="Tilskuddsordningen fikk et påslag på 2 millioner kroner",
         narrative="<p>Tilskuddsordningen fikk et påslag på 2 millioner kroner i statsbudsjettet for 2024.</p>",
         funding=[(2000000, 2024, "Tilskuddsordningen fikk et påslag på 2 millioner kroner i statsbudsjettet for 2024")]),
    dict(n=61, status="in_progress", ev="Kulturell tilpasning pågår sammen med samiske fagmiljøer",
         narrative="<p>Opplæringsmateriellet er oversatt til norsk. Kulturell tilpasning pågår sammen med samiske "
                   "fagmiljøer, og implementeringen følger i 2025.</p>",
         note="The translation is a finished sub-step."),
]

RUN_IN_GOALS = {3, 5}


def x(s):
    return escape(s)


def inline(fragment):
    """Text of one paragraph in mini-markup to ODF inline XML: links and footnotes."""
    out, pos = [], 0
    for mm in re.finditer(r"<a href=\"([^\"]+)\">(.*?)</a>|<fn>(.*?)</fn>", fragment):
        out.append(x(fragment[pos:mm.start()]))
        if mm.group(1):
            out.append(f'<text:a xlink:type="simple" xlink:href="{x(mm.group(1))}">{x(mm.group(2))}</text:a>')
        else:
            NOTES[0] += 1
            k = NOTES[0]
            out.append(f'<text:note text:id="ftn{k}" text:note-class="footnote"><text:note-citation>{k}'
                       f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">{x(mm.group(3))}'
                       "</text:p></text:note-body></text:note>")
        pos = mm.end()
    out.append(x(fragment[pos:]))
    return "".join(out)


NOTES = [0]


def narrative_xml(narr):
    out = []
    for mm in re.finditer(r"<p>(.*?)</p>|<ul>(.*?)</ul>", narr, re.S):
        if mm.group(1) is not None:
            out.append(f'<text:p text:style-name="Text_20_body">{inline(mm.group(1))}</text:p>')
        else:
            items = re.findall(r"<li>(.*?)</li>", mm.group(2), re.S)
            out.append('<text:list text:style-name="L1">' + "".join(
                f'<text:list-item><text:p text:style-name="List_20_Bullet">{inline(i)}</text:p></text:list-item>'
                for i in items) + "</text:list>")
    return "".join(out)


def without_footnotes(narr):
    return re.sub(r"<fn>.*?</fn>", "", narr)


def goal_heading(g):
    return f"Mål {g}: {GOALS[g]}"


def measure_heading(n, g):
    return f"Tiltak {n} – {MEASURES[n]['commitment']}" if g in RUN_IN_GOALS else f"Tiltak {n}"


def ministry_line(codes):
    if len(codes) == 1:
        return "Ansvarlig departement: " + codes[0]
    return "Ansvarlige departementer: " + and_list(codes)


INTRO = [
    "Handlingsplanen for forebygging av selvmord, Ingen å miste, gjelder for perioden 2020–2025 og har 61 tiltak "
    "fordelt på seks mål. Denne statusrapporten viser hvor arbeidet med tiltakene står per 30. juni 2024, og er "
    "utarbeidet av Helse- og omsorgsdepartementet på grunnlag av innspill fra de ansvarlige departementene og "
    "underliggende etater.",
    "For hvert tiltak gjengis teksten fra handlingsplanen, deretter en kort beskrivelse av status og hvilket "
    "departement som har ansvaret. Beløp gjelder 2024 der ikke annet er oppgitt. Selve handlingsplanen finnes på "
    '<a href="' + PLAN_URL + '">regjeringen.no</a>.',
]


def toc_entries():
    """(level, text, key) of every heading in document order; key finds the heading's page in the first pass."""
    entries = [(1, "Innledning", "intro")]
    goal = None
    for m in M:
        n = m["n"]
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            entries.append((1, goal_heading(g), f"goal{g}"))
        entries.append((2, measure_heading(n, g), f"m{n}"))
    return entries


STYLES = """<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
<style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nb" fo:country="NO"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%" fo:hyphenation-ladder-count="no-limit"/><style:text-properties fo:language="nb" fo:country="NO" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:style>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="Commitment" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Ministry" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Carlito" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-size="16pt" fo:color="#1f3864"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12.5pt" fo:color="#2f5496"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="start" fo:margin-top="6cm" fo:margin-bottom="0.6cm"/><style:text-properties style:font-name="Carlito" fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="Carlito" fo:font-size="15pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" fo:color="#595959"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading" style:class="index"><style:text-properties fo:font-size="16pt" fo:color="#1f3864"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0.5cm" fo:margin-right="0cm" fo:margin-bottom="0.03cm"><style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="PTitle" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First_20_Page"/>
<style:style style:name="PToc" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="PIntro" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.25cm" fo:margin-bottom="1.25cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Header">RUNNING</text:p></style:header><style:footer><text:p text:style-name="Footer">Side <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm2" style:next-style-name="Standard"/>
</office:master-styles>
"""

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def fodt(pages):
    NOTES[0] = 0
    body = [f'<text:p text:style-name="PTitle">{x(TITLE)}</text:p>',
            '<text:p text:style-name="Subtitle">Status per 30. juni 2024</text:p>',
            '<text:p text:style-name="Subtitle">Helse- og omsorgsdepartementet</text:p>']
    # table of contents (as a TOC field whose body was last updated before export)
    toc = ['<text:table-of-content text:protected="true" text:name="Innholdsfortegnelse1">',
           '<text:table-of-content-source text:outline-level="2">'
           '<text:index-title-template text:style-name="Contents_20_Heading">Innhold</text:index-title-template>']
    for lvl in (1, 2):
        toc.append(f'<text:table-of-content-entry-template text:outline-level="{lvl}" '
                   f'text:style-name="Contents_20_{lvl}"><text:index-entry-text/>'
                   '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                   '<text:index-entry-page-number/></text:table-of-content-entry-template>')
    toc.append('</text:table-of-content-source><text:index-body>'
               '<text:index-title text:name="Innholdsfortegnelse1_Head">'
               '<text:p text:style-name="PToc">Innhold</text:p></text:index-title>')
    for lvl, text, key in toc_entries():
        toc.append(f'<text:p text:style-name="Contents_20_{lvl}">{x(text)}<text:tab/>{pages.get(key, 99)}</text:p>')
    toc.append("</text:index-body></text:table-of-content>")
    body.append("".join(toc))
    body.append('<text:h text:style-name="PIntro" text:outline-level="1">Innledning</text:h>')
    for p in INTRO:
        body.append(f'<text:p text:style-name="Text_20_body">{inline(p)}</text:p>')
    goal = None
    for m in M:
        n = m["n"]
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(goal_heading(g))}</text:h>')
        body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x(measure_heading(n, g))}</text:h>')
        if g not in RUN_IN_GOALS:
            body.append(f'<text:p text:style-name="Commitment">{x(MEASURES[n]["commitment"])}</text:p>')
        body.append(narrative_xml(m["narrative"]))
        codes = m.get("ministries", MEASURES[n]["ministries"])
        if codes:
            body.append(f'<text:p text:style-name="Ministry">{x(ministry_line(codes))}</text:p>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            f"<office:meta><dc:title>{x(TITLE)}</dc:title><dc:language>nb-NO</dc:language></office:meta>\n"
            + STYLES.replace("RUNNING", x(RUNNING))
            + "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body></office:document>\n")


def expected():
    measures = []
    for m in M:
        mm = dict(m)
        mm["narrative"] = without_footnotes(m["narrative"])
        measures.append(measure_json(mm, MEASURES[m["n"]]["goal"]))
    return annual_expected(
        "2024", "2024-06-30", measures, title=TITLE,
        warnings_expected=["missing ministries for measure 34"],
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind in a word processor (LibreOffice Writer, exported to tagged PDF). report_period is the "
              "calendar year after 'Statusrapport' (as statusrapport-2022), as_of from 'Status per 30. juni 2024'. "
              "Traps: a table of contents with one line per goal and measure (dot leaders, page numbers; the goal 3 "
              "and 5 entries carry the whole 'Tiltak N – <commitment>' heading) that must not start goals or "
              "measures; footnotes in 5, 17, 28, 41, 53 whose text sits at the page foot and is not narrative "
              "(17's says 'ikke evaluert', 28's 'publisert', 53's 'ferdigstilt'); hyphenation by the word "
              "processor (plain '-' at line ends, no soft hyphens in the source); finished sub-steps of unfinished "
              "measures (4, 9, 23, 27, 28, 61); delivered deliverables with a follow-up (16, 17, 42, 55); "
              "cross-references (3 'tiltak 2', 15 'jf. tiltak 14'); sentences starting 'Tiltaket' (11, 22, 30, 34); "
              "650 000 kroner allocated but not started (47). Measure 34 has no ministry line; 27 adds DFD.",
    )


def find_pages(pdf):
    """Page number of every heading in a rendered PDF (pages with dot leaders, the table of contents, are skipped)."""
    import subprocess
    raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    found = {}
    for i, page in enumerate(raw.split("\f"), start=1):
        lines = [l.strip() for l in page.splitlines()]
        if any("....." in l for l in lines):
            continue
        for lvl, text, key in toc_entries():
            if key in found:
                continue
            head = text.split(" – ")[0] if key.startswith("m") else text.split(":")[0] + (":" if key.startswith("goal") else "")
            if any(l == head or l.startswith(head + " ") for l in lines):
                found[key] = i
    missing = [k for _, _, k in toc_entries() if k not in found]
    if missing:
        raise SystemExit(f"headings not found in {pdf}: {missing}")
    return found


def main():
    if "--find-pages" in sys.argv:
        print(json.dumps(find_pages(sys.argv[sys.argv.index("--find-pages") + 1])))
        return
    pages = {}
    if "--pages" in sys.argv:
        pages = json.load(open(sys.argv[sys.argv.index("--pages") + 1], encoding="utf-8"))
    with open(os.path.join(OUT, NAME + ".fodt"), "w", encoding="utf-8") as f:
        f.write(fodt(pages))
    exp = expected()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", NAME)
    print_status_counts(exp["measures"])


if __name__ == "__main__":
    main()

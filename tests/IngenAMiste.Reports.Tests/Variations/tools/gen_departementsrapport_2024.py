"""departementsrapport-2024: a calendar-year report on the plan organised by MINISTRY, all 61 measures, written blind.

Written without reading the parser's status, parsing or extraction code. Real follow-up reports are often written by
each ministry in turn and bound together: here the chapters after the introduction are the responsible ministries
("3 Helse- og omsorgsdepartementet", "4 Justis- og beredskapsdepartementet", "5 Kunnskapsdepartementet", "6 Kultur- og
likestillingsdepartementet", "7 Samferdselsdepartementet"), not the goals. The six goals are listed once, in the
introduction chapter "2 Planens mål". A measure shared by several ministries is reported once, under its first
ministry, with a "Medansvar: …" line naming the others. Measures within a chapter are in number order, so the numbering
is not monotonic across the document (HOD 1–61 without 10, 14–16, 43, 46, 54, 55; then JD 15, 43, 46; KD 10, 54; KUD 55;
SD 14, 16).

Each measure: a run-in heading "Tiltak N" (":", " –" or "." rotating) with the commitment, then a field block of
label–value lines set by the ministry — the goal ("Mål: 3 – <short title>" in HOD, "Hovedmål 3" in JD and SD,
"Mål: 2" in KD, "Mål: 6" in KUD), co-responsible ministries ("Medansvar:", "Medansvarlege:", "Medansvarlig
departement:"), "Status: …" (each ministry with its own vocabulary: HOD Igangsatt / Gjennomført / Planlagt / Ikke
påbegynt / Delvis gjennomført; JD Pågår / Ikke startet / Delvis gjennomført; KD I gang / Avsluttet; KUD (nynorsk)
Avslutta; SD Fullført / Pågående), "Bevilgning 2024: …" or "Tildelt 2024: …" in some — then the narrative. Five
measures have no status field (20, 33, 49, 58, 15). Three bordered fact boxes ("Faktaboks: …") sit between measures
(after 12, after 36, after 10). Measure 56 refers to another ministry's measure ("se tiltak 54 under
Kunnskapsdepartementet").

Labelling convention: the status field is the ministry's own statement and decides (evidence = the field's value,
verbatim); where it is missing, or where the narrative plainly contradicts it (26, 38, 47), the label comes from the
narrative and the measure carries a note.

Layout: Noto Sans Display 10 pt, ragged right; chapter headings 16 pt; field block 9 pt with a grey left rule; running
header "Ingen å miste – departementenes rapportering for 2024" (top left) and "side N" (bottom right) in margin boxes.
"""
from lib import GOALS, MEASURES, esc, measure_json, plain, write

NAME = "departementsrapport-2024"

PLAN_URL = "https://www.regjeringen.no/no/dokumenter/handlingsplan-for-forebygging-av-selvmord-2020-2025/id2747710/"

SHORT = {
    1: "Systematikk og helhet",
    2: "Trygg kommunikasjon",
    3: "Begrenset tilgang til metode",
    4: "God hjelp og gode behandlingsforløp",
    5: "Oppfølging av etterlatte",
    6: "Forekomst, forskning og kompetanse",
}

CHAPTERS = [
    ("HOD", "Helse- og omsorgsdepartementet"),
    ("JD", "Justis- og beredskapsdepartementet"),
    ("KD", "Kunnskapsdepartementet"),
    ("KUD", "Kultur- og likestillingsdepartementet"),
    ("SD", "Samferdselsdepartementet"),
]

# field keys: st = status field value (None = no field), co = (label, text) co-responsible line,
# money = (label, value) funding field line. Funding evidence for a field line is the whole line.
M = [
    # ---------------- Helse- og omsorgsdepartementet ----------------
    dict(n=1, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Oversikten over aktører og tilbud ble overtatt av Helsedirektoratet som en fast tjeneste i 2022. "
                   "I 2024 kom ti nye frivillige organisasjoner med.</p>"),
    dict(n=2, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         money=("Bevilgning 2024", "5,1 mill. kroner"),
         narrative="<p>Tre nye kommuner sluttet seg til piloten i 2024. Folkehelseinstituttet samler erfaringene i et "
                   "notat som skal ligge til grunn for valg av modell.</p>"),
    dict(n=3, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         co=("Medansvar", "BFD, KD, AID, KUD, SD og FD"), ministries=["HOD", "BFD", "KD", "AID", "KUD", "SD", "FD"],
         narrative="<p>Forumet møttes to ganger i 2024. Direktoratsgruppen har laget en felles årsplan for første "
                   "gang.</p>"),
    dict(n=4, dep="HOD", st="Delvis gjennomført", status="in_progress", ev="Delvis gjennomført",
         money=("Bevilgning 2024", "8,7 mill. kroner"),
         narrative="<p>Sju av ni regioner har hatt kampanje. Vestlandet og Nord-Norge står igjen og får sine "
                   "kampanjeuker neste år.</p>"),
    dict(n=5, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Medieanalysen fra Folkehelseinstituttet har vært brukt i undervisningen ved to "
                   "journalistutdanninger dette året.</p>"),
    dict(n=6, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         co=("Medansvar", "BFD, JD, KUD"),
         narrative="<p>Samarbeidsforumet med plattformene har hatt fire arbeidsmøter. Temaet i 2024 har vært raskere "
                   "fjerning av innhold som oppfordrer til selvskading.</p>"),
    dict(n=7, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         co=("Medansvarlig departement", "BFD, JD og KUD"),
         narrative="<p>#chatsafe deles nå også gjennom ungdomsklubber. En brukerundersøkelse blant elever skal gi grunnlag "
                   "for en ny versjon.</p>"),
    dict(n=8, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         co=("Medansvar", "BFD, JD og KUD"),
         narrative="<p>Foreldreinformasjonen ligger på Medietilsynets sider og ble sist oppdatert i august 2024.</p>"),
    dict(n=9, dep="HOD", st="Delvis gjennomført", status="in_progress", ev="Delvis gjennomført",
         co=("Medansvar", "BFD"),
         narrative="<p>Kurset for barnevernsansatte er i bruk. Tilsvarende innhold for helsesykepleiere skrives nå, og "
                   "PPT-ansatte kommer sist.</p>"),
    dict(n=11, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         co=("Medansvar", "JD og BFD"),
         narrative="<p>Rundskrivet om taushetsplikt og opplysningsplikt ved selvmordsfare har gjeldt fra 2022 og er "
                   "innarbeidet i politiets opplæring.</p>"),
    dict(n=12, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Alle hjelpetelefonene med offentlig tilskudd oppfyller nå minstestandarden for opplæring av "
                   "frivillige.</p>"),
    dict(n=13, dep="HOD", st="Planlagt", status="planned", ev="Planlagt",
         narrative="<p>Departementet vil be Helsedirektoratet utrede et felles nummer når standarden for opplæring har "
                   "virket en tid.</p>"),
    dict(n=17, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Alkoholstrategien fra 2021 er fulgt opp i folkehelsemeldingen, og tallene for skjenkekontroll "
                   "rapporteres nå årlig.</p>"),
    dict(n=18, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Utleveringsgrensen for A- og B-preparater på papirresept står ved lag, og apotekene melder få "
                   "avvik.</p>"),
    dict(n=19, dep="HOD", st="Ikke påbegynt", status="not_started", ev="Ikke påbegynt",
         narrative="<p>Vurderingen av om helselovgivningen bør tydeliggjøre tjenestenes ansvar på dette området, har måttet vike for andre lovsaker i 2024.</p>",
         ),
    dict(n=20, dep="HOD", st=None, status="planned", ev="Helsedirektoratet skal etter oppdragsbrevet utrede",
         narrative="<p>Helsedirektoratet skal etter oppdragsbrevet utrede hvordan livskrisehjelp kan tilbys hele døgnet. "
                   "Utredningen skal leveres innen 1. juli 2025.</p>",
         note="No status field; the narrative reports an assignment with a deadline and no work yet: planned."),
    dict(n=21, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Den nye versjonen av «Plan for handling» har vært på innspillsrunde hos kommunene, og "
                   "merknadene gjennomgås nå.</p>"),
    dict(n=22, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>RVTSene har veiledet 41 nye kommuner i 2024. Rundt 270 kommuner har nå en egen plan på "
                   "området.</p>"),
    dict(n=23, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         funding=[(2300000000, 2024, "I 2024 ble 2,3 mrd. kroner bevilget til kommunalt psykisk helse- og rusarbeid")],
         narrative="<p>Team for rask psykisk helsehjelp finnes nå i 142 kommuner. I 2024 ble 2,3 mrd. kroner bevilget "
                   "til kommunalt psykisk helse- og rusarbeid.</p>"),
    dict(n=24, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Den digitale kontaktmuligheten med helsestasjon og skolehelsetjeneste finnes i alle landets "
                   "kommuner.</p>"),
    dict(n=25, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Sluttrapporten fra stimuleringsprosjektet om hjemmebesøk til eldre ble levert i februar.</p>"),
    dict(n=26, dep="HOD", st="Planlagt", status="not_started", ev="Det er ikke påbegynt noe arbeid med verktøyet",
         narrative="<p>Det er ikke påbegynt noe arbeid med verktøyet for fastleger, og det er ikke satt av ressurser "
                   "til det i 2024.</p>",
         note="The field says 'Planlagt', but the narrative states plainly that the work has not begun: the explicit "
              "statement wins (not_started)."),
    dict(n=27, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         money=("Bevilgning 2024", "6,5 mill. kroner"),
         narrative="<p>Tre av verktøyene har fått ny innlogging gjennom Helsenorge. De øvrige flyttes over i "
                   "2025.</p>"),
    dict(n=28, dep="HOD", st="Delvis gjennomført", status="in_progress", ev="Delvis gjennomført",
         narrative="<p>Retningslinjen er publisert, men innføringen i de psykiske helsetjenestene er bare halvveis.</p>"),
    dict(n=29, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Helsedirektoratet har samlet 18 kommuner i et læringsnettverk der gjennomganger av selvmord brukes til å forbedre tjenestene.</p>",
         ),
    dict(n=30, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         money=("Bevilgning 2024", "kr 1 900 000"),
         narrative="<p>Helseforetakene har levert planer for behandling av alkoholavhengighet på riktig nivå, og to regioner prøver ut felles inntaksteam.</p>",
         ),
    dict(n=31, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Kartleggingen av oppfølgingen før og etter utskriving fra rusbehandling fortsetter i to helseregioner.</p>",
         ),
    dict(n=32, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Helseforetakenes vurdering av sensorteknologi i døgnavdelingene ble overlevert Helsedirektoratet i juni.</p>",
         ),
    dict(n=33, dep="HOD", st=None, status="not_started", ev="Ingen har tatt fatt på arbeidet med kompetanse",
         narrative="<p>Ingen har tatt fatt på arbeidet med kompetanse og samarbeidsavtaler for de somatiske avdelingene, fordi ansvaret mellom foretakene ikke er avklart.</p>",
         note="No status field; the narrative says the work has not started."),
    dict(n=34, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Tolv sykehus har innført rutine for å vurdere selvmordsrisiko hos pasienter som legges inn etter forgiftning, og flere følger.</p>",
         ),
    dict(n=35, dep="HOD", st="Delvis gjennomført", status="in_progress", ev="Delvis gjennomført",
         narrative="<p>Avtaler om overgangen fra døgnopphold til kommunal oppfølging gjelder i Innlandet og Agder. Resten av landet følger etter.</p>",
         ),
    dict(n=36, dep="HOD", st="Planlagt", status="planned", ev="Planlagt",
         narrative="<p>Mandatet for gjennomgangen av den akuttmedisinske kjeden ventes klart tidlig i 2025.</p>",
         ),
    dict(n=37, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Leverandøren av beslutningsstøtten har levert en testversjon som prøves ved ett sykehus.</p>"),
    dict(n=38, dep="HOD", st="Gjennomført", status="in_progress",
         ev="Kurset for AMK- og legevaktpersonell er likevel ikke ferdig",
         narrative="<p>Kurset for AMK- og legevaktpersonell er likevel ikke ferdig. Et nytt utkast bearbeides etter piloten, og endelig versjon ventes i mai 2025.</p>",
         note="The field says 'Gjennomført' (apparently copied from last year's form), but the narrative says plainly that the course is not finished: in_progress from the narrative."),
    dict(n=39, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Flere helseforetak har fått barneansvarlige med eget opplæringsløp, og kursrekken fortsetter "
                   "i 2025.</p>"),
    dict(n=40, dep="HOD", st="Planlagt", status="planned", ev="Planlagt",
         narrative="<p>NSSF har sendt en skisse til kunnskapsoppsummering om pårørende som ressurs, og departementet skal ta stilling til den.</p>",
         ),
    dict(n=41, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Omtalen av selvmord i pårørendeveilederen ligger ute i sin endelige form.</p>",
         ),
    dict(n=42, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Den reviderte veilederen for helse- og omsorgstjenester til innsatte trådte i kraft 1. mars 2024.</p>",
         ),
    dict(n=44, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Åtte nye kommuner har opprettet team for etterlatte, og et nettverk for teamene er på trappene.</p>"),
    dict(n=45, dep="HOD", st="Planlagt", status="planned", ev="Planlagt",
         co=("Medansvar", "AID og BFD"), ministries=["HOD", "AID", "BFD"],
         narrative="<p>Departementene vil gå gjennom veilederen «Etter selvmordet» sammen med etterlatteorganisasjonene. Et notat om behovet for oppdatering skal foreligge neste høst.</p>",
         ),
    dict(n=47, dep="HOD", st="Igangsatt", status="not_started", ev="Det er i realiteten ikke startet noe arbeid ennå",
         narrative="<p>Det er i realiteten ikke startet noe arbeid ennå; oppstarten er skjøvet til 2025 fordi obduksjonskapasiteten må bygges ut først.</p>",
         note="The field says 'Igangsatt', but the narrative says plainly that no work has started: not_started."),
    dict(n=48, dep="HOD", st="Ikke påbegynt", status="not_started", ev="Ikke påbegynt",
         narrative="<p>Spørsmålet om en ekspertgruppe og en coroner-ordning tas opp igjen i arbeidet med neste handlingsplan.</p>",
         ),
    dict(n=49, dep="HOD", st=None, status="in_progress", ev="Tre sykehus prøver nå ut elektronisk oversending",
         narrative="<p>Tre sykehus prøver nå ut elektronisk oversending av obduksjonsrapporter til Dødsårsaksregisteret."
                   "</p>",
         note="No status field; a trial running is in progress."),
    dict(n=50, dep="HOD", st="Planlagt", status="planned", ev="Planlagt",
         money=("Bevilgning 2024", "1,2 mill. kroner"),
         narrative="<p>Midlene er øremerket en forstudie til et register for selvskading, med oppstart når personvernvurderingen er klar.</p>",
         ),
    dict(n=51, dep="HOD", st="Ikke påbegynt", status="not_started", ev="Ikke påbegynt",
         narrative="<p>Departementet har ikke prioritert arbeidet med en samarbeidsmodell mellom forskningsmiljøene i 2024.</p>",
         ),
    dict(n=52, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         narrative="<p>Vurderingen av publisert forskning på selvmord ble levert i mars og peker på menn i arbeidsfør alder som lite utforsket.</p>",
         ),
    dict(n=53, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Folkehelseinstituttet analyserer nå intervjuer med 60 menn over 65 år som grunnlag for nye tiltak.</p>",
         ),
    dict(n=56, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         narrative="<p>Et felles kursopplegg for kommunale tjenester er lagt ut på KS Læring, og innholdet bygger på funnene fra FoU-oppdraget om innvandrerbefolkningen (se tiltak 54 under Kunnskapsdepartementet).</p>",
         ),
    dict(n=57, dep="HOD", st="Delvis gjennomført", status="in_progress", ev="Delvis gjennomført",
         narrative="<p>Tre helseforetak har innført opplæringsprogrammet. De øvrige har satt av tid til det i "
                   "2025.</p>"),
    dict(n=58, dep="HOD", st=None, status="completed", ev="kompetansenettverkene har vært i drift i alle fire regioner siden juni",
         narrative="<p>Helseregionene ble i april 2024 enige om en felles modell, og kompetansenettverkene har vært i drift i alle fire regioner siden juni.</p>",
         note="No status field; the assessment led to a common model and the networks run in all regions: completed."),
    dict(n=59, dep="HOD", st="Gjennomført", status="completed", ev="Gjennomført",
         money=("Bevilgning 2024", "9,8 mill. kroner"),
         narrative="<p>Vivat-kursene er gjort til en fast del av tilbudet, og i 2024 fikk 2 100 personer opplæring.</p>",
         ),
    dict(n=60, dep="HOD", st="Igangsatt", status="in_progress", ev="Igangsatt",
         money=("Bevilgning 2024", "19 mill. kroner"),
         narrative="<p>Tilskuddsordningen fikk 94 søknader i 2024, og 31 prosjekter fikk støtte.</p>"),
    dict(n=61, dep="HOD", st="Planlagt", status="planned", ev="Planlagt",
         money=("Bevilgning 2024", "kr 420 000"),
         narrative="<p>Oversettelsen av opplæringsmateriellet til nordsamisk og sørsamisk skal bestilles over nyttår.</p>",
         ),
    # ---------------- Justis- og beredskapsdepartementet ----------------
    dict(n=15, dep="JD", st=None, status="in_progress", ev="Bane NOR monterer nå plattformskjermer",
         narrative="<p>Bane NOR monterer nå plattformskjermer på to stasjoner i Oslo, og politiet deler sine data om "
                   "utsatte steder med kommunene.</p>",
         note="No status field; fitting under way is in progress."),
    dict(n=43, dep="JD", st="Ikke startet", status="not_started", ev="Ikke startet",
         narrative="<p>Kriminalomsorgen har prioritert bemanning i fengslene. Vurderingen av flere sensorer er utsatt.</p>",
         ),
    dict(n=46, dep="JD", st="Delvis gjennomført", status="in_progress", ev="Delvis gjennomført",
         co=("Medansvar", "HOD"), money=("Tildelt 2024", "kr 950 000"),
         narrative="<p>Vurderingen av utvidet obduksjonsplikt er avsluttet for mistenkte selvmord, mens de rusrelaterte dødsfallene fortsatt utredes.</p>",
         ),
    # ---------------- Kunnskapsdepartementet ----------------
    dict(n=10, dep="KD", st="I gang", status="in_progress", ev="I gang",
         narrative="<p>Udir har presentert ressursen på alle fylkessamlingene for skoleledere og lager nå en versjon for "
                   "videregående opplæring.</p>"),
    dict(n=54, dep="KD", st="Avsluttet", status="completed", ev="Avsluttet",
         narrative="<p>FoU-oppdraget om selvmordsatferd i innvandrerbefolkningen er levert, og rapporten er tatt inn i pensum ved to høgskoler.</p>",
         ),
    # ---------------- Kultur- og likestillingsdepartementet (nynorsk) ----------------
    dict(n=55, dep="KUD", st="Avslutta", status="completed", ev="Avslutta",
         narrative="<p>Levekårsundersøkinga på lhbtiq-feltet vart lagd fram i oktober, og resultata er sende til organisasjonane.</p>",
         ),
    # ---------------- Samferdselsdepartementet ----------------
    dict(n=14, dep="SD", st="Fullført", status="completed", ev="Fullført",
         narrative="<p>Kriteriene brukes i alle ulykkesanalyser fra og med 2022, og tallene publiseres sammen med "
                   "vegvesenets årsrapport.</p>"),
    dict(n=16, dep="SD", st="Pågående", status="in_progress", ev="Pågående",
         narrative="<p>Vegvesenet har gått gjennom 150 av de utvalgte bruene. Resten vurderes før sommeren 2025.</p>"),
]

FACT_BOXES = {
    12: ("Faktaboks: Hjelpetelefonene i 2024",
         ["Mental Helse Hjelpetelefonen besvarte om lag 160 000 henvendelser.",
          "Kirkens SOS hadde 1 100 frivillige i vaktene.",
          "Kors på halsen tok imot flest henvendelser på kveldstid."]),
    36: ("Faktaboks: Verdensdagen for selvmordsforebygging",
         ["Markeringen 10. september ble gjennomført i over 120 kommuner.",
          "Tema for 2024 var å endre fortellingen om selvmord."]),
    10: ("Faktaboks: Livsmestring i skolen",
         ["Folkehelse og livsmestring er ett av tre tverrfaglige temaer i læreplanene.",
          "Temaet er tatt inn i alle fag der det er relevant.",
          "Skolene rapporterer om stor variasjon i hvordan det brukes."]),
}

GOAL_FIELD = {
    "HOD": lambda g: f"<b>Mål:</b> {g} – {esc(SHORT[g])}",
    "JD": lambda g: f"<b>Hovedmål {g}</b>",
    "KD": lambda g: f"<b>Mål:</b> {g}",
    "KUD": lambda g: f"<b>Mål:</b> {g}",
    "SD": lambda g: f"<b>Hovedmål {g}</b>",
}

HEADING_SEP = [":", " –", "."]


def field_block(m, g):
    lines = [GOAL_FIELD[m["dep"]](g)]
    if m.get("co"):
        label, text = m["co"]
        lines.append(f"<b>{label}:</b> {esc(text)}")
    status_line = f"<b>Status:</b> {esc(m['st'])}" if m.get("st") else None
    if status_line:
        if m["dep"] == "JD":
            lines.insert(0, status_line)   # JD puts the status first
        else:
            lines.append(status_line)
    if m.get("money"):
        label, value = m["money"]
        lines.append(f"<b>{label}:</b> {esc(value)}")
    return '<div class="felt">' + "".join(f"<p>{l}</p>" for l in lines) + "</div>"


def money_funding(m):
    label, value = m["money"]
    digits = value.replace("kr ", "").replace(" mill. kroner", "")
    if "mill." in value:
        amount = round(float(digits.replace(",", ".")) * 1_000_000)
    else:
        amount = int(digits.replace(" ", ""))
    return (amount, int(label[-4:]), f"{label}: {value}")


def fact_box(title, lines):
    return ('<div class="fakta"><p class="fh">' + esc(title) + "</p>"
            + "".join(f"<p>{esc(l)}</p>" for l in lines) + "</div>\n")


CSS = """
@page {
  size: A4;
  margin: 20mm 20mm 20mm 22mm;
  @top-left { content: "Ingen å miste – departementenes rapportering for 2024"; font-family: "Noto Sans Display"; font-size: 8pt; color: #666; }
  @bottom-right { content: "side " counter(page); font-family: "Noto Sans Display"; font-size: 8.5pt; }
}
body { font-family: "Noto Sans Display", sans-serif; font-size: 10pt; line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 4mm 0; }
p.sub { font-size: 12pt; margin: 0 0 8mm 0; color: #333; }
h2 { font-size: 16pt; margin: 9mm 0 3mm 0; }
p.tt { margin: 5mm 0 1.5mm 0; font-weight: bold; }
p.tt i { font-weight: normal; }
div.felt { font-size: 9pt; border-left: 2.5pt solid #aaa; padding-left: 3mm; margin: 0 0 2mm 0; }
div.felt p { margin: 0; line-height: 1.3; }
div.fakta { border: 1pt solid #333; background: #eef2f6; padding: 2mm 4mm; margin: 5mm 8mm; font-size: 9pt; }
div.fakta p { margin: 0.6mm 0; }
div.fakta p.fh { font-weight: bold; font-size: 10pt; }
ul.maal { list-style: none; padding-left: 4mm; }
ul.maal li { margin: 1mm 0; }
p { margin: 0 0 2mm 0; }
"""


def build():
    body = [
        "<h1>Årsrapport 2024 – Handlingsplan for forebygging av selvmord 2020–2025</h1>\n",
        '<p class="sub">Departementenes rapportering på tiltakene i «Ingen å miste»</p>\n',
        "<h2>1 Innledning</h2>\n",
        "<p>Handlingsplanen inneholder 61 tiltak fordelt på seks mål. Hvert departement rapporterer på de tiltakene "
        "det har hovedansvaret for, og denne rapporten samler bidragene slik de kom inn. Rapporten viser status per "
        "31. desember 2024. Tiltak med flere ansvarlige departementer omtales én gang, under det departementet som er "
        "nevnt først i planen, med de andre som medansvarlige. <a href=\"" + PLAN_URL + "\">Handlingsplanen</a> ligger "
        "på regjeringen.no.</p>\n",
        "<h2>2 Planens mål</h2>\n",
        "<p>Tiltakene i planen skal bidra til seks mål:</p>\n",
        '<ul class="maal">' + "".join(f"<li>Mål {g} – {esc(t)}</li>" for g, t in GOALS.items()) + "</ul>\n",
        "<p>I kapitlene 3 til 7 oppgir hvert tiltak hvilket mål det hører til, sammen med status og eventuelle "
        "bevilgninger.</p>\n",
    ]
    expected_measures = []
    for ci, (code, name) in enumerate(CHAPTERS):
        body.append(f"<h2>{ci + 3} {esc(name)}</h2>\n")
        ms = sorted((m for m in M if m["dep"] == code), key=lambda m: m["n"])
        for i, m in enumerate(ms):
            n = m["n"]
            g = MEASURES[n]["goal"]
            sep = HEADING_SEP[n % 3]
            body.append(f'<p class="tt">Tiltak {n}{sep} <i>{esc(MEASURES[n]["commitment"])}</i></p>\n')
            block = field_block(m, g)
            body.append(block + "\n")
            body.append(m["narrative"] + "\n")
            if n in FACT_BOXES:
                body.append(fact_box(*FACT_BOXES[n]))
            entry = dict(m)
            entry["narrative"] = block + m["narrative"]
            funding = list(m.get("funding", []))
            if m.get("money"):
                funding.insert(0, money_funding(m))
            entry["funding"] = funding
            if "ministries" not in m:
                plan_codes = MEASURES[n]["ministries"]
                assert plan_codes[0] == code, (n, plan_codes, code)
                entry["ministries"] = plan_codes
            expected_measures.append(measure_json(entry, g))
    expected_measures.sort(key=lambda e: e["number"])
    assert [e["number"] for e in expected_measures] == list(range(1, 62))
    for e in expected_measures:
        for f in FACT_BOXES.values():
            for line in f[1]:
                assert line not in e["status_evidence"]
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Årsrapport 2024 – Ingen å miste</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    expected = {
        "document": {
            "kind": "annual_report",
            "title": "Årsrapport 2024 – Handlingsplan for forebygging av selvmord 2020–2025",
            "plan_period": "2020-2025",
            "report_period": "2024",
            "as_of": "2024-12-31",
            "measure_count_stated": 61,
            "goal_count": 6,
        },
        "goals": [{"number": n, "title": t} for n, t in GOALS.items()],
        "measures": expected_measures,
        "urls_not_in_any_measure": [PLAN_URL],
        "notes": "Written blind. Chapters are ministries, not goals: the goals are listed once in chapter 2 ('Planens "
                 "mål'), and each measure names its goal in a field block ('Mål: 3 – …', 'Hovedmål 3', 'Mål: 2'). A "
                 "measure's ministries are the chapter's ministry plus any 'Medansvar'/'Medansvarlig departement' "
                 "codes (3 and 45 use AID). Numbering is not monotonic: each chapter runs in number order (HOD, JD "
                 "15/43/46, KD 10/54, KUD 55 in nynorsk, SD 14/16). Status convention: the 'Status:' field is the "
                 "ministry's own statement and decides, with the field's value as evidence; where the field is "
                 "missing (15, 20, 33, 49, 58) or the narrative plainly contradicts it (26 'Planlagt' but 'ikke "
                 "påbegynt'; 38 'Gjennomført' but 'ikke ferdig'; 47 'Igangsatt' but no work started), the label and "
                 "evidence come from the narrative and the measure has a note. Field vocabularies: 'Delvis "
                 "gjennomført' is in_progress; 'I gang', 'Pågående' in_progress; 'Avsluttet', 'Avslutta' (nynorsk), "
                 "'Fullført' completed; 'Ikke startet' not_started. Funding given as a field line ('Bevilgning 2024: "
                 "…', 'Tildelt 2024: …') has that line as evidence. Three 'Faktaboks' boxes (after 12, 36 and 10) "
                 "are not part of any narrative; the one after 36 (planned) says 'ble gjennomført'. 56 refers to 54 "
                 "'under Kunnskapsdepartementet'.",
    }
    write(NAME, html_text, expected)
    counts = {}
    for e in expected_measures:
        counts[e["status"]] = counts.get(e["status"], 0) + 1
    print(len(expected_measures), "measures:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    build()

"""historikk-2024: a late report of the plan (status per 15. november 2024) where about half the measures carry their
status history across the years, written blind (without reading the parser's status rules).

History forms: labelled lines "Status 2021: …" (one line each), a small two-column table year | status, and
sentence chains through the years ("I 2021 …, høsten 2022 …, per 1. oktober 2024 …"); the rest mention earlier years
in passing. The label is the status as of the report date: the latest dated statement up to 15 November 2024 decides;
a later plan (an evaluation planned for 2025) does not undo a delivered deliverable, and an early "planlagt" does not
make a measure planned today. Work that began and was later put on hold/stopped is labelled in_progress (begun,
deliverable not finished), as in arsrapport-2023-2024 measure 37; the close call is in each note.

Layout: DejaVu Serif Condensed, 10 pt, justified with soft hyphens; running header top centre, "Side N av M"
bottom left. Headings "Tiltak N –" run in (bold label, commitment on the same line).
"""
from lib import (ANNUAL_TITLE, PLAN_URL, SIDE_N_AV_M, and_list, annual_expected, dash_goal_heading,
                 html_document, hyphenate_html, page_css, print_status_counts, render_measures, run_in_heading, write)

NAME = "historikk-2024"


def lines(*rows):
    """Labelled history lines, one per line."""
    return "<p class=\"hist\">" + "<br>".join(f"Status {y}: {s}" for y, s in rows) + "</p>"


def table(*rows):
    return ("<table class=\"hist\"><tr><th>År</th><th>Status</th></tr>"
            + "".join(f"<tr><td>{y}</td><td>{s}</td></tr>" for y, s in rows) + "</table>")


M = [
    dict(n=1, status="completed", ev="Status 2024: Fullført, kartet er offentlig tilgjengelig",
         narrative=lines(("2021", "Planlagt"), ("2022", "Under arbeid"),
                         ("2024", "Fullført, kartet er offentlig tilgjengelig")),
         note="Early 'Planlagt' and 'Under arbeid' are history; the latest line decides."),
    dict(n=2, status="in_progress", ev="piloten løper videre ut 2025",
         narrative="<p>I 2021 ble piloten forberedt sammen med kommunene. Våren 2022 kom de første gjennomgangene i "
                   "gang i Agder. Per 15. november 2024 er 71 saker gjennomgått, og piloten løper videre ut 2025.</p>"),
    dict(n=3, status="completed", ev="Direktoratssamarbeidet ble formalisert med en egen avtale",
         narrative="<p>Forumet, som ble opprettet i 2020, har også i 2024 hatt to samlinger. Direktoratssamarbeidet "
                   "ble formalisert med en egen avtale i mars 2022.</p>"),
    dict(n=4, status="in_progress", ev="Pågår, fem av ni regioner er dekket",
         narrative="<p>Utviklingen av kampanjen år for år:</p>" + table(
             ("2021", "Ikke startet"), ("2022", "Planlegges"), ("2023", "Pågår i to regioner"),
             ("2024", "Pågår, fem av ni regioner er dekket")),
         note="Five of nine regions is a finished sub-step; the latest row says the work goes on."),
    dict(n=5, status="completed", ev="Status 2023: Levert til departementet",
         narrative=lines(("2022", "Igangsatt"), ("2023", "Levert til departementet"))
                   + "<p>En oppfølgende evaluering av hvordan mediene har brukt kunnskapen, er planlagt i 2025.</p>",
         note="The knowledge base was delivered in 2023 (the latest history line is older than the report year); "
              "the evaluation planned for 2025 is a follow-up and does not undo it."),
    dict(n=6, status="in_progress", ev="utvikler nå et felles varslingsskjema",
         narrative="<p>Samarbeidet med plattformselskapene, som ble innledet høsten 2022, utvikler nå et felles "
                   "varslingsskjema for innhold som kan skade unge.</p>"),
    dict(n=7, status="completed", ev="Per 1. oktober 2024 er spredningen til alle fylker avsluttet",
         narrative="<p>Oversettelsen ble bestilt i 2021, og #chatsafe ble prøvd ut på tre skoler høsten 2022. I "
                   "2023 pågikk spredningen fylke for fylke. Per 1. oktober 2024 er spredningen til alle fylker "
                   "avsluttet.</p>"),
    dict(n=8, status="in_progress", ev="Status 2024: Fortsatt satt på vent",
         narrative=lines(("2021", "Under planlegging"), ("2022", "Påbegynt, to kapitler skrevet"),
                         ("2023", "Satt på vent"), ("2024", "Fortsatt satt på vent i påvente av ny regulering")),
         note="Close call: begun in 2022 and on hold since; on hold is not 'not begun' and nothing is delivered, so "
              "in_progress (the convention of this corpus for stalled work)."),
    dict(n=9, status="completed", ev="Ferdigstilt og gjort tilgjengelig",
         narrative=table(("2022", "Planlagt"), ("2023", "Igangsatt"), ("2024", "Ferdigstilt og gjort tilgjengelig"))),
    dict(n=10, status="completed", ev="alle grunnskoler har nå fått tilgang til den",
         narrative="<p>Nettressursen fra 2022 ble fornyet i 2024, og alle grunnskoler har nå fått tilgang til den.</p>"),
    dict(n=11, status="in_progress", ev="men arbeidet ble stanset våren 2023",
         narrative="<p>Et utkast til veiledning ble skrevet i 2022, men arbeidet ble stanset våren 2023 mens "
                   "ansvarsdelingen mellom direktoratene ble avklart. Arbeidet er ikke tatt opp igjen.</p>",
         note="Close call: work began (a draft exists) and was stopped; stopped is not 'not begun' and nothing is "
              "delivered, so in_progress by the corpus convention for stalled work."),
    dict(n=12, status="planned", ev="Status 2024: Forprosjekt bestilt",
         narrative=lines(("2022", "Ikke påbegynt"), ("2023", "Ikke påbegynt"), ("2024", "Forprosjekt bestilt"))),
    dict(n=13, status="not_started", ev="Det er fortsatt ikke tatt noe initiativ til samordningen",
         narrative="<p>Samordningen ble drøftet på et møte i 2021. Det er fortsatt ikke tatt noe initiativ til "
                   "samordningen.</p>"),
    dict(n=14, status="in_progress", ev="Høsten 2024 bruker halvparten av regionene de nye kriteriene",
         narrative="<p>I 2021 ble det lagt en plan for kriteriene. Fra 2022 ble de prøvd ut i én region. "
                   "Høsten 2024 bruker halvparten av regionene de nye kriteriene.</p>"),
    dict(n=15, status="completed", ev="Sikringen ble avsluttet i Q3 2024",
         narrative="<p>Kartleggingen av utsatte steder ble gjort i 2021 og 2022. Sikringen ble avsluttet i Q3 2024 "
                   "på alle stedene som var prioritert. En ny kartlegging skal gjøres fra 2026.</p>",
         note="The follow-up mapping from 2026 does not undo the finished securing."),
    dict(n=16, status="completed", ev="Ferdig",
         narrative=table(("2021", "Vurderes"), ("2022", "Utredes"), ("2023", "Ferdig")),
         note="The latest row (2023) is older than the report year; nothing later changes it."),
    dict(n=17, status="completed", ev="Den nye strategien ble vedtatt i juni 2023",
         narrative="<p>Den nye strategien ble vedtatt i juni 2023. En midtveisgjennomgang er planlagt i 2025.</p>",
         note="A review planned for 2025 does not undo the adopted strategy."),
    dict(n=18, status="in_progress", ev="Status 2024: Utprøving i gang i fire kommuner",
         narrative=lines(("2021", "Planlagt"), ("2023", "Modell utviklet"), ("2024", "Utprøving i gang i fire kommuner")),
         note="The model developed in 2023 is a sub-step; the measure is the model in use."),
    dict(n=19, status="planned", ev="et anbud skal lyses ut innen utgangen av 2025",
         narrative="<p>Behovet ble kartlagt i 2023, og et anbud skal lyses ut innen utgangen av 2025.</p>",
         note="A needs survey is preparation, not execution of the measure."),
    dict(n=20, status="not_started", ev="Status 2024: Ikke satt i gang",
         narrative=lines(("2022", "Ikke satt i gang"), ("2023", "Ikke satt i gang"), ("2024", "Ikke satt i gang"))),
    dict(n=21, status="completed", ev="Materiellet ble gjort tilgjengelig for alle skoler i august 2024",
         narrative="<p>Arbeidet startet i 2022, og høsten 2023 ble materiellet prøvd i ti klasser. Materiellet ble "
                   "gjort tilgjengelig for alle skoler i august 2024.</p>"),
    dict(n=22, status="in_progress", ev="Arbeidet beveger seg framover",
         narrative="<p>Arbeidet beveger seg framover. Siden 2022 har flere fylker tatt i bruk de nye rutinene, og resten "
                   "følger etter i 2025.</p>"),
    dict(n=23, status="in_progress", ev="Etablert i 14 av 20 helseforetak",
         narrative=table(("2021", "Ikke startet"), ("2022", "Under etablering"), ("2024", "Etablert i 14 av 20 helseforetak")),
         note="14 of 20 health trusts is a partial scope: the deliverable (teams in all) is not finished."),
    dict(n=24, status="completed", ev="Tjenesten har vært landsdekkende siden januar 2024",
         narrative="<p>Tjenesten har vært landsdekkende siden januar 2024. I 2021 fantes den bare i to fylker.</p>"),
    dict(n=25, status="planned", ev="Status 2024: Tildelt, oppstart fra 2026",
         narrative=lines(("2023", "Ikke påbegynt"), ("2024", "Tildelt, oppstart fra 2026")),
         funding=[]),
    dict(n=26, status="in_progress", ev="Våren 2024 tok arbeidet seg opp igjen",
         narrative="<p>Etter en god start i 2021 stoppet arbeidet opp i 2022. Våren 2024 tok arbeidet seg opp "
                   "igjen, og tre nye kommuner er med.</p>",
         note="Stopped in 2022, resumed in 2024: the latest statement decides."),
    dict(n=27, status="completed", ev="ble tjenesten gjort permanent fra 1. juli 2024",
         narrative="<p>Etter prøveperioden 2021–2023 ble tjenesten gjort permanent fra 1. juli 2024.</p>"),
    dict(n=28, status="in_progress", ev="Implementering",
         narrative=table(("2021", "Revisjon startet"), ("2022", "Retningslinjen publisert"), ("2024", "Implementering")),
         note="The published guideline is a sub-step; the measure asks for the guideline to be put into practice."),
    dict(n=29, status="completed", ev="Læringsopplegget er gjennomført i alle helseforetakene",
         narrative="<p>Læringsopplegget er gjennomført i alle helseforetakene. Det ble utviklet i 2022.</p>"),
    dict(n=30, status="planned", ev="Status 2024: Utredes",
         narrative=lines(("2022", "Ikke vurdert"), ("2023", "Ikke vurdert"), ("2024", "Utredes")),
         note="'Utredes' is an assessment: planned."),
    dict(n=31, status="in_progress", ev="åpnet de to første sengepostene med egen selvmordsforebyggende plan",
         narrative="<p>I 2022 ble det lagt et grunnlag, og i september 2024 åpnet de to første sengepostene med egen "
                   "selvmordsforebyggende plan. Flere følger i 2025.</p>",
         note="Two units are a first part of the deliverable."),
    dict(n=32, status="completed", ev="Status 2024: Avsluttet, rapport overlevert",
         narrative=lines(("2021", "Igangsatt"), ("2022", "Igangsatt"), ("2024", "Avsluttet, rapport overlevert"))
                   + "<p>Det er planlagt en ny runde med kartlegging fra 2026.</p>",
         note="A new mapping round from 2026 is a follow-up."),
    dict(n=33, status="in_progress", ev="Opplæringen av somatiske enheter har pågått siden 2023",
         narrative="<p>Opplæringen av somatiske enheter har pågått siden 2023 og er ventet avsluttet i 2025.</p>"),
    dict(n=34, status="not_started", ev="Tiltaket har ikke blitt prioritert",
         narrative="<p>Tiltaket har ikke blitt prioritert. Det ble nevnt i tildelingsbrevet for 2021, men ingen "
                   "aktivitet er registrert siden.</p>",
         note="Named in an allocation letter in 2021, but the latest statement is that nothing has been done."),
    dict(n=35, status="completed", ev="Fullført",
         narrative=table(("2021", "Planlagt"), ("2022", "Påbegynt"), ("2023", "Fullført"))
                   + "<p>Helsedirektoratet vil følge med på bruken i 2025.</p>"),
    dict(n=36, status="in_progress", ev="har etter hvert fått fotfeste i de fleste kommunene",
         narrative="<p>Modellen, som ble presentert i 2021, har etter hvert fått fotfeste i de fleste kommunene, men "
                   "er ennå ikke innført overalt.</p>"),
    dict(n=37, status="in_progress", ev="Status 2024: Stanset",
         narrative=lines(("2021", "Planlagt"), ("2022", "Påbegynt"), ("2023", "Pågår"), ("2024", "Stanset")),
         note="Close call: begun and stopped in 2024; nothing delivered and not 'not begun', so in_progress by the "
              "corpus convention for stalled work."),
    dict(n=38, status="completed", ev="ble det nye kurset tatt i bruk i alle AMK-sentraler",
         narrative="<p>Kurset ble utviklet i 2022 og prøvd ut i 2023. Fra februar 2024 ble det nye kurset tatt i "
                   "bruk i alle AMK-sentraler.</p>"),
    dict(n=39, status="planned", ev="Innholdet skal drøftes med Barneombudet i 2025",
         narrative="<p>Innholdet skal drøftes med Barneombudet i 2025. Et notat om behovet ble skrevet i 2023.</p>"),
    dict(n=40, status="completed", ev="Status 2024: Gjennomført",
         narrative=lines(("2021", "Ikke påbegynt"), ("2022", "Planlagt"), ("2023", "Pågår"), ("2024", "Gjennomført"))),
    dict(n=41, status="in_progress", ev="Sent i 2023 kom skrivearbeidet i gang",
         narrative="<p>Kapittelet var planlagt allerede i 2021. Sent i 2023 kom skrivearbeidet i gang, og et første "
                   "utkast foreligger.</p>",
         note="A first draft is a sub-step; the chapter is not finished."),
    dict(n=42, status="completed", ev="Status 2024: Sluttført",
         narrative=lines(("2021", "Pågår"), ("2022", "Pågår"), ("2024", "Sluttført"))
                   + "<p>Om to år skal det vurderes en revisjon.</p>"),
    dict(n=43, status="not_started", ev="Ikke påbegynt",
         narrative=table(("2022", "Ikke påbegynt"), ("2023", "Ikke påbegynt"), ("2024", "Ikke påbegynt"))),
    dict(n=44, status="completed", ev="dekker oppfølgingsteamene for etterlatte alle helseregioner fra 2022",
         narrative="<p>Etter en oppbygging i 2021 dekker oppfølgingsteamene for etterlatte alle helseregioner fra "
                   "2022.</p>"),
    dict(n=45, status="in_progress", ev="et revidert utkast sirkulerer nå blant brukerorganisasjonene",
         narrative="<p>Gjennomgangen av veilederen startet i 2022; et revidert utkast sirkulerer nå blant "
                   "brukerorganisasjonene.</p>"),
    dict(n=46, status="planned", ev="Status 2024: Planlagt",
         narrative=lines(("2021", "Ikke påbegynt"), ("2023", "Ikke påbegynt"), ("2024", "Planlagt"))),
    dict(n=47, status="not_started", ev="Det har ikke skjedd noe med tiltaket siden 2020",
         narrative="<p>Det har ikke skjedd noe med tiltaket siden 2020.</p>"),
    dict(n=48, status="in_progress", ev="Igangsatt i tre fylker",
         narrative=table(("2021", "Planlagt"), ("2022", "Planlagt"), ("2023", "Igangsatt i tre fylker"))
                   + "<p>Flere fylker er tenkt med fra 2025.</p>",
         note="The latest row is 2023 (older than the report year); nothing later is stated."),
    dict(n=49, status="in_progress", ev="Per 1. september 2024 sender tre av seks rettsmedisinske enheter fullstendige rapporter",
         narrative="<p>Rutinen for oversending ble skissert i 2022. Per 1. september 2024 sender tre av seks "
                   "rettsmedisinske enheter fullstendige rapporter.</p>"),
    dict(n=50, status="planned", ev="Status 2024: Skal igangsettes i 2025",
         narrative=lines(("2022", "Ikke påbegynt"), ("2024", "Skal igangsettes i 2025"))),
    dict(n=51, status="in_progress", ev="Samarbeidsmodellen bygges ut trinn for trinn",
         narrative="<p>Samarbeidsmodellen bygges ut trinn for trinn. Den ble startet i 2022.</p>"),
    dict(n=52, status="completed", ev="Veilederen ble utgitt i april 2024",
         narrative="<p>I 2021 ble det lagt en plan for veilederen. Høsten 2022 startet skrivingen. Veilederen ble "
                   "utgitt i april 2024. Den skal evalueres i 2026.</p>"),
    dict(n=53, status="in_progress", ev="Under arbeid",
         narrative=table(("2022", "Bestilt"), ("2024", "Under arbeid"))),
    dict(n=54, status="completed", ev="FoU-oppdraget har levert sluttrapport i 2023",
         narrative="<p>FoU-oppdraget har levert sluttrapport i 2023, og resultatene ble presentert på en konferanse "
                   "i 2024.</p>"),
    dict(n=55, status="completed", ev="Status 2024: Ferdig, rapporten er offentliggjort",
         narrative=lines(("2022", "Under planlegging"), ("2023", "Datainnsamling"),
                         ("2024", "Ferdig, rapporten er offentliggjort"))
                   + "<p>En ny undersøkelse er planlagt i 2025.</p>"),
    dict(n=56, status="in_progress", ev="Kompetanseløftet er kommet rundt halvveis",
         narrative="<p>Kompetanseløftet er kommet rundt halvveis. Det begynte i 2023.</p>"),
    dict(n=57, status="planned", ev="er det meningen å starte arbeidet fra 2026",
         narrative="<p>Etter drøftinger i 2023 og 2024 er det meningen å starte arbeidet fra 2026.</p>"),
    dict(n=58, status="completed", ev="De regionale nettverkene var på plass i 2023",
         narrative="<p>De regionale nettverkene var på plass i 2023, og har hatt samlinger i 2024.</p>"),
    dict(n=59, status="in_progress", ev="Status 2024: Pågår fortsatt",
         narrative=lines(("2021", "Igangsatt"), ("2022", "Pågår"), ("2023", "Midlertidig stanset"),
                         ("2024", "Pågår fortsatt")),
         funding=[(8000000, 2024, "Det er bevilget 8 millioner kroner for 2024")]),
    dict(n=60, status="completed", ev="ble ordningen styrket fra 2023",
         narrative="<p>Etter en gjennomgang i 2022 ble ordningen styrket fra 2023.</p>"),
    dict(n=61, status="not_started", ev="Oversettelsen er ennå ikke kommet i gang",
         narrative="<p>Midler ble satt av i 2023. Oversettelsen er ennå ikke kommet i gang.</p>"),
]
# 59: funding sentence in the narrative
M[58]["narrative"] += "<p>Det er bevilget 8 millioner kroner for 2024.</p>"

CSS = page_css(
    "22mm 24mm 22mm 24mm", "DejaVu Serif Condensed", "serif",
    header=("top-center", "Ingen å miste – statushistorikk 2020–2024", "8pt", "#555"),
    footer=("bottom-left", SIDE_N_AV_M, "8.5pt"),
    body=("10pt", "1.35"),
    rules="""h1 { font-size: 16pt; margin: 0 0 6pt 0; line-height: 1.2; }
p.sub { font-size: 11pt; margin: 0 0 10pt 0; }
h2 { font-size: 14pt; margin: 16pt 0 6pt 0; line-height: 1.2; }
p.m { margin: 10pt 0 3pt 0; }
p.hist { margin: 2pt 0 3pt 0; text-align: left; }
table.hist { border-collapse: collapse; margin: 3pt 0 3pt 0; font-size: 9.5pt; }
table.hist td, table.hist th { border: 0.5pt solid #999; padding: 1pt 6pt; text-align: left; }
p.dep { font-size: 9pt; margin-top: 3pt; }
""")


def measure_heading(n, g, commitment):
    return run_in_heading("m", f"Tiltak {n} –", commitment)


def ministry_line(n, codes):
    return ("Departement: " if len(codes) == 1 else "Departementer: ") + and_list(codes)


INTRO = (
    f"<h1>{ANNUAL_TITLE}</h1>\n"
    '<p class="sub">Årsrapport 2023–2024 med statushistorikk – status per 15. november 2024</p>\n'
    "<p>Handlingsplanen Ingen å miste har 61 tiltak under seks mål. Fordi planperioden nærmer seg slutten, viser "
    "denne rapporten for mange tiltak hvordan statusen har utviklet seg fra år til år. Det er statusen per 15. "
    "november 2024 som gjelder. <a href=\"" + PLAN_URL + "\">Handlingsplanen</a> ligger på regjeringen.no.</p>\n"
)


def build():
    body, measures = render_measures(M, dash_goal_heading, measure_heading, ministry_line)
    html_text = html_document("Årsrapport 2023–2024 med statushistorikk – Ingen å miste", CSS,
                              hyphenate_html(INTRO + body))
    expected = annual_expected(
        "2023-2024", "2024-11-15", measures,
        urls_not_in_any_measure=[PLAN_URL],
        notes="Written blind (without reading the parser's status rules). Convention: the status as of the report "
              "date (15 November 2024) is the latest dated statement of the narrative; later plans (evaluation, new "
              "round, review) do not undo a delivered deliverable (5, 15, 17, 32, 35, 42, 52, 55); an early "
              "'planlagt'/'igangsatt' followed by a later completion is completed (1, 9, 40); work begun and later "
              "put on hold or stopped is in_progress (8, 11, 37; close calls); stopped and resumed is in_progress "
              "(26, 59); histories whose latest year is older than 2024 keep their latest status (5, 16, 35, 48). "
              "History forms: 'Status ÅÅÅÅ: …' lines, year | status tables, sentence chains through the years.",
    )
    write(NAME, html_text, expected)
    print_status_counts(M)


if __name__ == "__main__":
    build()

"""samlerapport-2023: an annual report of the plan (all 61 measures) in which related measures are REPORTED JOINTLY.

Written blind (without reading the parser). Nine groups cover 25 measures: a heading "Tiltak 7 og 8",
"Tiltakene 14, 15 og 16", "Tiltak 24–26" (en dash), "Tiltak 46-51:" (hyphen, colon), "Tiltakene 38, 39 og 40" …,
followed by the members' commitments (each on its own line "Tiltak N: <commitment>", or a dash list
"– <commitment> (tiltak N)"), one shared narrative and one ministry line for the group. Some narratives single out one
member ("For tiltak 26 …", "… i tiltak 32 …"); that sentence counts for that member only. The other 36 measures are
reported one by one ("Tiltak N" above the commitment in italics).

Labelling convention: every member of a group gets its own commitment (the plan's words, without the "(tiltak N)"
tag), the group's ministry line, and a status judged from the shared narrative; a sentence that names one member
decides that member's status (and is its evidence) and is left out for the others.

Traps: cross-references "jf. tiltak 14" (in 17) and "(se tiltak 60)" (in 61) inside single narratives; a paragraph
that begins "Tiltakene 2 og 3 henger sammen med …" inside the single measure 1 must not start a group.

Layout: Noto Serif Display, 10.5 pt, ragged right; running header "Samlerapport 2022–2023 · Ingen å miste" (top left)
and footer "Side N av M" (bottom right).
"""
from lib import (ANNUAL_TITLE, GOALS, MEASURES, and_list, annual_expected, esc, html_document, measure_json,
                 page_css, print_status_counts, write, SIDE_N_AV_M)

NAME = "samlerapport-2023"

# Groups: heading, members, style ("lines" or "dash"), ministries, narrative HTML, per-member (status, evidence, note)
GROUPS = [
    dict(head="Tiltak 4 og 5", members=[4, 5], style="lines", ministries=["HOD"],
         narrative="<p>Begge tiltakene er lagt inn i Helsedirektoratets oppdragsportefølje for 2024, og det er "
                   "avsatt plass til dem i direktoratets budsjettforslag. Noe arbeid utover dette er ikke meldt.</p>",
         labels={4: ("planned", "Begge tiltakene er lagt inn i Helsedirektoratets oppdragsportefølje for 2024", None),
                 5: ("planned", "Begge tiltakene er lagt inn i Helsedirektoratets oppdragsportefølje for 2024", None)}),
    dict(head="Tiltak 7 og 8", members=[7, 8], style="lines", ministries=["HOD", "BFD", "JD", "KUD"],
         narrative="<p>Tiltak 7 og 8 følges opp samlet av Medietilsynet og Helsedirektoratet. Informasjonsarbeidet "
                   "rettet mot barn og unge holder på å bygges opp, med nye filmer og opplegg for klasserom. For "
                   "tiltak 8 er foreldreveiledningen om skadelig innhold ferdigstilt og lagt ut på nett i mai 2023.</p>",
         labels={7: ("in_progress", "Informasjonsarbeidet rettet mot barn og unge holder på å bygges opp", None),
                 8: ("completed", "For tiltak 8 er foreldreveiledningen om skadelig innhold ferdigstilt",
                     "The shared sentence is about children and youth (measure 7); the sentence naming measure 8 "
                     "reports its deliverable (information for parents) finished.")}),
    dict(head="Tiltakene 14, 15 og 16", members=[14, 15, 16], style="dash", ministries=["SD", "JD"],
         narrative="<p>Tiltakene om tilgang til metode ses i sammenheng i et tverretatlig forum med Statens vegvesen, "
                   "Bane NOR og politiet. Forumet har møttes jevnlig gjennom året, og sikringsarbeidet på utsatte "
                   "steder skrider fram. Kriteriene for klassifisering i tiltak 14 ble vedtatt av Statens vegvesen i "
                   "februar 2023 og gjelder fra årsskiftet.</p>",
         labels={14: ("completed", "Kriteriene for klassifisering i tiltak 14 ble vedtatt av Statens vegvesen",
                      "Close call: the criteria were adopted (the measure's deliverable); that they apply from the new "
                      "year is implementation."),
                 15: ("in_progress", "sikringsarbeidet på utsatte steder skrider fram", None),
                 16: ("in_progress", "sikringsarbeidet på utsatte steder skrider fram",
                      "Close call: the shared narrative says the securing work progresses; nothing about the bridge "
                      "mapping alone.")}),
    dict(head="Tiltak 19 og 20", members=[19, 20], style="lines", ministries=["HOD"],
         narrative="<p>Ingen av de to tiltakene har kommet ut av startblokkene ennå. Departementet vil se dem i sammenheng med "
                   "arbeidet med en ny folkehelsemelding.</p>",
         labels={19: ("not_started", "Ingen av de to tiltakene har kommet ut av startblokkene ennå", None),
                 20: ("not_started", "Ingen av de to tiltakene har kommet ut av startblokkene ennå", None)}),
    dict(head="Tiltak 24–26", members=[24, 25, 26], style="dash", ministries=["HOD"],
         narrative="<p>De tre tiltakene drives fram i ett felles program i Helsedirektoratet, der den digitale "
                   "innboksen og veiledningen om hjemmebesøk utvikles side om side. For tiltak 26 er det foreløpig "
                   "bare satt av 400 000 kroner i 2023; selve verktøyet er det ennå ikke begynt på.</p>",
         labels={24: ("in_progress", "drives fram i ett felles program i Helsedirektoratet", None),
                 25: ("in_progress", "drives fram i ett felles program i Helsedirektoratet", None),
                 26: ("not_started", "selve verktøyet er det ennå ikke begynt på",
                      "Money set aside, but the sentence that names measure 26 says the work has not begun.")},
         funding={26: [(400000, 2023, "For tiltak 26 er det foreløpig bare satt av 400 000 kroner i 2023")]}),
    dict(head="Tiltak 31 og 32", members=[31, 32], style="dash", ministries=["HOD"],
         narrative="<p>De regionale helseforetakene har nedsatt en felles arbeidsgruppe som nå skriver rutiner for "
                   "oppfølging før og etter utskriving. Vurderingen av sensorteknologi i tiltak 32 ble oversendt "
                   "departementet i juni 2023.</p>",
         labels={31: ("in_progress", "som nå skriver rutiner for oppfølging før og etter utskriving", None),
                 32: ("completed", "Vurderingen av sensorteknologi i tiltak 32 ble oversendt departementet", None)}),
    dict(head="Tiltakene 38, 39 og 40", members=[38, 39, 40], style="lines", ministries=["HOD"],
         narrative="<p>Helsedirektoratet har fått de tre tiltakene samlet i tildelingsbrevet for 2023, og en felles "
                   "prosjektplan skal foreligge før jul. For tiltak 38 er det i tillegg satt i gang en kartlegging av "
                   "kursbehovet ved AMK-sentralene og legevaktene.</p>",
         labels={38: ("in_progress", "For tiltak 38 er det i tillegg satt i gang en kartlegging",
                      "Close call: a mapping of the training need has started, the first substantive step towards the "
                      "course."),
                 39: ("planned", "Helsedirektoratet har fått de tre tiltakene samlet i tildelingsbrevet for 2023", None),
                 40: ("planned", "Helsedirektoratet har fått de tre tiltakene samlet i tildelingsbrevet for 2023", None)}),
    dict(head="Tiltak 46-51:", members=[46, 47, 48, 49, 50, 51], style="lines", ministries=["HOD", "JD"],
         narrative="<p>Tiltakene om obduksjon, dødsårsaksstatistikk og registre behandles av en felles arbeidsgruppe "
                   "som ble nedsatt i mars 2023. Gruppen gjennomgår nå regelverket og praksis i de fire "
                   "helseregionene. For tiltak 48 er det bestemt at spørsmålet om en coroner-ordning først skal tas "
                   "opp når gruppen har levert. Om et register for selvskading (tiltak 50) er det ikke gjort noe "
                   "arbeid så langt.</p>",
         labels={46: ("in_progress", "Gruppen gjennomgår nå regelverket og praksis", None),
                 47: ("in_progress", "Gruppen gjennomgår nå regelverket og praksis", None),
                 48: ("planned", "først skal tas opp når gruppen har levert",
                      "The sentence naming 48 puts its question off until the group has delivered: planned, not the "
                      "group's work in progress."),
                 49: ("in_progress", "Gruppen gjennomgår nå regelverket og praksis", None),
                 50: ("not_started", "er det ikke gjort noe arbeid så langt",
                      "The sentence naming 50 (in brackets) says no work has been done."),
                 51: ("in_progress", "Gruppen gjennomgår nå regelverket og praksis", None)}),
    dict(head="Tiltak 54 og 55", members=[54, 55], style="lines", ministries=["KD", "KUD"],
         narrative="<p>Begge undersøkelsene ble levert i løpet av våren 2023, og rapportene er lagt ut på "
                   "forskningsinstitusjonenes nettsider.</p>",
         labels={54: ("completed", "Begge undersøkelsene ble levert i løpet av våren 2023", None),
                 55: ("completed", "Begge undersøkelsene ble levert i løpet av våren 2023", None)}),
]

SINGLES = [
    dict(n=1, status="completed", ev="Oversikten har vært tilgjengelig for alle siden 2021",
         narrative="<p>Oversikten har vært tilgjengelig for alle siden 2021 og får jevnlig nye aktører.</p>"
                   "<p>Tiltakene 2 og 3 henger sammen med oversikten, fordi forumet og piloten bruker den som "
                   "felles kart.</p>",
         note="The second paragraph begins 'Tiltakene 2 og 3' inside a single narrative; it is not a group heading."),
    dict(n=2, status="in_progress", ev="Piloten er inne i sitt andre år",
         narrative="<p>Piloten er inne i sitt andre år, og 37 saker er så langt gjennomgått sammen med etterlatte.</p>"),
    dict(n=3, status="completed", ev="Forumet og direktoratssamarbeidet fungerer som faste ordninger",
         narrative="<p>Forumet og direktoratssamarbeidet fungerer som faste ordninger og møtes to ganger i året.</p>"),
    dict(n=6, status="in_progress", ev="Samarbeidet med plattformselskapene er utvidet",
         narrative="<p>Samarbeidet med plattformselskapene er utvidet til fem selskaper, og partene utvikler nå "
                   "felles varslingsrutiner.</p>"),
    dict(n=9, status="planned", ev="er under bestilling",
         narrative="<p>Et kurs for personell som møter barn og unge på nett er under bestilling hos RVTS Øst.</p>"),
    dict(n=10, status="in_progress", ev="Nettressursen spres gjennom Utdanningsdirektoratets nettverk",
         narrative="<p>Nettressursen spres gjennom Utdanningsdirektoratets nettverk for skoleeiere, og flere fylker "
                   "har tatt den inn i sine samlinger.</p>"),
    dict(n=11, status="completed", ev="Rundskrivet om taushetsplikt og opplysningsplikt kom i januar 2023",
         narrative="<p>Rundskrivet om taushetsplikt og opplysningsplikt kom i januar 2023 og svarer på spørsmålene "
                   "tiltaket gjaldt.</p>"),
    dict(n=12, status="in_progress", ev="Hjelpetelefonene prøver ut den felles grunnopplæringen",
         narrative="<p>Hjelpetelefonene prøver ut den felles grunnopplæringen høsten 2023.</p>"),
    dict(n=13, status="planned", ev="Spørsmålet om samordning skal utredes i 2024",
         narrative="<p>Spørsmålet om samordning skal utredes i 2024, med erfaringene fra tiltak 12 som grunnlag.</p>"),
    dict(n=17, status="completed", ev="Strategien foreligger",
         narrative="<p>Strategien foreligger og følges opp med årlige tall for alkoholkonsum (jf. tiltak 14 om "
                   "statistikk i trafikken).</p>",
         note="'jf. tiltak 14' is a cross-reference, not a group."),
    dict(n=18, status="completed", ev="Forskriftsendringen trådte i kraft 1. mars 2023",
         narrative="<p>Forskriftsendringen trådte i kraft 1. mars 2023.</p>"),
    dict(n=21, status="in_progress", ev="Materiellet skrives om i disse månedene",
         narrative="<p>Materiellet skrives om i disse månedene, med nye kapitler om skole og arbeidsliv.</p>"),
    dict(n=22, status="in_progress", ev="RVTSene bistår stadig flere kommuner med planarbeidet",
         narrative="<p>RVTSene bistår stadig flere kommuner med planarbeidet; 212 kommuner har nå en plan.</p>"),
    dict(n=23, status="in_progress", ev="Tilbudet bygges videre ut",
         narrative="<p>Tilbudet bygges videre ut, og 118 kommuner har nå Rask psykisk helsehjelp. Det er bevilget "
                   "15 mill. kroner til opplæring av nye team i 2023.</p>",
         funding=[(15000000, 2023, "Det er bevilget 15 mill. kroner til opplæring av nye team i 2023")]),
    dict(n=27, status="in_progress", ev="Flere verktøy blir gjort tilgjengelige etter hvert",
         narrative="<p>Flere verktøy blir gjort tilgjengelige etter hvert på Helsenorge.</p>"),
    dict(n=28, status="completed", ev="Den reviderte retningslinjen og implementeringsstøtten ble lagt ut",
         narrative="<p>Den reviderte retningslinjen og implementeringsstøtten ble lagt ut i april 2023.</p>",
         note="Both parts of the measure (revision and support for implementation) are delivered."),
    dict(n=29, status="planned", ev="Et opplegg for læring av gjennomganger skal utformes",
         narrative="<p>Et opplegg for læring av gjennomganger skal utformes i 2024.</p>"),
    dict(n=30, status="not_started", ev="Helsedirektoratet har ikke rukket å begynne",
         narrative="<p>Helsedirektoratet har ikke rukket å begynne på dette tiltaket.</p>"),
    dict(n=33, status="in_progress", ev="To helseforetak har startet opplæring av personell på somatiske avdelinger",
         narrative="<p>To helseforetak har startet opplæring av personell på somatiske avdelinger.</p>"),
    dict(n=34, status="in_progress", ev="innføres trinnvis ved sykehusene",
         narrative="<p>Rutinen for vurdering av selvmordsrisiko etter forgiftning innføres trinnvis ved sykehusene.</p>"),
    dict(n=35, status="in_progress", ev="Kravene til overganger følges opp i tilsyn",
         narrative="<p>Kravene til overganger følges opp i tilsyn og i pakkeforløpene.</p>"),
    dict(n=36, status="not_started", ev="Gjennomgangen av den akuttmedisinske kjeden er utsatt på ubestemt tid",
         narrative="<p>Gjennomgangen av den akuttmedisinske kjeden er utsatt på ubestemt tid.</p>",
         note="Close call: put off indefinitely before any work was reported, so not begun."),
    dict(n=37, status="in_progress", ev="Beslutningsstøtten testes i to AMK-sentraler",
         narrative="<p>Beslutningsstøtten testes i to AMK-sentraler.</p>"),
    dict(n=41, status="completed", ev="Pårørendeveilederen har fått et avsnitt om selvmord",
         narrative="<p>Pårørendeveilederen har fått et avsnitt om selvmord.</p>"),
    dict(n=42, status="planned", ev="Revisjonen er satt på dagsordenen for 2024",
         narrative="<p>Revisjonen er satt på dagsordenen for 2024.</p>"),
    dict(n=43, status="not_started", ev="Vurderingen venter fortsatt på erfaringer og er ikke tatt fatt på",
         narrative="<p>Vurderingen venter fortsatt på erfaringer og er ikke tatt fatt på.</p>"),
    dict(n=44, status="in_progress", ev="Kommunene får veiledning om oppfølging av etterlatte",
         narrative="<p>Kommunene får veiledning om oppfølging av etterlatte fra RVTSene og LEVE.</p>"),
    dict(n=45, status="planned", ev="Revisjonen av veilederen er forberedt",
         narrative="<p>Revisjonen av veilederen er forberedt, og arbeidet starter etter nyttår.</p>",
         note="Prepared, with the start after the new year: planned."),
    dict(n=52, status="completed", ev="Forskningsgjennomgangen er levert",
         narrative="<p>Forskningsgjennomgangen er levert og presentert på et seminar.</p>"),
    dict(n=53, status="in_progress", ev="blir nå fulgt opp i prosjekter",
         narrative="<p>Oppsummeringene om menn og eldre blir nå fulgt opp i prosjekter med støtte fra "
                   "tilskuddsordningen.</p>"),
    dict(n=56, status="in_progress", ev="Kompetansetilbudet til kommunene er under oppskalering",
         narrative="<p>Kompetansetilbudet til kommunene er under oppskalering.</p>"),
    dict(n=57, status="in_progress", ev="Opplæringen i TSB og psykisk helsevern er kommet et godt stykke på vei",
         narrative="<p>Opplæringen i TSB og psykisk helsevern er kommet et godt stykke på vei.</p>"),
    dict(n=58, status="completed", ev="Nettverkene ble formelt etablert",
         narrative="<p>Nettverkene ble formelt etablert i alle regioner i 2023.</p>",
         note="Close call: the commitment is to consider how networks can be set up; they exist now in all regions."),
    dict(n=59, status="in_progress", ev="Vivat holder kurs over hele landet",
         narrative="<p>Vivat holder kurs over hele landet og har fått 4 mill. kroner ekstra for 2023.</p>",
         funding=[(4000000, 2023, "har fått 4 mill. kroner ekstra for 2023")]),
    dict(n=60, status="completed", ev="Tilskuddsordningen fikk et løft på 10 mill. kroner",
         narrative="<p>Tilskuddsordningen fikk et løft på 10 mill. kroner i 2023.</p>",
         funding=[(10000000, 2023, "Tilskuddsordningen fikk et løft på 10 mill. kroner i 2023")]),
    dict(n=61, status="in_progress", ev="Materiellet tilpasses nå norske forhold",
         narrative="<p>Materiellet tilpasses nå norske forhold, og midlene kommer fra tilskuddsordningen (se tiltak "
                   "60).</p>",
         note="'(se tiltak 60)' is a cross-reference."),
]

CSS = page_css(
    "22mm 24mm 22mm 24mm", "Noto Serif Display", "serif",
    header=("top-left", "Samlerapport 2022–2023 · Ingen å miste", "8pt", "#555"),
    footer=("bottom-right", SIDE_N_AV_M, "8.5pt"),
    body=("10.5pt", "1.35"),
    rules="""h1 { font-size: 18pt; margin: 0 0 6pt 0; }
h2 { font-size: 14pt; margin: 16pt 0 6pt 0; }
h3 { font-size: 11pt; margin: 11pt 0 2pt 0; }
p.c { font-style: italic; margin: 0 0 4pt 0; }
p.gl { margin: 0 0 3pt 0; }
ul.gl { list-style: none; margin: 0 0 4pt 0; padding-left: 0; }
p.dep { font-size: 9.5pt; margin-top: 3pt; }
""",
    justify=False)


def ministry_line(codes):
    if len(codes) == 1:
        return "Ansvarlig departement: " + codes[0]
    return "Ansvarlige departementer: " + and_list(codes)


INTRO = (
    f"<h1>{ANNUAL_TITLE}</h1>\n"
    "<p>Samlerapport for driftsåret 2022–2023 – status per 15. oktober 2023</p>\n"
    "<p>Handlingsplanen har 61 tiltak fordelt på seks mål. I denne rapporten omtales tiltak som henger nært "
    "sammen, samlet under én overskrift, med én felles omtale og ett ansvarlig departement for gruppen.</p>\n"
)


def build():
    singles = {m["n"]: m for m in SINGLES}
    groups = {g["members"][0]: g for g in GROUPS}
    body, expected, goal = [], [], None
    n = 1
    while n <= 61:
        g = MEASURES[n]["goal"]
        if g != goal:
            goal = g
            body.append(f"<h2>Mål {g}: {esc(GOALS[g])}</h2>\n")
        if n in groups:
            grp = groups[n]
            body.append(f"<h3>{esc(grp['head'])}</h3>\n")
            if grp["style"] == "lines":
                for k in grp["members"]:
                    body.append(f'<p class="gl">Tiltak {k}: {esc(MEASURES[k]["commitment"])}</p>\n')
            else:
                body.append('<ul class="gl">' + "".join(
                    f"<li>– {esc(MEASURES[k]['commitment'])} (tiltak {k})</li>" for k in grp["members"]) + "</ul>\n")
            body.append(grp["narrative"] + "\n")
            body.append(f'<p class="dep">{ministry_line(grp["ministries"])}</p>\n')
            for k in grp["members"]:
                status, ev, note = grp["labels"][k]
                m = dict(n=k, status=status, ev=ev, narrative=grp["narrative"], ministries=grp["ministries"],
                         funding=grp.get("funding", {}).get(k, []))
                if note:
                    m["note"] = note
                expected.append(measure_json(m, MEASURES[k]["goal"]))
            n = grp["members"][-1] + 1
            continue
        m = singles[n]
        body.append(f"<h3>Tiltak {n}</h3>\n<p class=\"c\">{esc(MEASURES[n]['commitment'])}</p>\n")
        body.append(m["narrative"] + "\n")
        body.append(f'<p class="dep">{ministry_line(MEASURES[n]["ministries"])}</p>\n')
        expected.append(measure_json(m, g))
        n += 1
    html_text = html_document("Samlerapport 2022–2023 – Ingen å miste", CSS, INTRO + "".join(body))
    doc = annual_expected(
        "2022-2023", "2023-10-15", expected,
        notes="Written blind. 25 measures are reported in 9 groups (pairs 'Tiltak 7 og 8', ranges 'Tiltak 24–26' "
              "with an en dash and 'Tiltak 46-51:' with a hyphen, lists 'Tiltakene 14, 15 og 16' and 'Tiltakene 38, "
              "39 og 40'); each member's commitment is on its own line ('Tiltak N: …') or in a dash list ('– … "
              "(tiltak N)'). Convention: each member has its own commitment, the group's ministry line (also where "
              "the plan names other ministries: 14-16 'SD og JD', 46-51 'HOD og JD', 54-55 'KD og KUD') and a status "
              "from the shared narrative; a sentence naming one member (8, 14, 26, 32, 38, 48, 50) decides that "
              "member alone and is left out for the others. Traps: 'Tiltakene 2 og 3 henger sammen med …' begins a "
              "paragraph of the single measure 1; cross-references 'jf. tiltak 14' (17), 'tiltak 12' (13), "
              "'(se tiltak 60)' (61). No gaps: the parser should warn about nothing in the numbering.")
    write(NAME, html_text, doc)
    statuses = [{"status": m["status"]} for m in expected]
    print_status_counts(statuses)


if __name__ == "__main__":
    build()

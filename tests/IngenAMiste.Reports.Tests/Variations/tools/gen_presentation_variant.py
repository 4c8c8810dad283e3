"""presentation-variant: a 6-slide 16:9 deck (landscape pages, big headings, bullets) from a directorate
at a municipal conference that quotes or paraphrases 8 measures of the plan, names goals 2 and 4, and has
no measure sections. Mentions are by paraphrase, by verbatim commitment, and by number ("Tiltak 12:",
"(tiltak 59)").
"""
from lib import GOALS, esc, plain, write

NAME = "presentation-variant"

FOOT = "Helsedirektoratet | Kommunekonferansen 2023"

# (heading, [bullets], kind) ; mentions: bullet text -> measure
SLIDES = [
    ("title", "Selvmordsforebygging i kommunene",
     ["Status for Ingen å miste – Handlingsplan for forebygging av selvmord 2020–2025",
      "Helsedirektoratet · Kommunekonferansen, Trondheim 14. mars 2023"]),
    ("bullets", "Hvorfor en handlingsplan?",
     ["Rundt 650 mennesker tar sitt eget liv i Norge hvert år",
      "Planen innførte en nullvisjon for selvmord",
      "61 tiltak fordelt på seks mål",
      "Åtte departementer samarbeider – Helse- og omsorgsdepartementet leder"]),
    ("bullets", "Mål 2: " + GOALS[2],
     ["Regionale folkeopplysningskampanjer med nasjonal overbygning",
      "Spre #chatsafe – trygg kommunikasjon om selvmord på nett",
      "Tiltak 12: felles minstestandard for opplæring ved hjelpetelefonene"]),
    ("bullets", "Mål 4: " + GOALS[4],
     ["Revidert nasjonal retningslinje for forebygging av selvmord i psykisk helsevern og TSB",
      "Regjeringen vil sikre gode overganger og samarbeid mellom tjenester, ved utskriving og i videre oppfølging.",
      "Kriseplan til alle som skrives ut etter selvmordsforsøk"]),
    ("bullets", "Hva betyr dette for kommunen?",
     ["Lag en plan – bruk den elektroniske veiledningen for kommunale handlingsplaner",
      "Rask psykisk helsehjelp skal bygges ut i flere kommuner",
      "Bruk kursene til Vivat selvmordsforebygging (tiltak 59)",
      "Delta i nasjonalt forum og i de regionale kompetansenettverkene"]),
    ("end", "Takk for oppmerksomheten!",
     ["Spørsmål og innspill tas gjerne i pausen"]),
]

MENTIONS = [
    (4, "Regionale folkeopplysningskampanjer med nasjonal overbygning"),
    (7, "Spre #chatsafe – trygg kommunikasjon om selvmord på nett"),
    (12, "Tiltak 12: felles minstestandard for opplæring ved hjelpetelefonene"),
    (28, "Revidert nasjonal retningslinje for forebygging av selvmord i psykisk helsevern og TSB"),
    (35, "Regjeringen vil sikre gode overganger og samarbeid mellom tjenester, ved utskriving og i videre oppfølging."),
    (22, "bruk den elektroniske veiledningen for kommunale handlingsplaner"),
    (23, "Rask psykisk helsehjelp skal bygges ut i flere kommuner"),
    (59, "Bruk kursene til Vivat selvmordsforebygging (tiltak 59)"),
]

CSS = """
@page { size: 254mm 142.875mm; margin: 0; }
body { margin: 0; font-family: "Liberation Sans", sans-serif; }
section { position: relative; width: 254mm; height: 142.875mm; box-sizing: border-box; padding: 14mm 18mm;
          page-break-after: always; overflow: hidden; }
section:last-child { page-break-after: auto; }
section.title { background: #0b3d5c; color: white; padding-top: 40mm; }
section.title h1 { font-size: 34pt; margin: 0 0 10mm 0; }
section.title p { font-size: 16pt; margin: 0 0 4mm 0; }
section.end { background: #0b3d5c; color: white; padding-top: 50mm; text-align: center; }
section.end h1 { font-size: 32pt; }
section.end p { font-size: 16pt; }
h2 { font-size: 26pt; color: #0b3d5c; margin: 0 0 8mm 0; line-height: 1.15; }
ul { font-size: 17pt; line-height: 1.35; margin: 0; padding-left: 9mm; }
li { margin-bottom: 3mm; }
.foot { position: absolute; left: 18mm; right: 18mm; bottom: 6mm; font-size: 9pt; color: #666;
        border-top: 0.5pt solid #bbb; padding-top: 1.5mm; }
.foot span { float: right; }
section.title .foot, section.end .foot { color: #cfe0ea; border-color: #6d93aa; }
"""


def build():
    body = []
    for i, (kind, head, items) in enumerate(SLIDES, 1):
        foot = f'<div class="foot">{esc(FOOT)}<span>{i}</span></div>'
        if kind == "title":
            body.append(f'<section class="title"><h1>{esc(head)}</h1>'
                        + "".join(f"<p>{esc(t)}</p>" for t in items) + foot + "</section>\n")
        elif kind == "end":
            body.append(f'<section class="end"><h1>{esc(head)}</h1>'
                        + "".join(f"<p>{esc(t)}</p>" for t in items) + foot + "</section>\n")
        else:
            body.append(f"<section><h2>{esc(head)}</h2><ul>"
                        + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>" + foot + "</section>\n")
    html_text = ('<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
                 "<title>Selvmordsforebygging i kommunene</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                 + "".join(body) + "</body>\n</html>\n")
    all_text = plain(html_text)
    for n, ev in MENTIONS:
        assert plain(ev) in all_text, (n, ev)
    expected = {
        "document": {
            "kind": "presentation",
            "title": "Selvmordsforebygging i kommunene",
            "plan_period": "2020-2025",
            "measure_count_stated": 61,
            "goal_count": 2,
        },
        "goals": [{"number": 2, "title": GOALS[2]}, {"number": 4, "title": GOALS[4]}],
        "measures": [],
        "mentions": [{"measure": n, "evidence": ev} for n, ev in sorted(MENTIONS)],
        "mentions_optional": [3, 58],
        "notes": "A slide deck with no measure sections; it names goals 2 and 4 as slide headings and mentions 8 "
                 "measures by paraphrase, verbatim commitment (35) or number ('Tiltak 12:', '(tiltak 59)'), linked "
                 "against the catalogue of measures. 'Kriseplan til alle som skrives ut etter selvmordsforsøk' is the "
                 "second sentence of measure 35's commitment (a second mention of 35 is fine). The national forum (3) "
                 "and the regional competence networks (58) are only alluded to: linking them is neither required nor penalised. '61 tiltak fordelt på seks mål' "
                 "states the plan's size.",
    }
    write(NAME, html_text, expected)


if __name__ == "__main__":
    build()

"""no-structure: a valid two-page PDF of ordinary prose (minutes of a municipal meeting on mental health
and substance use) with no goals and no measures. Words such as "tiltak", "målet", "Mål:" and "Tiltak:"
(without numbers), a numbered case list ("Sak 14/23") and a mention of suicide prevention occur in
ordinary use; none of it is plan structure.
"""
from lib import write

NAME = "no-structure"

HTML = """<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Referat – samarbeidsutvalget for psykisk helse og rus</title>
<style>
@page { size: A4; margin: 25mm 25mm 25mm 25mm;
  @bottom-right { content: "Side " counter(page); font-family: "Liberation Serif"; font-size: 9pt; } }
body { font-family: "Liberation Serif", serif; font-size: 11.5pt; line-height: 1.35; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
p.meta { margin-top: 0; color: #333; }
table { border-collapse: collapse; margin: 6pt 0 12pt 0; font-size: 10.5pt; }
td, th { border: 0.5pt solid #999; padding: 2pt 6pt; text-align: left; vertical-align: top; }
h2 { font-size: 12.5pt; margin: 16pt 0 4pt 0; }
</style>
</head>
<body>
<h1>Referat fra møte i samarbeidsutvalget for psykisk helse og rus</h1>
<p class="meta">Sted: Rådhuset, møterom Fjellsalen<br>Tid: Tirsdag 7. februar 2023 kl. 09.00–11.30<br>Referent: Ingrid Haugen</p>

<table>
<tr><th>Til stede</th><td>Kari Nilsen (kommuneoverlege), Jonas Berg (enhetsleder psykisk helse og rus), Amina Rahimi
(helsesykepleier), Per Olav Strand (NAV), Siri Lunde (brukerrepresentant, Mental Helse)</td></tr>
<tr><th>Forfall</th><td>Tor Eriksen (DPS Nordre)</td></tr>
</table>

<h2>Sak 12/23 Godkjenning av innkalling og referat</h2>
<p>Innkalling og referat fra forrige møte ble godkjent uten merknader.</p>

<h2>Sak 13/23 Ventetid i psykisk helsetjeneste</h2>
<p>Jonas Berg orienterte om ventetiden for samtaletilbud i kommunen. Gjennomsnittlig ventetid har gått ned fra
seks til fire uker siden i fjor, men ungdom mellom 16 og 20 år venter fortsatt lenger enn andre. Utvalget drøftet
om lavterskeltilbudet på ungdomshuset kan utvides til to kvelder i uken. Det ble pekt på at tjenesten mangler en
stilling for å få det til.</p>
<p>Mål: Ingen skal vente mer enn tre uker på første samtale innen utgangen av året.</p>
<p>Tiltak: Enhetsleder lager et forslag til omdisponering av ressurser til neste møte.</p>

<h2>Sak 14/23 Samarbeid med NAV om unge uten arbeid</h2>
<p>Per Olav Strand viste til at flere unge som får oppfølging fra NAV, også har kontakt med psykisk helsetjeneste,
uten at tjenestene vet om hverandre. Utvalget ble enige om å prøve ut faste samarbeidsmøter annenhver måned.
Målet er at ingen skal måtte fortelle historien sin flere ganger enn nødvendig. Brukerrepresentanten understreket
at samtykke må innhentes før opplysninger deles, og at ungdommene selv må få være med og bestemme hvilke
tiltak som settes inn.</p>

<h2>Sak 15/23 Kompetanse om selvmordsforebygging</h2>
<p>Kommuneoverlegen tok opp behovet for mer kompetanse om selvmordsforebygging blant ansatte i helse- og
omsorgstjenesten og i skolen. Flere ansatte har deltatt på kurs i regi av det regionale ressurssenteret, og
tilbakemeldingene er gode. Utvalget mener kommunen bør ha en felles rutine for hva ansatte skal gjøre når de er
bekymret for at noen kan ta sitt eget liv, og at rutinen må være kjent også for vikarer og nyansatte.</p>
<p>Amina Rahimi fortalte at skolehelsetjenesten opplever flere henvendelser om selvskading enn før pandemien.
Helsesykepleierne ønsker veiledning fra spesialisthelsetjenesten i enkeltsaker, og det ble foreslått å invitere
DPS Nordre til neste møte for å drøfte dette.</p>

<h2>Sak 16/23 Eventuelt</h2>
<p>Siri Lunde informerte om at Mental Helse arrangerer åpent møte om ensomhet blant eldre i april, og oppfordret
kommunens ansatte til å delta. Neste møte i utvalget holdes tirsdag 14. mars kl. 09.00.</p>

<h2>Oppfølgingspunkter</h2>
<table>
<tr><th>Hva</th><th>Ansvar</th><th>Frist</th></tr>
<tr><td>Forslag til omdisponering av ressurser, jf. sak 13/23</td><td>Jonas Berg</td><td>14. mars</td></tr>
<tr><td>Oppsett for samarbeidsmøter med NAV</td><td>Per Olav Strand</td><td>14. mars</td></tr>
<tr><td>Utkast til felles rutine ved bekymring for selvmordsfare</td><td>Kari Nilsen</td><td>1. mai</td></tr>
<tr><td>Invitasjon til DPS Nordre</td><td>Referent</td><td>Neste møte</td></tr>
</table>
</body>
</html>
"""


def build():
    expected = {
        "document": {
            "kind": "other",
            "title": "Referat fra møte i samarbeidsutvalget for psykisk helse og rus",
            "plan_period": None,
            "report_period": None,
            "as_of": None,
            "measure_count_stated": None,
            "goal_count": 0,
        },
        "goals": [],
        "measures": [],
        "mentions": [],
        "notes": "Ordinary meeting minutes: 'Mål:' and 'Tiltak:' without numbers, 'Sak 13/23' and words like 'tiltak' "
                 "and 'Målet er' are everyday language, not plan structure. The title is given for information; "
                 "what matters is kind 'other' with no goals, measures or mentions.",
    }
    write(NAME, HTML, expected)


if __name__ == "__main__":
    build()

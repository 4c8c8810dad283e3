using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Wordings found blind in the final report of the plan period (issue #3, sluttrapport-2025), on invented sentences, each
/// rule from both sides: never begun ("ble aldri startet", "ikke tatt noen skritt", "ikke innledet"), not taken up in the
/// period ("ikke funnet rom for", "har ikke vært vurdert i perioden"), the target reached ("målet er nådd"), standing
/// practice ("fast praksis", "en fast del av", "innarbeidet i det faste tilbudet", "i daglig bruk"), completions of the final
/// account ("gitt ut", "fornyet", "nedfelt", "munnet ut i", "endte med et", "var klart i", "kom i 2022", "har vært styrende
/// … siden"), work still under way ("forhandles fortsatt", "får fortsatt støtte", "underveis", "holder fram", "under testing",
/// "på testrunde", "nå … fra fire av sju"), a last part with the translator; and an amount in a clause that opens the sentence
/// with "Selv om" / "Til tross for at".
/// </summary>
public sealed class FinalReportWordingTests
{
    private const string Register = "Regjeringen vil vurdere et nasjonalt register for overdoser i fengsler.";
    private const string Guide = "Regjeringen vil utarbeide en veileder om selvmordsrisiko for ansatte i NAV.";
    private const string Spread = "Regjeringen vil øke utbredelsen av lavterskel samtaletilbud i kommunene.";
    private const string Network = "Regjeringen vil etablere et nettverk for ansatte i krisesentre.";

    private static StatusResult Check(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result;
    }

    [Theory]
    [InlineData("Selv om det ble satt av midler i 2024, ble arbeidet med registeret aldri startet.", "aldri startet")]
    [InlineData("Spørsmålet om et register ble aldri utredet.", "aldri utredet")]
    [InlineData("Det er ikke tatt noen skritt mot et register i perioden.", "ikke tatt noen skritt")]
    [InlineData("Datagrunnlaget er for tynt, og vurderingen er derfor ikke innledet.", "ikke innledet")]
    public void Never_begun_is_not_started_even_with_money(string narrative, string evidencePart)
    {
        var result = Check(narrative, Register, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Det ble ikke funnet rom for registeret innenfor rammen.", "ikke funnet rom for")]
    [InlineData("Registeret har ikke vært vurdert i perioden.", "ikke vært vurdert i perioden")]
    public void Not_taken_up_in_the_period_is_not_started(string narrative, string evidencePart)
    {
        var result = Check(narrative, Register, MeasureStatus.NotStarted);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vurderingen av registeret er innledet, og den pågår nå i direktoratet.")]
    [InlineData("Et register har aldri før vært forsøkt, men vurderingen pågår nå.")]
    [InlineData("Direktoratet har funnet rom for vurderingen, og den pågår nå.")]
    public void Begun_work_without_such_a_negation_is_in_progress(string narrative) =>
        Check(narrative, Register, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Tilbudet finnes nå i 300 kommuner, og målet for utbredelse er nådd.", "målet for utbredelse er nådd")]
    [InlineData("Direktoratet anser målet som nådd.", "anser målet som nådd")]
    public void The_target_reached_completes_the_measure(string narrative, string evidencePart)
    {
        var result = Check(narrative, Spread, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_not_yet_reached_is_not_completed() =>
        Check("Tilbudet bygges ut i flere kommuner, men målet er ennå ikke nådd.", Spread, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Veilederen har vært fast praksis i NAV siden 2023.", "fast praksis")]
    [InlineData("Veilederen er blitt en fast del av NAVs opplæring.", "fast del av")]
    [InlineData("Veilederen er innarbeidet i NAVs faste opplæringstilbud.", "innarbeidet i NAVs faste")]
    [InlineData("Veilederen er i daglig bruk ved alle NAV-kontorer.", "i daglig bruk")]
    public void Standing_practice_completes_the_measure(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guide, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Veilederen er under testing ved to NAV-kontorer.")]
    [InlineData("Veilederen skal bli en fast del av opplæringen når den er ferdig, og skrivingen pågår.")]
    public void A_guide_in_test_or_still_being_written_is_not_standing_practice(string narrative) =>
        Check(narrative, Guide, MeasureStatus.InProgress);

    [Theory]
    [InlineData("Veilederen ble gitt ut i mars 2025.", "gitt ut")]
    [InlineData("Veilederen ble fornyet i 2024.", "fornyet")]
    [InlineData("Arbeidet munnet ut i en veileder fra direktoratet i 2024.", "munnet ut i")]
    [InlineData("Veilederen var klar i 2022 og brukes av alle kontorer.", "var klar i")]
    [InlineData("Veilederen kom i 2022.", "kom i 2022")]
    [InlineData("Veilederen har vært styrende for NAVs arbeid siden 2023.", "har vært styrende")]
    public void Completions_of_the_final_account_complete_the_measure(string narrative, string evidencePart)
    {
        var result = Check(narrative, Guide, MeasureStatus.Completed);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_that_ended_with_a_product_is_completed()
    {
        var result = Check("Vurderingen endte med et eget kapittel i veilederen i 2023.", Register.Replace("et nasjonalt register for overdoser i fengsler", "behovet for et kapittel om overdoser i veilederen", StringComparison.Ordinal), MeasureStatus.Completed);
        Assert.Contains("endte med et eget kapittel", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Veilederen skal etter planen gis ut i 2026.", MeasureStatus.Planned)]
    [InlineData("Veilederen er ikke gitt ut ennå; skrivingen pågår.", MeasureStatus.InProgress)]
    [InlineData("Veilederen vil være klar i 2026.", MeasureStatus.Planned)]
    public void A_completion_to_come_or_negated_is_not_completed(string narrative, MeasureStatus expected) =>
        Check(narrative, Guide, expected);

    [Theory]
    [InlineData("Avtalene med krisesentrene forhandles fortsatt.", "forhandles fortsatt")]
    [InlineData("Fem sentre er med, og resten får fortsatt veiledning fra direktoratet.", "får fortsatt veiledning")]
    [InlineData("Etableringen av nettverket er underveis.", "er underveis")]
    [InlineData("Samlingene for nettverket holder fram i 2026.", "holder fram")]
    [InlineData("Nettverket er på testrunde i to fylker.", "på testrunde")]
    [InlineData("Nettverket samler nå ansatte fra fire av sju krisesentre.", "fra fire av sju")]
    public void Work_still_going_on_is_in_progress(string narrative, string evidencePart)
    {
        var result = Check(narrative, Network, MeasureStatus.InProgress);
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nettverket ble etablert i 2023 og møtes fast to ganger i året.", MeasureStatus.Completed)]
    [InlineData("Nettverket skal etableres i 2026.", MeasureStatus.Planned)]
    public void Without_such_wording_the_other_rules_decide(string narrative, MeasureStatus expected) =>
        Check(narrative, Network, expected);

    [Fact]
    public void A_last_part_with_the_translator_keeps_the_measure_in_progress()
    {
        const string commitment = "Regjeringen vil oversette veilederen til samiske språk.";
        var result = Check("Veilederen er oversatt til nordsamisk, og den lulesamiske versjonen er hos oversetteren.", commitment, MeasureStatus.InProgress);
        Assert.Contains("hos oversetteren", result.Evidence, StringComparison.Ordinal);
        Check("Veilederen er oversatt til nordsamisk, lulesamisk og sørsamisk.", commitment, MeasureStatus.Completed);
    }

    [Theory]
    [InlineData("Selv om det ble bevilget 800 000 kroner i 2025, er registeret ikke påbegynt.", "det ble bevilget 800 000 kroner i 2025")]
    [InlineData("Til tross for at 800 000 kroner ble øremerket i 2025, er registeret ikke påbegynt.", "800 000 kroner ble øremerket i 2025")]
    [InlineData("Registeret er ikke påbegynt, selv om det ble bevilget 800 000 kroner i 2025.", "det ble bevilget 800 000 kroner i 2025")]
    public void Funding_in_a_concessive_clause_starts_after_the_subordinator(string sentence, string evidence)
    {
        var funding = Assert.Single(FundingExtractor.Extract(sentence));
        Assert.Equal(800000, funding.AmountNok);
        Assert.Equal(evidence, funding.Evidence);
    }

    [Fact]
    public void Funding_in_a_main_clause_keeps_its_start()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Direktoratet fikk 800 000 kroner i 2025, selv om registeret ikke er påbegynt."));
        Assert.Equal("Direktoratet fikk 800 000 kroner i 2025", funding.Evidence);
    }

    [Theory]
    [InlineData("Spørsmålet om et register er sendt til de regionale helseforetakene for vurdering.", MeasureStatus.Planned)]
    [InlineData("Forslaget ble oversendt direktoratet for uttalelse i mai.", MeasureStatus.Planned)]
    [InlineData("Utredningen om et register ble sendt til departementet i mai.", MeasureStatus.Completed)]
    public void Sent_for_assessment_is_planned_and_a_sent_result_is_a_delivery(string narrative, MeasureStatus expected) =>
        Check(narrative, Register, expected);

    [Theory]
    [InlineData("Alle kommuner har fra 2024 et lavterskel samtaletilbud.", MeasureStatus.Completed)]
    [InlineData("Samtlige kommuner har nå et slikt tilbud.", MeasureStatus.Completed)]
    [InlineData("Alle kommuner har nå fått tilbud om støtte, og utbyggingen pågår.", MeasureStatus.InProgress)]
    [InlineData("Alle kommuner har et ansvar for å gi tilbudet, og utbyggingen pågår.", MeasureStatus.InProgress)]
    public void Everyone_having_it_now_completes_the_measure(string narrative, MeasureStatus expected) =>
        Check(narrative, Spread, expected);

    [Fact]
    public void What_a_measure_cost_in_the_period_is_funding_without_a_year()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Piloten kostet samlet 6 mill. kroner i planperioden."));
        Assert.Equal(6000000, funding.AmountNok);
        Assert.Null(funding.Year);
        Assert.Equal("Piloten kostet samlet 6 mill. kroner i planperioden", funding.Evidence);
        // "kostet" without an amount right after it is no statement about money.
        Assert.Empty(FundingExtractor.Extract("Piloten kostet mye tid, men 84 saker ble gjennomgått i 2024."));
    }
}

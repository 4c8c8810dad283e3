using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>Evidence cuts for later-report wordings: E9 for experience, E11 inclusion complements, S7 for waiting.</summary>
public sealed class EvidencePhraseLaterReportTests
{
    private const string Hotline = "Regjeringen vil vurdere å samle hjelpetelefonene for unge i ett felles nummer.";
    private const string Networks = "Regjeringen vil bidra til regionale kompetansenettverk for selvmordsforebygging.";

    private static string Evidence(string narrative, string commitment, MeasureStatus expected)
    {
        var result = StatusClassifier.Classify(narrative, commitment);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        return result.Evidence!;
    }

    [Fact]
    public void Waiting_keeps_what_the_experience_is_of_and_drops_the_agency() =>
        Assert.Equal(
            "avventer erfaringene med den nye chattetjenesten",
            Evidence("Direktoratet avventer erfaringene med den nye chattetjenesten (se tiltak 4) før nummeret vurderes.", Hotline, MeasureStatus.Planned));

    [Fact]
    public void Waiting_with_a_thing_as_subject_keeps_the_subject() =>
        Assert.Equal(
            "Saken avventer erfaringene med den nye chattetjenesten",
            Evidence("Saken avventer erfaringene med den nye chattetjenesten.", Hotline, MeasureStatus.Planned));

    [Fact]
    public void Experience_without_a_med_phrase_ends_at_the_noun() =>
        Assert.Equal(
            "avventer erfaringene",
            Evidence("Direktoratet avventer erfaringene, og nummeret vurderes i 2025.", Hotline, MeasureStatus.Planned));

    [Fact]
    public void What_something_is_included_in_is_part_of_the_phrase() =>
        Assert.Contains(
            "inngår nå i den ordinære driften",
            Evidence("Nettverkene inngår nå i den ordinære driften i alle regionene.", Networks, MeasureStatus.Completed),
            StringComparison.Ordinal);

    private const string Survey = "Regjeringen vil gjennomføre en undersøkelse om levekår blant unge med minoritetsbakgrunn.";

    [Fact]
    public void A_second_completion_participle_after_og_belongs_to_the_phrase() =>
        Assert.Equal(
            "Undersøkelsen ble gjennomført og publisert i 2024",
            Evidence("Undersøkelsen ble gjennomført og publisert i 2024. En ny runde er planlagt.", Survey, MeasureStatus.Completed));

    [Fact]
    public void Og_before_a_step_still_to_come_ends_the_phrase() =>
        Assert.Equal(
            "Undersøkelsen ble gjennomført",
            Evidence("Undersøkelsen ble gjennomført og skal publiseres i 2025.", Survey, MeasureStatus.Completed));
}

using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A narrative that moves through the years: the latest dated statement decides; a plan after a delivery does not undo it;
/// an early plan or start does not keep the measure planned or in progress after a later delivery.
/// </summary>
public sealed class DatedNarrativeTests
{
    private const string Commitment = "Regjeringen vil styrke tilbudet til etterlatte etter selvmord.";

    private static StatusResult Classify(string narrative) => StatusClassifier.Classify(narrative, Commitment);

    [Theory]
    [InlineData("Per 1. oktober 2024 er det bestilt.", 2024 * 16 + 10)]
    [InlineData("Høsten 2022 startet arbeidet, og våren 2023 kom det første kurset.", 2023 * 16 + 4)]
    [InlineData("Dette skjedde i Q3 2024.", 2024 * 16 + 7)]
    [InlineData("Ingen årstall her.", 0)]
    public void A_sentence_is_dated_by_its_latest_date(string sentence, int expected)
    {
        Assert.Equal(expected, StatusClassifier.SentenceDate(sentence));
    }

    [Fact]
    public void A_dated_start_followed_by_a_later_delivery_is_completed()
    {
        var result = Classify("Våren 2021 startet kartleggingen av behovet. Materiellet for etterlatte ble sendt ut i mars 2023.");

        Assert.Equal(MeasureStatus.Completed, result.Status);
        Assert.Contains("mars 2023", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_before_the_start_of_other_work_does_not_complete_the_measure()
    {
        // The same two statements with the dates swapped: the work started after the step, so the start is the latest statement.
        var result = Classify("Materiellet for etterlatte ble sendt ut i mars 2021. Våren 2023 startet kartleggingen av behovet.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
    }

    [Fact]
    public void A_later_delivery_that_covers_part_of_the_scope_stays_in_progress()
    {
        var result = Classify("Høsten 2021 startet utprøvingen. I juni 2023 ble tilbudet innført i 4 av 11 fylker.");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
    }

    [Fact]
    public void An_evaluation_planned_after_a_dated_delivery_does_not_undo_it()
    {
        var result = Classify("Høsten 2021 startet utviklingen. Tilbudet ble innført i alle fylker i april 2023. En evaluering er planlagt i 2025.");

        Assert.Equal(MeasureStatus.Completed, result.Status);
    }
}

using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A measure's status history across the years (<see cref="StatusHistory"/>): the latest entry decides, read with the
/// status-field vocabulary; later plans do not undo a delivery; an early "planlagt" does not make the measure planned today.
/// </summary>
public sealed class StatusHistoryTests
{
    private const string Commitment = "Regjeringen vil utarbeide en veileder for oppfølging av elever etter selvmordsforsøk.";

    private static StatusResult Classify(params string[] paragraphs) =>
        StatusClassifier.Classify(paragraphs.Select(p => new NarrativeParagraph(p)).ToList(), Commitment);

    [Fact]
    public void An_early_plan_followed_by_a_delivery_is_completed()
    {
        var result = Classify("Status 2020: Planlagt", "Status 2021: Under utarbeidelse", "Status 2023: Ferdigstilt og sendt ut til skolene");

        Assert.Equal(MeasureStatus.Completed, result.Status);
        Assert.Equal("Status 2023: Ferdigstilt og sendt ut til skolene", result.Evidence);
    }

    [Fact]
    public void An_early_start_followed_by_nothing_newer_stays_in_progress()
    {
        var result = Classify("Status 2021: Ikke påbegynt Status 2022: Påbegynt, første kapittel skrevet");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.StartsWith("Status 2022", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_year_decides_not_the_strongest_statement()
    {
        // Written out of order: the 2022 entry says done, the 2023 entry (the latest) says the revision is under way again.
        var result = Classify("Status 2023: Under arbeid med ny revisjon", "Status 2022: Levert");

        Assert.Equal(MeasureStatus.InProgress, result.Status);
        Assert.StartsWith("Status 2023", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_after_the_history_does_not_undo_a_delivery()
    {
        var result = Classify("Status 2022: I gang", "Status 2023: Levert", "Veilederen skal evalueres i 2026, og en ny runde er planlagt.");

        Assert.Equal(MeasureStatus.Completed, result.Status);
    }

    [Fact]
    public void Begun_work_put_on_hold_is_in_progress_but_on_hold_from_the_start_is_not()
    {
        var stalled = Classify("Status 2021: Igangsatt", "Status 2022: Satt på vent");
        var neverBegun = Classify("Status 2021: Ikke påbegynt", "Status 2022: Satt på vent");

        Assert.Equal(MeasureStatus.InProgress, stalled.Status);
        Assert.NotEqual(MeasureStatus.InProgress, neverBegun.Status);
    }

    [Fact]
    public void A_value_that_covers_part_of_the_scope_is_not_completed()
    {
        var part = Classify("Status 2022: Planlagt", "Status 2024: Innført i 7 av 11 fylker");
        var all = Classify("Status 2022: Planlagt", "Status 2024: Innført i alle fylker");

        Assert.Equal(MeasureStatus.InProgress, part.Status);
        Assert.Equal(MeasureStatus.Completed, all.Status);
    }

    [Fact]
    public void A_field_value_after_its_subject_is_read_but_not_after_a_negation()
    {
        var begun = Classify("Status 2021: Planlagt", "Status 2024: Utprøvingen i gang i to bydeler");
        var negated = Classify("Status 2021: Planlagt", "Status 2024: Utprøvingen ikke ferdig");

        Assert.Equal(MeasureStatus.InProgress, begun.Status);
        Assert.NotEqual(MeasureStatus.Completed, negated.Status);
    }

    [Fact]
    public void A_table_of_years_and_values_is_read_by_its_last_row()
    {
        var result = Classify("År\nStatus\n2021 2022\n2023\nPlanlagt\nUnder utarbeidelse\nFullført\nDirektoratet vil følge med på bruken.");

        Assert.Equal(MeasureStatus.Completed, result.Status);
        Assert.Equal("Fullført", result.Evidence);
    }

    [Fact]
    public void One_dated_status_line_alone_is_not_a_history()
    {
        Assert.Empty(StatusHistory.Read("Status 2023: Levert. Arbeidet med neste utgave er under planlegging."));
        Assert.Equal(2, StatusHistory.Read("Status 2022: Planlagt\nStatus 2023: Levert").Count);
    }

    [Fact]
    public void A_year_in_running_text_is_not_a_table()
    {
        Assert.Empty(StatusHistory.Read("I 2021 ble arbeidet planlagt.\n2022\nVeilederen er ferdigstilt."));
    }

    [Theory]
    [InlineData("Departement: HOD", new[] { "HOD" })]
    [InlineData("Departementer: HOD, KD og BFD", new[] { "HOD", "KD", "BFD" })]
    public void A_ministry_line_labelled_departement_is_read(string line, string[] codes)
    {
        var m = Ministries.MatchLine(line);

        Assert.True(m.Success);
        Assert.Equal(codes, Ministries.ParseList(m.Groups["list"].Value));
    }

    [Theory]
    [InlineData("Departementet har bedt direktoratet om en vurdering.")]
    [InlineData("Departementene: mange av dem deltar.")]
    public void A_sentence_about_the_ministry_is_not_a_ministry_line(string line)
    {
        Assert.False(Ministries.MatchLine(line).Success);
    }
}

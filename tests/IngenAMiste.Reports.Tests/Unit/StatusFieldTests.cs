using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// The status field a ministry sets under a measure ("Status: Igangsatt"): its value table (bokmål and nynorsk), the field
/// deciding over the narrative except where the narrative says plainly that the work has not begun or (against "done") is
/// not finished, the field block's lines as paragraphs of their own, and the rules added with the ministry report. Invented
/// sentences, both sides.
/// </summary>
public sealed class StatusFieldTests
{
    private const string Course = "Regjeringen vil utarbeide et kurs for ansatte i legevakten.";

    [Theory]
    [InlineData("Igangsatt", MeasureStatus.InProgress, "Igangsatt")]
    [InlineData("Delvis gjennomført", MeasureStatus.InProgress, "Delvis gjennomført")]
    [InlineData("Pågående", MeasureStatus.InProgress, "Pågående")]
    [InlineData("I gang (to av fire regioner)", MeasureStatus.InProgress, "I gang")]
    [InlineData("Gjennomført", MeasureStatus.Completed, "Gjennomført")]
    [InlineData("Avslutta", MeasureStatus.Completed, "Avslutta")]
    [InlineData("Fullført.", MeasureStatus.Completed, "Fullført")]
    [InlineData("Planlagt oppstart høsten 2025", MeasureStatus.Planned, "Planlagt")]
    [InlineData("Under planlegging", MeasureStatus.Planned, "Under planlegging")]
    [InlineData("Ikke påbegynt", MeasureStatus.NotStarted, "Ikke påbegynt")]
    [InlineData("Ikkje påbyrja", MeasureStatus.NotStarted, "Ikkje påbyrja")]
    [InlineData("Ikke startet", MeasureStatus.NotStarted, "Ikke startet")]
    public void Reads_the_field_value_table(string value, MeasureStatus expected, string phrase)
    {
        var read = StatusField.Read(value);
        Assert.NotNull(read);
        Assert.Equal(expected, read.Value.Label);
        Assert.Equal(phrase, read.Value.Phrase);
    }

    [Theory]
    [InlineData("Grønn")]
    [InlineData("Se omtalen nedenfor")]
    [InlineData("Gjennomførtes i fjor")]
    public void An_unknown_value_is_not_read(string value) => Assert.Null(StatusField.Read(value));

    [Fact]
    public void The_field_decides_over_a_completion_in_the_narrative()
    {
        var narrative = StatusClassifier.Classify("Kurset ble lansert i mars og brukes nå i alle legevakter.", Course);
        Assert.Equal(MeasureStatus.Completed, narrative.Status);

        var decided = StatusField.Decide("Planlagt", narrative);
        Assert.Equal(MeasureStatus.Planned, decided.Status);
        Assert.Equal("Planlagt", decided.Evidence);
    }

    [Fact]
    public void An_explicit_not_begun_in_the_narrative_wins_over_the_field()
    {
        var narrative = StatusClassifier.Classify("Arbeidet med kurset er foreløpig ikke påbegynt.", Course);
        var decided = StatusField.Decide("Igangsatt", narrative);
        Assert.Equal(MeasureStatus.NotStarted, decided.Status);
        Assert.Contains("ikke påbegynt", decided.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postponement_alone_does_not_overrule_the_field()
    {
        var narrative = StatusClassifier.Classify("Kurset pågår, men modulen for nattevakter er utsatt.", Course);
        var decided = StatusField.Decide("Igangsatt", narrative);
        Assert.Equal(MeasureStatus.InProgress, decided.Status);
        Assert.Equal("Igangsatt", decided.Evidence);
    }

    [Fact]
    public void Not_finished_in_the_narrative_overrules_a_field_that_says_done()
    {
        var narrative = StatusClassifier.Classify("Kurset for legevakten er likevel ikke ferdig, og siste modul skrives om.", Course);

        var done = StatusField.Decide("Gjennomført", narrative);
        Assert.Equal(MeasureStatus.InProgress, done.Status);
        Assert.Contains("ikke ferdig", done.Evidence, StringComparison.Ordinal);

        // Against a field that does not say done there is no contradiction: the field stands.
        var started = StatusField.Decide("Igangsatt", narrative);
        Assert.Equal(MeasureStatus.InProgress, started.Status);
        Assert.Equal("Igangsatt", started.Evidence);
    }

    [Fact]
    public void Without_a_field_the_narrative_decides_unchanged()
    {
        var narrative = StatusClassifier.Classify("Kurset ble lansert i mars.", Course);
        Assert.Same(narrative, StatusField.Decide(null, narrative));
        Assert.Same(narrative, StatusField.Decide("Grønn", narrative));
    }

    private static ExtractedLine Line(string text, double left, double bottom, double size, bool bold = false) =>
        new() { Page = 1, Text = text, Left = left, Right = 500, Bottom = bottom, Top = bottom + size, FontSize = size, StartsBold = bold, AllBold = bold };

    private static ParsedReport ParseOneBlockMeasures(params ExtractedLine[][] measures) =>
        ReportTextParser.Parse(new ExtractedDocument
        {
            PageCount = 1,
            Pages = [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = [.. measures.Select(lines => new ExtractedBlock(1, lines))] }],
        });

    [Fact]
    public void The_field_block_under_a_heading_is_read_line_by_line_and_kept_in_the_narrative_text()
    {
        // Heading, field lines (indented, 9 pt) and narrative (margin, 10 pt) in one block with normal leading.
        ExtractedLine[] Measure(int n, double top) =>
        [
            Line($"Tiltak {n}: Regjeringen vil utarbeide et kurs for ansatte i legevakten.", 60, top, 10, bold: true),
            Line("Mål: 4 – Bedre hjelp", 70, top - 12, 9, bold: true),
            Line("Status: Planlagt", 70, top - 23, 9, bold: true),
            Line("Bevilgning 2024: 2,5 mill. kroner", 70, top - 34, 9, bold: true),
            Line("Kurset ble lansert i mars for de første legevaktene.", 60, top - 46, 10),
        ];

        var report = ParseOneBlockMeasures(Measure(1, 780), Measure(2, 700), Measure(3, 620));
        var m = report.Measures[0];
        Assert.Equal(4, m.Goal);
        Assert.Equal(MeasureStatus.Planned, m.Status);
        Assert.Equal("Planlagt", m.StatusEvidence);
        Assert.Contains("Status: Planlagt", m.Narrative, StringComparison.Ordinal);
        var funding = Assert.Single(m.Funding);
        Assert.Equal(2_500_000, funding.AmountNok);
        Assert.Equal("Bevilgning 2024: 2,5 mill. kroner", funding.Evidence);
    }

    [Fact]
    public void Field_lines_start_paragraphs_but_a_wrapped_value_and_ordinary_sentences_do_not()
    {
        var texts = TestDocuments.ParagraphTexts(
            TestDocuments.Line("Mål: 2 – Trygg kommunikasjon", 70, 500, 700),
            TestDocuments.Line("Medansvar: BFD, KD, AID,", 70, 200, 688),
            TestDocuments.Line("KUD og SD", 70, 150, 676),
            TestDocuments.Line("Status: Igangsatt", 70, 200, 664),
            TestDocuments.Line("Arbeidet er kommet godt i gang, og status for", 60, 500, 652),
            TestDocuments.Line("Status er at alle fylkene deltar.", 60, 500, 640));

        Assert.Equal(
            ["Mål: 2 – Trygg kommunikasjon", "Medansvar: BFD, KD, AID, KUD og SD", "Status: Igangsatt",
             "Arbeidet er kommet godt i gang, og status for Status er at alle fylkene deltar."],
            texts);
    }

    [Theory]
    [InlineData("Ingen har tatt fatt på kartleggingen av kurstilbudet ennå.", MeasureStatus.NotStarted, "Ingen har tatt fatt på kartleggingen")]
    [InlineData("Ingen av legevaktene har foreløpig begynt på opplæringen.", MeasureStatus.NotStarted, "Ingen av legevaktene har foreløpig begynt på opplæringen")]
    [InlineData("Direktoratet skal etter tildelingsbrevet levere kurset innen juni 2025.", MeasureStatus.Planned, "skal etter tildelingsbrevet levere")]
    [InlineData("Leverandøren installerer nå kursplattformen ved tre legevakter.", MeasureStatus.InProgress, "installerer nå")]
    public void Ministry_report_wordings(string sentence, MeasureStatus expected, string evidencePart)
    {
        var result = StatusClassifier.Classify(sentence, Course);
        Assert.True(expected == result.Status, $"expected {expected}, got {result.Status}: {result.Explanation}");
        Assert.Contains(evidencePart, result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ingen tvil om at kommunene har tatt fatt på arbeidet med kurset.", "nobody-begun")]
    [InlineData("Kurset skal etter planen være klart i juni.", "per-assignment")]
    [InlineData("Leverandøren installerer plattformen når avtalen er signert.", "doing-now")]
    public void Ministry_report_rules_do_not_fire_on_look_alikes(string sentence, string ruleId)
    {
        var result = StatusClassifier.Classify(sentence, Course);
        Assert.True(result.Hits.All(h => h.RuleId != ruleId), result.Explanation);
    }
}

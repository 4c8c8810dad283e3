using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A final report that opens with an overview table of all measures (number, a short name, ministries, a one-word status;
/// goal rows) and then has one section per measure: the sections are the measures, each once, with the section's
/// commitment and narrative; the table is the measure list only when there are no sections. A goal named in the overview
/// and again over its measures is one goal. A final report ("Sluttrapport") reports on the whole plan period, and "Status
/// ved utgangen av planperioden, 15. desember 2025" is its date. Synthetic extracted blocks (one block per cell or
/// paragraph), both sides of each rule.
/// </summary>
public sealed class OverviewTableTests
{
    private const double NrX = 60;
    private const double NameX = 90;
    private const double MinistryX = 262;
    private const double StatusX = 330;

    private sealed class Doc
    {
        private readonly List<ExtractedBlock> blocks = [];
        private double bottom = 800;

        /// <summary>A block of one line at the left margin, on the next level down.</summary>
        public Doc Text(string text)
        {
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line(text, NrX, 520, bottom)]));
            bottom -= 20;
            return this;
        }

        /// <summary>An overview row written cell by cell: number, short name, ministries, status word.</summary>
        public Doc Row(string number, string name, string ministries, string status)
        {
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line(number, NrX, NrX + 10, bottom)]));
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line(name, NameX, 240, bottom)]));
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line(ministries, MinistryX, 300, bottom)]));
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line(status, StatusX, 420, bottom)]));
            bottom -= 20;
            return this;
        }

        /// <summary>A measure section: heading with commitment, narrative, ministry line.</summary>
        public Doc Section(int number, string commitment, string narrative) =>
            Text($"Tiltak {number} {commitment}").Text(narrative).Text("Ansvarlig departement: HOD");

        public ParsedReport Parse() => ReportTextParser.Parse(new ExtractedDocument
        {
            PageCount = 1,
            Pages = [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = blocks }],
        });
    }

    /// <summary>Short names that read like a commitment cell (an adjective ending in -e first, like an infinitive).</summary>
    private static Doc Overview(Doc doc) => doc
        .Text("Tabell 1 Oversikt over tiltakene")
        .Text("Mål 1 – Bedre kunnskap")
        .Row("1", "Regionale kampanjer", "HOD", "Gjennomført")
        .Row("2", "Digitale verktøy", "HOD", "Ikke startet")
        .Row("3", "Kommunale planer", "HOD, KD", "Pågår");

    private static Doc Sections(Doc doc) => doc
        .Text("Mål 1: Bedre kunnskap om selvmord")
        .Section(1, "Regjeringen vil gjennomføre kampanjer i alle regioner.", "Kampanjene ble holdt i alle fylker i 2024.")
        .Section(2, "Regjeringen vil styrke tilgangen til digitale verktøy.", "Seks verktøy er tatt i bruk på Helsenorge.")
        .Section(3, "Regjeringen vil hjelpe kommunene med planene sine.", "Veiledningen av kommunene fortsetter i 2026.");

    [Fact]
    public void Measure_sections_after_an_overview_table_are_the_measures_each_once()
    {
        var report = Sections(Overview(new Doc().Text("Sluttrapport for handlingsplanen 2020–2025"))).Parse();

        Assert.Equal([1, 2, 3], report.Measures.Select(m => m.Number));
        Assert.All(report.Measures, m => Assert.StartsWith("Regjeringen vil", m.Commitment, StringComparison.Ordinal));
        Assert.Equal("Kampanjene ble holdt i alle fylker i 2024.", report.Measures[0].Narrative);
        Assert.Equal(["HOD"], report.Measures[2].Ministries);
        // The overview's status words are no narrative, and nothing is reported twice.
        Assert.DoesNotContain(report.Measures, m => (m.Narrative ?? string.Empty).Contains("Ikke startet", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("appears", StringComparison.Ordinal) || w.Contains("out of order", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_table_without_measure_sections_is_still_the_measure_list()
    {
        var report = Overview(new Doc().Text("Oppfølging av handlingsplanen 2020–2025")).Parse();

        Assert.Equal([1, 2, 3], report.Measures.Select(m => m.Number));
        Assert.Equal("Regionale kampanjer", report.Measures[0].Commitment);
        Assert.Equal(["HOD", "KD"], report.Measures[2].Ministries);
    }

    [Fact]
    public void A_goal_named_in_the_overview_and_again_over_its_measures_is_one_goal_titled_by_the_section()
    {
        var report = Sections(Overview(new Doc().Text("Sluttrapport for handlingsplanen 2020–2025"))).Parse();

        var goal = Assert.Single(report.Goals);
        Assert.Equal("Bedre kunnskap om selvmord", goal.Title);
        Assert.DoesNotContain(report.Warnings, w => w.StartsWith("Goal 1", StringComparison.Ordinal));
        Assert.All(report.Measures, m => Assert.Equal(1, m.Goal));
    }

    [Fact]
    public void A_goal_heading_repeated_after_its_measures_is_still_a_duplicate()
    {
        var report = Sections(new Doc().Text("Årsrapport 2021–2022"))
            .Text("Mål 1: Bedre kunnskap om selvmord")
            .Text("Oppsummering av arbeidet under målet.")
            .Parse();

        Assert.Contains(report.Warnings, w => w.StartsWith("Goal 1 appears 2 times", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sluttrapport for handlingsplanen 2020–2025", "2020-2025")]
    [InlineData("Denne rapporten oppsummerer hele planperioden 2020–2025.", "2020-2025")]
    [InlineData("Årsrapport 2024–2025 for handlingsplanen 2020–2025, med sluttrapport om planperioden", "2024-2025")]
    [InlineData("Oversikt over handlingsplanen 2020–2025", null)]
    public void A_final_report_covers_the_plan_period(string intro, string? expected)
    {
        var report = Sections(new Doc().Text(intro)).Parse();

        Assert.Equal("2020-2025", report.Document.PlanPeriod);
        Assert.Equal(expected, report.Document.ReportPeriod);
    }

    [Theory]
    [InlineData("Status ved utgangen av planperioden, 15. desember 2025", "2025-12-15")]
    [InlineData("Status ved slutten av året 31.12.2024", "2024-12-31")]
    [InlineData("Status ved utgangen av 2025", null)]
    [InlineData("Planen ble lagt fram ved utgangen av året, 10. september 2020", null)]
    public void A_status_date_at_the_end_of_a_period_is_the_as_of_date(string line, string? expected)
    {
        var report = Sections(new Doc().Text("Sluttrapport for handlingsplanen 2020–2025").Text(line)).Parse();

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), report.Document.AsOf);
    }
}

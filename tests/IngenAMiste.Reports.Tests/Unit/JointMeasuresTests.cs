using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Measures reported jointly under one group heading ("Tiltak 2 og 3", "Tiltak 4–6", "Tiltak 7-9:", "Tiltakene 7, 8 og 9"):
/// one measure per member with its own commitment (its "Tiltak N: …" line or its list item tagged "(tiltak N)"), the group's
/// ministry line, and a status from the shared narrative where a sentence about another member is left out and a sentence
/// about this member alone decides. A sentence beginning "Tiltakene 2 og 3 …" inside a narrative, a cross-reference, or a
/// plain (not bold) group label followed by narrative is no group; a real gap is still a gap. Synthetic blocks, invented
/// sentences.
/// </summary>
public sealed class JointMeasuresTests
{
    private sealed class Doc
    {
        private readonly List<ExtractedBlock> blocks = [];
        private double bottom = 800;

        public Doc Text(string text, bool bold = false)
        {
            var line = TestDocuments.Line(text, 60, 520, bottom) with { StartsBold = bold, AllBold = bold };
            blocks.Add(new ExtractedBlock(1, [line]));
            bottom -= 20;
            return this;
        }

        public Doc Single(int number, string narrative) =>
            Text($"Tiltak {number} Regjeringen vil styrke arbeid nummer {number} i kommunene.").Text(narrative).Text("Ansvarlig departement: HOD");

        public ParsedReport Parse() => ReportTextParser.Parse(new ExtractedDocument
        {
            PageCount = 1,
            Pages = [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = blocks }],
        });
    }

    private static Measure M(ParsedReport report, int number) => report.Measures.Single(m => m.Number == number);

    private static Doc Start() => new Doc().Text("Planen har 5 tiltak.").Text("Mål 1: Bedre samarbeid om forebygging");

    [Fact]
    public void A_group_heading_with_member_lines_yields_one_measure_per_member()
    {
        var report = Start()
            .Single(1, "Samarbeidsrådet er igangsatt.")
            .Text("Tiltak 2 og 3", bold: true)
            .Text("Tiltak 2: Regjeringen vil lage en veileder for frivillige lag.")
            .Text("Tiltak 3: Regjeringen vil utvide tilbudet til pårørende.")
            .Text("Arbeidet med begge er igangsatt i fylkeskommunene.")
            .Text("Ansvarlige departementer: HOD og KD")
            .Single(4, "Kartleggingen er igangsatt.")
            .Single(5, "Kartleggingen er igangsatt.")
            .Parse();

        Assert.Equal([1, 2, 3, 4, 5], report.Measures.Select(m => m.Number));
        Assert.Equal("Regjeringen vil lage en veileder for frivillige lag.", M(report, 2).Commitment);
        Assert.Equal("Regjeringen vil utvide tilbudet til pårørende.", M(report, 3).Commitment);
        Assert.Equal(["HOD", "KD"], M(report, 2).Ministries);
        Assert.Equal(["HOD", "KD"], M(report, 3).Ministries);
        Assert.Equal(MeasureStatus.InProgress, M(report, 2).Status);
        Assert.Equal(MeasureStatus.InProgress, M(report, 3).Status);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("Gap", StringComparison.Ordinal) || w.Contains("states", StringComparison.Ordinal)
            || w.Contains("ministry line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_list_tagged_with_numbers_under_a_range_heading_gives_each_member_its_commitment()
    {
        var report = Start()
            .Single(1, "Samarbeidsrådet er igangsatt.")
            .Text("Tiltak 2–4")
            .Text("– Regjeringen vil lage en veileder for frivillige lag. (tiltak 2)")
            .Text("– Regjeringen vil utvide tilbudet til pårørende. (tiltak 3)")
            .Text("– Regjeringen vil kartlegge tilbudet i fengslene. (tiltak 4)")
            .Text("De tre tiltakene er igangsatt.")
            .Text("Ansvarlig departement: JD")
            .Single(5, "Kartleggingen er igangsatt.")
            .Parse();

        Assert.Equal([1, 2, 3, 4, 5], report.Measures.Select(m => m.Number));
        Assert.Equal("Regjeringen vil kartlegge tilbudet i fengslene.", M(report, 4).Commitment);
        Assert.All(report.Measures.Where(m => m.Number is >= 2 and <= 4), m => Assert.Equal(["JD"], m.Ministries));
        // The list items are commitments, not narrative of the measure before the group.
        Assert.DoesNotContain("Regjeringen vil", M(report, 1).Narrative ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tiltak 19 og 20", new[] { 19, 20 })]
    [InlineData("Tiltak 46–51", new[] { 46, 47, 48, 49, 50, 51 })]
    [InlineData("Tiltak 46-51:", new[] { 46, 47, 48, 49, 50, 51 })]
    [InlineData("Tiltakene 38, 39 og 40", new[] { 38, 39, 40 })]
    public void Group_headings_name_their_members(string heading, int[] members) =>
        Assert.Equal(members, JointMeasures.HeadingMembers(heading));

    [Theory]
    [InlineData("Tiltakene 2 og 3 henger sammen med arbeidet i fylkene.")]
    [InlineData("Tiltak 12")]
    [InlineData("Tiltak 20 og 19")]
    [InlineData("Tiltak 5–90")]
    public void Other_text_is_no_group_heading(string text) => Assert.Null(JointMeasures.HeadingMembers(text));

    [Fact]
    public void A_sentence_about_one_member_decides_that_member_and_is_left_out_for_the_others()
    {
        var report = Start()
            .Single(1, "Samarbeidsrådet er igangsatt.")
            .Text("Tiltak 2 og 3", bold: true)
            .Text("Tiltak 2: Regjeringen vil lage en veileder for frivillige lag.")
            .Text("Tiltak 3: Regjeringen vil utvide tilbudet til pårørende.")
            .Text("Begge tiltakene er igangsatt i fylkeskommunene. For tiltak 3 er det satt av 300 000 kroner i 2024, men arbeidet er ikke påbegynt.")
            .Text("Ansvarlig departement: HOD")
            .Single(4, "Kartleggingen er igangsatt.")
            .Single(5, "Kartleggingen er igangsatt.")
            .Parse();

        Assert.Equal(MeasureStatus.InProgress, M(report, 2).Status);
        Assert.Equal(MeasureStatus.NotStarted, M(report, 3).Status);
        Assert.Empty(M(report, 2).Funding);
        Assert.Equal(300000, Assert.Single(M(report, 3).Funding).AmountNok);
    }

    [Fact]
    public void References_inside_a_narrative_start_no_group_and_a_real_gap_is_still_reported()
    {
        var report = Start()
            .Single(1, "Samarbeidsrådet er igangsatt (jf. tiltak 4).")
            .Text("Tiltakene 2 og 3 henger sammen med rådet.")
            .Text("Tiltak 2 og 3", bold: true)
            .Text("Tiltak 2: Regjeringen vil lage en veileder for frivillige lag.")
            .Text("Tiltak 3: Regjeringen vil utvide tilbudet til pårørende.")
            .Text("Begge er igangsatt.")
            .Text("Ansvarlig departement: HOD")
            .Single(5, "Kartleggingen er igangsatt.")
            .Parse();

        Assert.Equal([1, 2, 3, 5], report.Measures.Select(m => m.Number));
        Assert.Contains("Tiltakene 2 og 3 henger sammen med rådet.", M(report, 1).Narrative, StringComparison.Ordinal);
        Assert.Contains(report.Warnings, w => w.Contains("Gap in measure numbering: 4 not found", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_group_label_followed_by_narrative_is_no_group()
    {
        var report = Start()
            .Single(1, "Samarbeidsrådet er igangsatt.")
            .Text("Tiltak 2 og 3")
            .Text("Begge er igangsatt.")
            .Single(4, "Kartleggingen er igangsatt.")
            .Single(5, "Kartleggingen er igangsatt.")
            .Parse();

        Assert.Equal([1, 4, 5], report.Measures.Select(m => m.Number));
        Assert.Contains("Tiltak 2 og 3", M(report, 1).Narrative, StringComparison.Ordinal);
    }
}

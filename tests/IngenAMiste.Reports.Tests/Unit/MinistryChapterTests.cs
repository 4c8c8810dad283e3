using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// A report written by each ministry in turn: the goals listed once in an introduction, then one chapter per responsible
/// ministry ("3 Helse- og omsorgsdepartementet"), measures in number order within each chapter, each with a field block
/// ("Mål: 3 – …", "Hovedmål 3", "Medansvar: …", "Status: …") and fact boxes between measures. Synthetic extracted blocks
/// (one block per paragraph, invented sentences), both sides of each rule.
/// </summary>
public sealed class MinistryChapterTests
{
    private const double Margin = 60;

    private sealed class Doc
    {
        private readonly List<ExtractedBlock> blocks = [];
        private double bottom = 800;
        private int page = 1;
        private readonly List<ExtractedPage> pages = [];

        private Doc Add(string text, double left, double size, bool bold)
        {
            if (bottom < 60)
            {
                Flush();
            }

            var line = new ExtractedLine
            {
                Page = page, Text = text, Left = left, Right = 530, Bottom = bottom, Top = bottom + size, FontSize = size,
                StartsBold = bold, AllBold = bold,
            };
            blocks.Add(new ExtractedBlock(page, [line]));
            bottom -= size * 2.2;
            return this;
        }

        private void Flush()
        {
            pages.Add(new ExtractedPage { Number = page, Width = 595, Height = 842, Blocks = [.. blocks] });
            blocks.Clear();
            page++;
            bottom = 800;
        }

        public Doc Text(string text) => Add(text, Margin, 10, false);

        public Doc Heading(string text) => Add(text, Margin, 16, true);

        public Doc Indented(string text) => Add(text, Margin + 30, 9, false);

        public Doc Field(string text) => Add(text, Margin + 10, 9, true);

        public Doc Measure(int number, string commitment) => Add($"Tiltak {number}: {commitment}", Margin, 10, true);

        /// <summary>Two more measures (a report needs at least three), numbered from <paramref name="first"/>.</summary>
        public Doc More(int first) => Measure(first, "Regjeringen vil styrke kompetansen i kommunene.").Text("Kursene holdes i alle fylker.")
            .Measure(first + 1, "Regjeringen vil utvikle et nytt verktøy for fastlegene.").Text("Verktøyet testes nå hos ti fastleger.");

        public ParsedReport Parse()
        {
            Flush();
            return ReportTextParser.Parse(new ExtractedDocument { PageCount = pages.Count, Pages = pages });
        }
    }

    private static Doc Introduction() => new Doc()
        .Heading("Årsrapport 2024 – Handlingsplan for forebygging av selvmord 2020–2025")
        .Heading("2 Planens mål")
        .Text("Planen har fire mål:")
        .Indented("Mål 1 – Bedre oversikt over arbeidet")
        .Indented("Mål 2 – Tryggere omtale i mediene")
        .Indented("Mål 3 – Færre tilgjengelige metoder")
        .Indented("Mål 4 – Bedre hjelp i tjenestene");

    [Fact]
    public void The_chapter_ministry_is_the_responsible_one_and_Medansvar_adds_codes()
    {
        var report = Introduction()
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Field("Mål: 1 – Bedre oversikt")
            .Text("Oversikten har ligget på nett siden mars.")
            .Measure(2, "Regjeringen vil styrke samarbeidet med plattformene.")
            .Field("Mål: 2 – Tryggere omtale")
            .Field("Medansvar: BFD og KUD")
            .Text("Partene har møttes fire ganger i år.")
            .Heading("4 Kunnskapsdepartementet (KD)")
            .Measure(3, "Regjeringen vil gjøre skoleressursen kjent.")
            .Field("Hovedmål 3")
            .Text("Ressursen er vist fram på alle fylkessamlinger.")
            .Parse();

        Assert.Equal(["HOD"], report.Measures[0].Ministries);
        Assert.Equal(["HOD", "BFD", "KUD"], report.Measures[1].Ministries);
        Assert.Equal(["KD"], report.Measures[2].Ministries);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("no ministry line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_measures_own_ministry_line_replaces_the_chapter_ministry()
    {
        var report = Introduction()
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Field("Medansvar: KD")
            .Text("Oversikten har ligget på nett siden mars.")
            .Text("Ansvarlig departement: JD")
            .More(2)
            .Parse();

        Assert.Equal(["JD", "KD"], report.Measures[0].Ministries);
    }

    [Fact]
    public void A_heading_that_is_no_ministry_or_a_ministry_named_in_the_text_gives_no_ministry()
    {
        var report = Introduction()
            .Heading("3 Gjennomføring av tiltakene")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Text("Helse- og omsorgsdepartementet")
            .Text("Oversikten har ligget på nett siden mars.")
            .More(2)
            .Parse();

        Assert.Empty(report.Measures[0].Ministries);
        Assert.Contains(report.Warnings, w => w.Contains("Measure 1", StringComparison.Ordinal) && w.Contains("no ministry line", StringComparison.Ordinal));
    }

    [Fact]
    public void The_goal_field_gives_the_goal_when_the_goals_are_only_listed_in_the_introduction()
    {
        var report = Introduction()
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Field("Mål: 1 – Bedre oversikt")
            .Text("Oversikten har ligget på nett siden mars.")
            .Measure(4, "Regjeringen vil styrke hjelpen i akuttmottakene.")
            .Field("Hovedmål 4")
            .Text("To sykehus prøver nå ut en ny rutine.")
            .Measure(5, "Regjeringen vil begrense salget av enkelte legemidler.")
            .Text("Forskriften trådte i kraft i januar.")
            .Parse();

        Assert.Equal(4, report.Goals.Count);
        Assert.Equal("Bedre hjelp i tjenestene", report.Goals[3].Title);
        Assert.Equal(1, report.Measures[0].Goal);
        Assert.Equal(4, report.Measures[1].Goal);
        // No field: the measure keeps the goal the text last named (the end of the introduction list).
        Assert.Equal(4, report.Measures[2].Goal);
    }

    [Fact]
    public void A_fact_box_between_measures_is_no_part_of_a_narrative()
    {
        var report = Introduction()
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Text("Arbeidet med oversikten er planlagt til neste år.")
            .Indented("Faktaboks: Verdensdagen 2024")
            .Indented("Markeringen ble gjennomført i 90 kommuner.")
            .Indented("Temaet var håp og fellesskap.")
            .Measure(2, "Regjeringen vil styrke samarbeidet med plattformene.")
            .Text("Partene har møttes fire ganger i år.")
            .More(3)
            .Parse();

        Assert.Equal("Arbeidet med oversikten er planlagt til neste år.", report.Measures[0].Narrative);
        Assert.Equal(MeasureStatus.Planned, report.Measures[0].Status);
        Assert.DoesNotContain("Faktaboks", report.Measures[1].Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public void The_narrative_goes_on_after_a_fact_box_when_it_returns_to_the_margin()
    {
        var report = Introduction()
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Text("Arbeidet med oversikten er planlagt til neste år.")
            .Indented("Fakta om oversikten")
            .Indented("Den viser 300 tilbud i hele landet.")
            .Text("Direktoratet tar sikte på å publisere den i mai.")
            .More(2)
            .Parse();

        Assert.Equal("Arbeidet med oversikten er planlagt til neste år.\nDirektoratet tar sikte på å publisere den i mai.", report.Measures[0].Narrative);
    }

    [Fact]
    public void A_fact_box_flush_with_the_text_drops_only_its_heading()
    {
        var report = Introduction()
            .Text("Fakta om planen")
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Text("Arbeidet med oversikten er planlagt til neste år.")
            .More(2)
            .Parse();

        Assert.Equal(["HOD"], report.Measures[0].Ministries);
        Assert.Equal("Arbeidet med oversikten er planlagt til neste år.", report.Measures[0].Narrative);
    }

    [Fact]
    public void A_goal_label_later_in_the_narrative_or_naming_no_goal_of_the_document_is_no_goal_field()
    {
        var report = Introduction()
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Field("Mål: 1 – Bedre oversikt")
            .Text("Oversikten har ligget på nett siden mars.")
            .Text("Mål: 3 nye fylker hvert år fram til 2026.")
            .Measure(2, "Regjeringen vil styrke samarbeidet med plattformene.")
            .Field("Hovedmål 9")
            .Text("Partene har møttes fire ganger i år.")
            .More(3)
            .Parse();

        Assert.Equal(1, report.Measures[0].Goal);
        Assert.Equal(4, report.Measures[1].Goal);
    }

    [Fact]
    public void Goals_listed_as_a_numbered_list_in_the_introduction_are_the_goals()
    {
        var report = new Doc()
            .Heading("Rapport 2024 – Handlingsplan for forebygging av selvmord")
            .Text("Planen har tre mål:")
            .Indented("1. Bedre oversikt over arbeidet")
            .Indented("2. Tryggere omtale i mediene")
            .Indented("3. Færre tilgjengelige metoder")
            .Text("Kapitlene under følger departementene.")
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Field("Hovedmål 2")
            .Text("Oversikten har ligget på nett siden mars.")
            .More(2)
            .Parse();

        Assert.Equal(["Bedre oversikt over arbeidet", "Tryggere omtale i mediene", "Færre tilgjengelige metoder"], report.Goals.Select(g => g.Title));
        Assert.Equal(2, report.Measures[0].Goal);
    }

    [Fact]
    public void A_numbered_list_without_an_introduction_of_goals_gives_no_goals()
    {
        var report = new Doc()
            .Heading("Rapport 2024 – Handlingsplan for forebygging av selvmord")
            .Text("Rapporten bygger på tre kilder:")
            .Indented("1. Innspill fra departementene")
            .Indented("2. Tall fra registrene")
            .Heading("3 Helse- og omsorgsdepartementet")
            .Measure(1, "Regjeringen vil lage en oversikt over tilbudene.")
            .Text("Oversikten har ligget på nett siden mars.")
            .More(2)
            .Parse();

        Assert.Empty(report.Goals);
    }

    private static Doc Chapters(params int[] order)
    {
        var doc = Introduction().Heading("3 Helse- og omsorgsdepartementet");
        foreach (var n in order)
        {
            if (n == order[^1])
            {
                doc.Heading("4 Justis- og beredskapsdepartementet");
            }

            doc.Measure(n, $"Regjeringen vil gjennomføre del {n} av arbeidet.").Field("Hovedmål 1").Text("Arbeidet pågår i flere fylker.");
        }

        return doc;
    }

    [Fact]
    public void Numbering_by_chapter_is_no_fault_when_every_number_occurs_once()
    {
        var report = Chapters(1, 2, 4, 5, 3).Parse();

        Assert.Equal([1, 2, 4, 5, 3], report.Measures.Select(m => m.Number));
        Assert.DoesNotContain(report.Warnings, w => w.Contains("out of order", StringComparison.Ordinal));
        Assert.Equal(["JD"], report.Measures[4].Ministries);
    }

    [Fact]
    public void Numbering_out_of_order_with_a_gap_is_still_reported()
    {
        var report = Chapters(1, 2, 5, 6, 3).Parse();

        Assert.Contains(report.Warnings, w => w.Contains("Measure 3", StringComparison.Ordinal) && w.Contains("out of order", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("Gap in measure numbering: 4", StringComparison.Ordinal));
    }
}

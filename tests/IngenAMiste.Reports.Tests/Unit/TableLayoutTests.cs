using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// Reports set as a table with the measure number in its first column ("Nr." | "Tiltak" | "Ansvar" | "Status"), on small
/// generated pages: the cells are written cell by cell, as a browser prints a table, so lines of neighbouring cells share
/// baselines and sit closer than a font size. Layout (row-by-row reading order, cells kept apart, the repeated header row as
/// page furniture) and structure (rows as measures, a row continued on the next page) are checked on both sides. The
/// standard fonts have no 'å', so the texts avoid it (and goal headings, which need "Mål").
/// </summary>
public sealed class TableLayoutTests
{
    private const double Size = 10;
    private const double Pitch = 13;
    private const double NrX = 60;
    private const double CommitmentX = 90;
    private const double MinistryX = 262;
    private const double StatusX = 330;

    /// <summary>One table row: the number, the commitment cell's lines, the ministry cell, the narrative cell's lines.</summary>
    private sealed record Row(string Number, string[] Commitment, string Ministries, string[] Status);

    private sealed class Builder
    {
        public PdfDocumentBuilder Pdf { get; } = new();
        public PdfDocumentBuilder.AddedFont Font { get; }
        public PdfDocumentBuilder.AddedFont Bold { get; }

        public Builder()
        {
            Font = Pdf.AddStandard14Font(Standard14Font.Helvetica);
            Bold = Pdf.AddStandard14Font(Standard14Font.HelveticaBold);
        }

        public PdfPageBuilder Page() => Pdf.AddPage(595, 842);
    }

    /// <summary>The header row, as repeated at the top of each page.</summary>
    private static double Header(PdfPageBuilder page, Builder b, double y)
    {
        page.AddText("Nr.", Size, new PdfPoint(NrX, y), b.Bold);
        page.AddText("Tiltak", Size, new PdfPoint(CommitmentX, y), b.Bold);
        page.AddText("Ansvar", Size, new PdfPoint(MinistryX, y), b.Bold);
        page.AddText("Status per juni", Size, new PdfPoint(StatusX, y), b.Bold);
        return y - Pitch - 8;
    }

    /// <summary>Writes a row cell by cell (number, commitment, ministries, narrative) and returns the next row's baseline.</summary>
    private static double Write(PdfPageBuilder page, Builder b, double y, Row row)
    {
        if (row.Number.Length > 0)
        {
            page.AddText(row.Number, Size, new PdfPoint(NrX + 4, y), b.Font);
        }

        for (var i = 0; i < row.Commitment.Length; i++)
        {
            page.AddText(row.Commitment[i], Size, new PdfPoint(CommitmentX, y - (i * Pitch)), b.Font);
        }

        if (row.Ministries.Length > 0)
        {
            page.AddText(row.Ministries, Size, new PdfPoint(MinistryX, y), b.Font);
        }

        for (var i = 0; i < row.Status.Length; i++)
        {
            page.AddText(row.Status[i], Size, new PdfPoint(StatusX, y - (i * Pitch)), b.Font);
        }

        var lines = Math.Max(1, Math.Max(row.Commitment.Length, row.Status.Length));
        return y - (lines * Pitch) - 8;
    }

    private static readonly Row[] Rows =
    [
        new("4", ["Regjeringen vil lage en felles", "oversikt over tilbudene."], "HOD", ["Oversikten kom ut i april.", "Den oppdateres hver vinter."]),
        new("5", ["Regjeringen vil styrke kurs for", "ansatte i skolen."], "HOD, KD", ["Kursene holdes i fire fylker."]),
        new("6", ["Regjeringen vil utrede en ny", "ordning for tilskudd."], "JD og HOD", ["Utredningen er ikke begynt."]),
        new("7", ["Regjeringen vil prøve ut en", "modell for oppfølging."], "HOD", ["Modellen prøves i to byer,", "jf. tiltak 5."]),
    ];

    private static ParsedReport Parse(byte[] pdf) => new ReportParser().Parse(new MemoryStream(pdf));

    private static List<string> Lines(ExtractedDocument doc) => doc.Blocks.SelectMany(b => b.Lines).Select(l => l.Text).ToList();

    [Fact]
    public void A_numbered_table_is_read_row_by_row_with_each_cell_whole()
    {
        var b = new Builder();
        var page = b.Page();
        var y = Header(page, b, 780);
        foreach (var row in Rows)
        {
            y = Write(page, b, y, row);
        }

        var lines = Lines(PdfTextExtractor.Extract(b.Pdf.Build()));
        // Cell by cell, row by row: number, commitment, ministries, narrative, then the next number.
        var order = new[] { "4", "Regjeringen vil lage", "oversikt over", "HOD", "Oversikten kom ut", "Den oppdateres", "5", "Regjeringen vil styrke", "HOD, KD", "Kursene holdes", "6" }
            .Select(s => lines.FindIndex(l => l.StartsWith(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.True(order.SequenceEqual(order.Order()), string.Join(" | ", lines));
    }

    [Fact]
    public void Lines_of_neighbouring_cells_closer_than_a_font_size_stay_apart()
    {
        var b = new Builder();
        var page = b.Page();
        // The commitment's first line ends 8 pt (less than a font size) before the ministry cell starts.
        const string first = "Regjeringen vil sikre tilbud i alle";
        var end = page.MeasureText(first, Size, new PdfPoint(CommitmentX, 700), b.Font).Max(l => l.EndBaseLine.X);
        page.AddText("8", Size, new PdfPoint(NrX + 4, 700), b.Font);
        page.AddText(first, Size, new PdfPoint(CommitmentX, 700), b.Font);
        page.AddText("kommuner.", Size, new PdfPoint(CommitmentX, 700 - Pitch), b.Font);
        page.AddText("HOD, BFD", Size, new PdfPoint(end + 8, 700), b.Font);

        var lines = Lines(PdfTextExtractor.Extract(b.Pdf.Build()));
        Assert.Contains(first, lines);
        Assert.Contains("HOD, BFD", lines);
    }

    [Fact]
    public void One_line_written_in_two_pieces_one_after_the_other_stays_one_line()
    {
        var b = new Builder();
        var page = b.Page();
        // Two pieces written in sequence with the same 8 pt gap: one line of text (a wide word space), not two cells.
        const string first = "Regjeringen vil sikre tilbud i alle";
        var end = page.MeasureText(first, Size, new PdfPoint(CommitmentX, 700), b.Font).Max(l => l.EndBaseLine.X);
        page.AddText(first, Size, new PdfPoint(CommitmentX, 700), b.Font);
        page.AddText("kommuner i landet.", Size, new PdfPoint(end + 8, 700), b.Font);

        var lines = Lines(PdfTextExtractor.Extract(b.Pdf.Build()));
        Assert.Equal([first + " kommuner i landet."], lines);
    }

    [Fact]
    public void Numbers_that_do_not_increase_down_a_narrow_column_are_not_read_as_table_rows()
    {
        // A narrow column of figures beside text (a list of counts, highest first) is not a numbered table: its
        // column is read as before, as a whole, before the text beside it.
        var b = new Builder();
        var page = b.Page();
        page.AddText("30", Size, new PdfPoint(NrX + 4, 700), b.Font);
        page.AddText("kommuner har plan", Size, new PdfPoint(CommitmentX, 700), b.Font);
        page.AddText("mangler plan", Size, new PdfPoint(MinistryX, 700), b.Font);
        page.AddText("20", Size, new PdfPoint(NrX + 4, 680), b.Font);
        page.AddText("kommuner lager plan", Size, new PdfPoint(CommitmentX, 680), b.Font);
        page.AddText("uten frist", Size, new PdfPoint(MinistryX, 680), b.Font);

        var lines = Lines(PdfTextExtractor.Extract(b.Pdf.Build()));
        Assert.True(lines.IndexOf("20") < lines.IndexOf("kommuner har plan"), string.Join(" | ", lines));
    }

    [Fact]
    public void The_header_row_repeated_on_each_page_is_furniture_and_a_row_number_at_the_top_is_not()
    {
        var b = new Builder();
        var y = 0.0;
        for (var p = 0; p < 3; p++)
        {
            var page = b.Page();
            y = Header(page, b, 780);
            y = Write(page, b, y, Rows[p]);
            page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(520, 40), b.Font);
        }

        var doc = PdfTextExtractor.Extract(b.Pdf.Build());
        foreach (var page in doc.Pages)
        {
            var furniture = page.Furniture.Select(l => l.Text).ToList();
            Assert.Contains("Nr.", furniture);
            Assert.Contains("Tiltak", furniture);
            Assert.Contains("Ansvar", furniture);
            Assert.Contains("Status per juni", furniture);
            Assert.Contains(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), furniture);
            // The row number right under the header, beside its cells, stays in the body.
            var body = page.Blocks.SelectMany(bl => bl.Lines).Select(l => l.Text).ToList();
            Assert.Equal(Rows[page.Number - 1].Number, body[0]);
        }
    }

    private static byte[] TableReport(bool breakLastRow)
    {
        var b = new Builder();
        var page = b.Page();
        page.AddText("Oppfølging av handlingsplanen 2023-2024", 16, new PdfPoint(NrX, 800), b.Bold);
        var y = Header(page, b, 770);
        foreach (var row in Rows.Take(3))
        {
            y = Write(page, b, y, row);
        }

        if (!breakLastRow)
        {
            Write(page, b, y, Rows[3]);
            return b.Pdf.Build();
        }

        // Row 7 breaks over the page: its commitment's second line and its narrative's second line go on the next page,
        // under the repeated header row.
        Write(page, b, y, Rows[3] with { Commitment = ["Regjeringen vil prøve ut en"], Status = ["Modellen prøves i to byer,"] });
        var next = b.Page();
        y = Header(next, b, 770);
        next.AddText("modell for oppfølging.", Size, new PdfPoint(CommitmentX, y), b.Font);
        next.AddText("og i to bydeler i Oslo.", Size, new PdfPoint(StatusX, y), b.Font);
        return b.Pdf.Build();
    }

    [Fact]
    public void Rows_of_a_numbered_table_are_measures_with_commitment_ministries_and_narrative()
    {
        var report = Parse(TableReport(breakLastRow: false));

        Assert.Equal([4, 5, 6, 7], report.Measures.Select(m => m.Number));
        var m4 = report.Measures[0];
        Assert.Equal("Regjeringen vil lage en felles oversikt over tilbudene.", m4.Commitment);
        Assert.Equal(["HOD"], m4.Ministries);
        Assert.Equal("Oversikten kom ut i april. Den oppdateres hver vinter.", m4.Narrative?.Replace('\n', ' '));
        Assert.Equal(["HOD", "KD"], report.Measures[1].Ministries);
        Assert.Equal(["JD", "HOD"], report.Measures[2].Ministries);
        // "jf. tiltak 5" in row 7's narrative stays narrative.
        Assert.EndsWith("jf. tiltak 5.", report.Measures[3].Narrative, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_continued_on_the_next_page_joins_its_measure()
    {
        var report = Parse(TableReport(breakLastRow: true));

        var m7 = Assert.Single(report.Measures, m => m.Number == 7);
        Assert.Equal("Regjeringen vil prøve ut en modell for oppfølging.", m7.Commitment);
        Assert.Equal("Modellen prøves i to byer, og i to bydeler i Oslo.", m7.Narrative?.Replace('\n', ' '));
        Assert.Equal(4, report.Measures.Count);
    }

    /// <summary>Rows as extracted blocks (one block per cell), without a PDF: number, commitment, ministries, narrative.</summary>
    private static ExtractedDocument CellBlocks(params string[] numbers)
    {
        var blocks = new List<ExtractedBlock>();
        var bottom = 700.0;
        foreach (var n in numbers)
        {
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line(n, NrX, NrX + 10, bottom)]));
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line("Regjeringen vil styrke tilbudet.", CommitmentX, 240, bottom)]));
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line("HOD", MinistryX, 285, bottom)]));
            blocks.Add(new ExtractedBlock(1, [TestDocuments.Line("Arbeidet pågår.", StatusX, 420, bottom)]));
            bottom -= 30;
        }

        return new ExtractedDocument
        {
            PageCount = 1,
            Pages = [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = blocks }],
        };
    }

    [Fact]
    public void Row_numbers_in_ascii_digits_are_measures_and_other_digits_are_not()
    {
        Assert.Equal([1, 2, 3], ReportTextParser.Parse(CellBlocks("1", "2", "3")).Measures.Select(m => m.Number));
        // Arabic-Indic digits (as a damaged or foreign text layer may give): no measure, and no exception.
        Assert.Empty(ReportTextParser.Parse(CellBlocks("\u0661", "\u0662", "\u0663")).Measures);
    }

    [Fact]
    public void A_numbered_list_beside_its_items_is_not_a_table_of_measures()
    {
        // Hanging numbers with item text only (two columns, no third cell in the row): an ordinary numbered list.
        var b = new Builder();
        var page = b.Page();
        var y = 750.0;
        foreach (var (n, text) in new[] { ("1", "Regjeringen vil lage en oversikt."), ("2", "Regjeringen vil styrke kursene."), ("3", "Regjeringen vil utrede ordningen."), ("4", "Regjeringen vil prøve ut modellen.") })
        {
            page.AddText(n, Size, new PdfPoint(NrX + 4, y), b.Font);
            page.AddText(text, Size, new PdfPoint(CommitmentX, y), b.Font);
            y -= Pitch + 4;
        }

        var report = Parse(b.Pdf.Build());
        Assert.Empty(report.Measures);
        Assert.NotEqual(DocumentKinds.AnnualReport, report.Document.Kind);
    }
}

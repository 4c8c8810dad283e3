using IngenAMiste.Reports.Extraction;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// The layout step of <see cref="PdfTextExtractor"/> on small generated pages: reading order of columns and tables, lines
/// written in pieces, and blocks at paragraph breaks.
/// </summary>
public sealed class LayoutTests
{
    private static ExtractedDocument Extract(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont, PdfDocumentBuilder.AddedFont> draw)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(595, 842);
        draw(page, regular, bold);
        return PdfTextExtractor.Extract(builder.Build());
    }

    private static List<string> Lines(ExtractedDocument doc) => doc.Blocks.SelectMany(b => b.Lines).Select(l => l.Text).ToList();

    [Fact]
    public void Two_columns_under_a_full_width_heading_are_read_column_by_column()
    {
        var doc = Extract((page, font, bold) =>
        {
            page.AddText("Mal 4. God hjelp og gode behandlingsforløp", 13, new PdfPoint(60, 780), bold);
            // Both columns break a paragraph at the same height (y = 680), which leaves an empty strip across the page.
            for (var i = 0; i < 4; i++)
            {
                page.AddText($"venstre avsnitt en linje {i}", 10, new PdfPoint(60, 740 - (14 * i)), font);
                page.AddText($"høyre avsnitt en linje {i}", 10, new PdfPoint(320, 740 - (14 * i)), font);
                page.AddText($"venstre avsnitt to linje {i}", 10, new PdfPoint(60, 660 - (14 * i)), font);
                page.AddText($"høyre avsnitt to linje {i}", 10, new PdfPoint(320, 660 - (14 * i)), font);
            }
        });

        var lines = Lines(doc);
        Assert.StartsWith("Mal 4.", lines[0], StringComparison.Ordinal);
        var left = lines.FindIndex(l => l.StartsWith("venstre avsnitt to linje 3", StringComparison.Ordinal));
        var right = lines.FindIndex(l => l.StartsWith("høyre avsnitt en linje 0", StringComparison.Ordinal));
        Assert.True(left >= 0 && right >= 0, string.Join(" | ", lines));
        Assert.True(left < right, "the whole left column comes before the right one: " + string.Join(" | ", lines));
        Assert.Equal(17, lines.Count);
        Assert.Empty(doc.UnreadablePages);
    }

    [Fact]
    public void A_narrow_label_column_beside_its_values_is_read_row_by_row()
    {
        var doc = Extract((page, font, bold) =>
        {
            page.AddText("Referat fra møte i samarbeidsutvalget", 16, new PdfPoint(60, 780), bold);
            page.AddText("Til stede", 10, new PdfPoint(60, 740), bold);
            page.AddText("Kari Nilsen (kommuneoverlege), Jonas Berg (enhetsleder psykisk helse og rus)", 10, new PdfPoint(130, 740), font);
            page.AddText("Amina Rahimi (helsesykepleier), Per Olav Strand (NAV)", 10, new PdfPoint(130, 726), font);
            page.AddText("Forfall", 10, new PdfPoint(60, 700), bold);
            page.AddText("Tor Eriksen (DPS Nordre)", 10, new PdfPoint(130, 700), font);
        });

        var lines = Lines(doc);
        var order = new[] { "Til stede", "Kari Nilsen", "Amina Rahimi", "Forfall", "Tor Eriksen" }
            .Select(s => lines.FindIndex(l => l.StartsWith(s, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.True(order.SequenceEqual(order.Order()), string.Join(" | ", lines));
    }

    [Fact]
    public void A_line_written_in_pieces_with_a_stretched_space_stays_one_line()
    {
        var doc = Extract((page, font, bold) =>
        {
            // Justified text: the producer writes each word apart, the space glyph ends the first piece, and the next word
            // starts well over a font size further right.
            var first = page.AddText("Regjeringen vil gjennomføre ", 10, new PdfPoint(60, 700), font);
            var x = first.Max(l => l.EndBaseLine.X) + 14;
            var second = page.AddText("en pilot for ", 10, new PdfPoint(x, 700), font);
            page.AddText("kartlegging.", 10, new PdfPoint(second.Max(l => l.EndBaseLine.X) + 14, 700), font);
            page.AddText("Neste linje i samme avsnitt.", 10, new PdfPoint(60, 686), font);
        });

        var lines = Lines(doc);
        Assert.Equal(["Regjeringen vil gjennomføre en pilot for kartlegging.", "Neste linje i samme avsnitt."], lines);
        Assert.Single(doc.Blocks);
    }

    [Fact]
    public void Text_beyond_a_gutter_on_the_same_baseline_is_a_separate_line()
    {
        var doc = Extract((page, font, bold) =>
        {
            page.AddText("venstre kolonne", 10, new PdfPoint(60, 700), font);
            page.AddText("høyre kolonne", 10, new PdfPoint(320, 700), font);
        });

        Assert.Equal(["venstre kolonne", "høyre kolonne"], Lines(doc));
    }

    [Fact]
    public void Extra_space_between_paragraphs_starts_a_new_block_and_bold_and_size_are_kept()
    {
        var doc = Extract((page, font, bold) =>
        {
            page.AddText("Tiltak 2", 11, new PdfPoint(60, 760), bold);
            for (var i = 0; i < 4; i++)
            {
                page.AddText($"første avsnitt linje {i}", 10, new PdfPoint(60, 745 - (13 * i)), font);
            }

            // 22 pt pitch instead of 13: a paragraph break.
            for (var i = 0; i < 3; i++)
            {
                page.AddText($"andre avsnitt linje {i}", 10, new PdfPoint(60, 684 - (13 * i)), font);
            }
        });

        var blocks = doc.Blocks.ToList();
        var second = blocks.FindIndex(b => b.Lines[0].Text.StartsWith("andre avsnitt linje 0", StringComparison.Ordinal));
        Assert.True(second > 0, string.Join(" | ", blocks.Select(b => b.Text)));
        Assert.DoesNotContain(blocks[second - 1].Lines, l => l.Text.StartsWith("andre", StringComparison.Ordinal));
        var heading = blocks.SelectMany(b => b.Lines).First();
        Assert.Equal("Tiltak 2", heading.Text);
        Assert.True(heading.StartsBold && heading.AllBold);
        Assert.Equal(11, heading.FontSize, 1);
        Assert.False(blocks.SelectMany(b => b.Lines).Last().StartsBold);
    }
}

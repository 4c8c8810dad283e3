using IngenAMiste.Reports.Extraction;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// What a TeX-typeset report does to the layout step: run-in headings with glue after the bold label, paragraphs set apart
/// by only a little extra space, and hyphenation with a plain hyphen next to compounds written with their own hyphen.
/// </summary>
public sealed class LatexLayoutTests
{
    private static ExtractedDocument Extract(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont, PdfDocumentBuilder.AddedFont> draw)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var page = builder.AddPage(595, 842);
        draw(page, regular, bold);
        return PdfTextExtractor.Extract(builder.Build());
    }

    private static List<string> Lines(ExtractedDocument doc) => doc.Blocks.SelectMany(b => b.Lines).Select(l => l.Text).ToList();

    /// <summary>A bold label, then (after <paramref name="gap"/> points of glue, no space glyph) the rest of the line in regular type.</summary>
    private static ExtractedDocument RunIn(string label, double gap) => Extract((page, font, bold) =>
    {
        var letters = page.AddText(label, 10, new PdfPoint(70, 700), bold);
        var x = letters[^1].EndBaseLine.X + gap;
        page.AddText("Regjeringen vil samle erfaringene fra kommunene i en", 10, new PdfPoint(x, 700), font);
        page.AddText("felles oversikt over tilbudene.", 10, new PdfPoint(70, 688), font);
    });

    [Theory]
    [InlineData("Tiltak 25:")]
    [InlineData("Tiltak 26 –")]
    public void A_bold_run_in_label_keeps_the_text_after_its_glue_on_its_line(string label)
    {
        var lines = Lines(RunIn(label, 14));

        Assert.Equal(label + " Regjeringen vil samle erfaringene fra kommunene i en", lines[0]);
    }

    [Fact]
    public void A_bold_word_that_is_no_label_stays_apart_from_text_far_to_its_right()
    {
        var lines = Lines(RunIn("Tiltak 25", 14));

        Assert.DoesNotContain(lines, l => l.StartsWith("Tiltak 25 Regjeringen", StringComparison.Ordinal));
        Assert.Contains("Tiltak 25", lines);
    }

    /// <summary>Three lines at a 12 pt pitch, then (after 14.2 pt) two more; the third line ends with <paramref name="third"/>.</summary>
    private static ExtractedDocument SmallParskip(string third) => Extract((page, font, _) =>
    {
        // Enough lines elsewhere on the page for its usual pitch of 12 pt.
        for (var i = 0; i < 6; i++)
        {
            page.AddText("Linjer i et annet avsnitt med fast linjeavstand nummer " + i, 10, new PdfPoint(70, 400 - (12 * i)), font);
        }

        page.AddText("Regjeringen vil styrke tilbudet til etterlatte og sikre at kommunene", 10, new PdfPoint(70, 700), font);
        page.AddText("har en plan for videre arbeid med etterlatte etter selvmord i alle deler", 10, new PdfPoint(70, 688), font);
        page.AddText(third, 10, new PdfPoint(70, 676), font);
        page.AddText("Kommunene har mottatt tilbud om kurs i regi av sentrene, og nesten alle", 10, new PdfPoint(70, 661.8), font);
        page.AddText("har takket ja.", 10, new PdfPoint(70, 649.8), font);
    });

    [Fact]
    public void A_finished_short_last_line_before_a_little_extra_space_ends_the_block()
    {
        var doc = SmallParskip("av landet.");

        var block = doc.Blocks.Single(b => b.Text.StartsWith("Regjeringen", StringComparison.Ordinal));
        Assert.EndsWith("av landet.", block.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Blocks, b => b.Text.StartsWith("Kommunene har mottatt tilbud", StringComparison.Ordinal));
    }

    [Fact]
    public void An_open_line_before_the_same_space_goes_on_in_the_block()
    {
        var doc = SmallParskip("av landet og");

        var block = doc.Blocks.Single(b => b.Text.StartsWith("Regjeringen", StringComparison.Ordinal));
        Assert.EndsWith("har takket ja.", block.Text, StringComparison.Ordinal);
    }

    private static ExtractedLine L(string text, double bottom) =>
        new() { Page = 1, Text = text, Left = 70, Right = 520, Bottom = bottom, Top = bottom + 10, FontSize = 10 };

    /// <summary>A page hyphenated with plain hyphens (five breaks), with "<paramref name="elsewhere"/>" in a line of its own.</summary>
    private static string Hyphenated(string elsewhere)
    {
        var page = new ExtractedPage
        {
            Number = 1, Width = 595, Height = 842,
            Blocks =
            [
                new ExtractedBlock(1, [
                    L("Direktoratet har bestilt en gjennomgang av ut-", 700), L("rykningstjenesten, og ambulante akutt-", 688),
                    L("team skal vurderes etterpå. Samarbeidet mel-", 676), L("lom kommunene og helseforetakene er styr-", 664),
                    L("ket, og flere kommuner har fått veiled-", 652), L("ning i løpet av året.", 640),
                ]),
                new ExtractedBlock(1, [L(elsewhere, 600)]),
            ],
        };
        return WordProcessorLayout.Apply([page])[0].Blocks[0].Text;
    }

    [Fact]
    public void A_compound_the_document_writes_with_its_hyphen_keeps_it_at_a_line_end()
    {
        var text = Hyphenated("Tre kommuner har egne akutt-team i dag.");

        Assert.Contains("ambulante akutt-team skal", text, StringComparison.Ordinal);
        Assert.Contains("utrykningstjenesten", text, StringComparison.Ordinal);
        Assert.Contains("veiledning", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_compound_elsewhere_the_line_end_hyphen_is_a_hyphenation_break()
    {
        var text = Hyphenated("Tre kommuner har egne team i dag.");

        Assert.Contains("ambulante akuttteam skal", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Veiviseren ligger på nettsiden veiviser.no/", "kommune-plan/selvmord og brukes mye.", "Veiviseren ligger på nettsiden veiviser.no/kommune-plan/selvmord og brukes mye.")]
    [InlineData("Se også sidene på udir.no/", "laering/psykisk-helse for skolene.", "Se også sidene på udir.no/laering/psykisk-helse for skolene.")]
    public void A_written_out_address_broken_after_a_slash_is_joined(string line, string next, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinLines([line, next]));

    [Theory]
    [InlineData("Skjemaet for søknad og/", "eller klage finnes hos kommunen.", "Skjemaet for søknad og/ eller klage finnes hos kommunen.")]
    [InlineData("Les mer på udir.no/", "og i veilederen for skolene.", "Les mer på udir.no/ og i veilederen for skolene.")]
    public void A_slash_before_ordinary_words_keeps_the_space(string line, string next, string expected) =>
        Assert.Equal(expected, TextNormalizer.JoinLines([line, next]));

    /// <summary>Three pages with a running head "Tiltak N" at the top right, beside the report title when <paramref name="title"/>.</summary>
    private static ExtractedDocument RunningHeads(bool title)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        for (var n = 1; n <= 3; n++)
        {
            var page = builder.AddPage(595, 842);
            if (title)
            {
                page.AddText("Rapport om tiltakene 2024", 9, new PdfPoint(70, 800), font);
            }

            page.AddText("Tiltak " + (10 + n), 9, new PdfPoint(480, 800), font);
            for (var i = 0; i < 5; i++)
            {
                page.AddText($"Kommunene har tatt i bruk veilederen, og arbeidet fortsetter i del {n}.{i}.", 10, new PdfPoint(70, 740 - (12 * i)), font);
            }

            page.AddText($"Side {n} av 3", 9, new PdfPoint(280, 60), font);
        }

        return PdfTextExtractor.Extract(builder.Build());
    }

    [Fact]
    public void A_bare_label_beside_the_running_title_is_page_furniture()
    {
        var doc = RunningHeads(title: true);

        Assert.DoesNotContain(Lines(doc), l => l.StartsWith("Tiltak 1", StringComparison.Ordinal));
        Assert.Contains(doc.Pages[1].Furniture, f => f.Text == "Tiltak 12");
    }

    [Fact]
    public void A_bare_label_at_the_page_top_with_no_running_title_beside_it_stays()
    {
        var doc = RunningHeads(title: false);

        Assert.Contains("Tiltak 12", Lines(doc));
    }
}

using IngenAMiste.Reports.Extraction;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// What a word processor puts in a PDF besides body text (<see cref="WordProcessorLayout"/>): table-of-contents entries with
/// dot leaders, footnotes at the page foot, and automatic hyphenation written as a plain hyphen.
/// </summary>
public sealed class WordProcessorLayoutTests
{
    private static ExtractedLine L(string text, double bottom, double size = 11, int page = 1, double left = 70) =>
        new() { Page = page, Text = text, Left = left, Right = 520, Bottom = bottom, Top = bottom + size, FontSize = size };

    private static ExtractedBlock B(params ExtractedLine[] lines) => new(lines[0].Page, lines);

    private static ExtractedPage P(int number, params ExtractedBlock[] blocks) =>
        new() { Number = number, Width = 595, Height = 842, Blocks = blocks };

    private static List<string> Texts(IReadOnlyList<ExtractedPage> pages) =>
        pages.SelectMany(p => p.Blocks).Select(b => b.Text).ToList();

    [Fact]
    public void Table_of_contents_entries_with_dot_leaders_are_removed_with_their_wrapped_lines()
    {
        var pages = WordProcessorLayout.Apply([
            P(1,
                B(L("Innhold", 760, 16)),
                B(L("Mål 3: Trygge lokalsamfunn..........................................7", 700, 10.5),
                  L("Tiltak 9 – Regjeringen vil utvikle et nytt verktøy for kommunene og gjøre det kjent", 688, 10),
                  L("i hele landet.......................................................8", 676, 10),
                  L("Tiltak 10...........................................................9", 664, 10)),
                B(L("Vedlegg . . . . . . . . . . . . . . . . . . xii", 640, 10))),
            P(2, B(L("Tiltak 9 – Regjeringen vil utvikle et nytt verktøy for kommunene.", 700, 12.5))),
        ]);

        Assert.Equal(["Innhold", "Tiltak 9 – Regjeringen vil utvikle et nytt verktøy for kommunene."], Texts(pages));
    }

    [Fact]
    public void Lines_that_merely_end_in_a_number_are_not_table_of_contents_entries()
    {
        var pages = WordProcessorLayout.Apply([
            P(1, B(L("Rapporten ble lagt fram i 2024.", 700), L("Se også kapittel 4", 686), L("Beløpet er 1.500.000 kroner i 2023", 672))),
        ]);

        Assert.Equal(["Rapporten ble lagt fram i 2024. Se også kapittel 4 Beløpet er 1.500.000 kroner i 2023"], Texts(pages));
    }

    [Fact]
    public void Footnotes_at_the_page_foot_in_small_type_are_not_body_text()
    {
        var pages = WordProcessorLayout.Apply([
            P(1,
                B(L("Kartleggingen2 ble levert i mai, og oppfølgingen er i gang i alle regioner som deltar.", 314),
                  L("Direktoratet har også samlet erfaringene fra de første kommunene i en egen oversikt.", 300)),
                B(L("Ansvarlig departement: HOD", 280, 10)),
                B(L("2", 80, 5)),
                B(L("Rapport fra direktoratet, publisert 2019. Ny utgave er ikke planlagt.", 72, 8.5), L("Se nettsiden.", 62, 8.5))),
        ]);

        Assert.Equal(["Kartleggingen2 ble levert i mai, og oppfølgingen er i gang i alle regioner som deltar. Direktoratet har også "
            + "samlet erfaringene fra de første kommunene i en egen oversikt.", "Ansvarlig departement: HOD"], Texts(pages));
    }

    [Fact]
    public void Small_type_at_the_page_foot_without_a_footnote_number_stays()
    {
        var body = B(L("Arbeidet med veilederen pågår og skal etter planen avsluttes i løpet av året som kommer.", 300));
        var pages = WordProcessorLayout.Apply([
            P(1, body, B(L("Kilde: Statistisk sentralbyrå, tabell 2 i vedlegget.", 80, 8.5))),
            P(2, B(L("12 kommuner har tatt i bruk modellen, og flere venter på opplæring i løpet av våren.", 300)), B(L("3 av dem i Nord-Norge.", 280))),
        ]);

        Assert.Equal(4, Texts(pages).Count);
        Assert.Contains("Kilde: Statistisk sentralbyrå, tabell 2 i vedlegget.", Texts(pages));
        Assert.Contains("3 av dem i Nord-Norge.", Texts(pages));
    }

    /// <summary>Five lines broken by automatic hyphenation with a plain hyphen, and real hyphens at line ends.</summary>
    private static ExtractedPage AutoHyphenated(int page) => P(page,
        B(L("Regjeringen vil styrke informasjonen for å kom-", 700, page: page), L("munisere trygt, og Helsedirekto-", 686, page: page),
          L("ratet har laget et e-", 672, page: page), L("læringskurs for helse-", 658, page: page), L("og omsorgstjenesten; FoU-", 644, page: page),
          L("oppdraget og www.udir.no/kvalitet-", 630, page: page), L("og-kompetanse/ er nevnt. Kommu-", 616, page: page),
          L("nene skal få opplæ-", 602, page: page), L("ring i den nye ret-", 588, page: page), L("ningslinjen.", 574, page: page)));

    [Fact]
    public void Plain_hyphens_of_automatic_hyphenation_are_undone_but_real_hyphens_stay()
    {
        var text = Assert.Single(Texts(WordProcessorLayout.Apply([AutoHyphenated(1)])));

        Assert.Equal("Regjeringen vil styrke informasjonen for å kommunisere trygt, og Helsedirektoratet har laget et e-læringskurs for "
            + "helse- og omsorgstjenesten; FoU-oppdraget og www.udir.no/kvalitet-og-kompetanse/ er nevnt. Kommunene skal få "
            + "opplæring i den nye retningslinjen.", text);
    }

    [Fact]
    public void A_word_hyphenated_over_a_page_break_is_joined()
    {
        var pages = WordProcessorLayout.Apply([AutoHyphenated(1), P(2, B(L("Gjennomgangen er i gang, og ambulansetje-", 300, page: 2))), P(3, B(L("nestens rolle kartlegges nå.", 760, page: 3)))]);

        var lines = pages.SelectMany(p => p.Blocks).SelectMany(b => b.Lines).Select(l => l.Text).ToList();
        Assert.EndsWith("Gjennomgangen er i gang, og ambulansetjenestens rolle kartlegges nå.", TextNormalizer.JoinLines(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_line_end_hyphens_in_a_document_without_hyphenation_are_real_hyphens()
    {
        var text = Assert.Single(Texts(WordProcessorLayout.Apply([
            P(1, B(L("Kommunene kan bruke handlingsplanmal-", 700), L("nettsiden, og e-", 686), L("læringskurset er åpent for alle.", 672))),
        ])));

        Assert.Equal("Kommunene kan bruke handlingsplanmal-nettsiden, og e-læringskurset er åpent for alle.", text);
    }

    [Fact]
    public void A_document_that_marks_its_breaks_with_soft_hyphens_is_left_as_it_is()
    {
        var page = AutoHyphenated(1);
        var marked = page with { Blocks = [.. page.Blocks, B(L("Planen har et opp\u00AD", 500), L("følgingsløp.", 486))] };

        var texts = Texts(WordProcessorLayout.Apply([marked]));

        Assert.StartsWith("Regjeringen vil styrke informasjonen for å kom-munisere trygt", texts[0], StringComparison.Ordinal);
        Assert.Equal("Planen har et oppfølgingsløp.", texts[1]);
    }

    /// <summary>A glyph at <paramref name="x"/>, <paramref name="size"/> points, on <paramref name="baseline"/>.</summary>
    private static PageLayout.Glyph G(string value, double x, double size, double baseline) =>
        new(value, x, x + size / 2, x, x + size / 2, baseline, baseline + size, baseline, size, size, false, false);

    [Theory]
    [InlineData("1", 6.5, 704.0, true)]   // a raised small digit after a word: a footnote marker
    [InlineData("1", 11, 700.0, false)]   // a digit of the running text
    [InlineData("2", 6.5, 700.0, false)]  // small but on the baseline (a subscript or small figure)
    [InlineData("a", 6.5, 704.0, false)]  // a raised small letter
    public void A_footnote_marker_is_a_raised_digit_in_clearly_smaller_type(string value, double size, double baseline, bool expected) =>
        Assert.Equal(expected, PdfTextExtractor.IsNoteMarker(G(value, 120, size, baseline), G("n", 114, 11, 700), 11));

    [Theory]
    [InlineData("for å kom-", "munisere trygt", true)]
    [InlineData("og Helsedirekto-", "ratet har", true)]
    [InlineData("laget et e-", "læringskurs", false)]
    [InlineData("for helse-", "og omsorgstjenesten", false)]
    [InlineData("i FoU-", "oppdraget", false)]
    [InlineData("www.udir.no/kvalitet-", "og-kompetanse/", false)]
    [InlineData("med 2021-", "tallene", false)]
    [InlineData("en ung persons veiled-", "Ning", false)]
    [InlineData("Regjeringen vil", "styrke", false)]
    public void A_hyphenation_break_is_a_word_part_before_a_lower_case_continuation(string line, string next, bool expected) =>
        Assert.Equal(expected, WordProcessorLayout.IsHyphenationBreak(line, next));
}

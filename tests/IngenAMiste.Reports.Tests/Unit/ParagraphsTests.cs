using static IngenAMiste.Reports.Tests.Unit.TestDocuments;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>Paragraph building on synthetic lines: list items whose bullets are drawn as graphics (no glyph).</summary>
public sealed class ParagraphsTests
{
    [Fact]
    public void Indented_short_lines_after_a_colon_are_separate_items()
    {
        var paragraphs = ParagraphTexts(
            Line("Status for tilbudet ved utgangen av perioden:", 70, 330, 700),
            Line("40 kommuner har etablert team", 100, 250, 686),
            Line("to nye kull har startet på utdanningen", 100, 290, 672),
            Line("ordningen er under omlegging", 100, 260, 658));
        Assert.Equal(
            ["Status for tilbudet ved utgangen av perioden:", "40 kommuner har etablert team", "to nye kull har startet på utdanningen", "ordningen er under omlegging"],
            paragraphs);
    }

    [Fact]
    public void A_wrapped_item_stays_one_item()
    {
        var paragraphs = ParagraphTexts(
            Line("Arbeidet omfatter følgende:", 70, 330, 700),
            Line("en kartlegging av dagens tilbud til barn, unge og eldre i alle", 100, 520, 686),
            Line("kommuner", 100, 150, 672),
            Line("en veileder for kommunene", 100, 230, 658));
        Assert.Equal(["Arbeidet omfatter følgende:", "en kartlegging av dagens tilbud til barn, unge og eldre i alle kommuner", "en veileder for kommunene"], paragraphs);
    }

    [Fact]
    public void An_ordinary_paragraph_is_not_split()
    {
        var paragraphs = ParagraphTexts(
            Line("Helsedirektoratet har utarbeidet en veileder som", 70, 520, 700),
            Line("beskriver oppfølging av etterlatte. Den er sendt", 70, 515, 686),
            Line("til kommunene.", 70, 150, 672));
        Assert.Single(paragraphs);
    }
}

using static IngenAMiste.Reports.Tests.Unit.TestDocuments;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>A wrapped line that starts with a dash: a continuation of the sentence, or a list item.</summary>
public sealed class ParagraphsDashContinuationTests
{
    [Fact]
    public void A_dash_line_that_continues_an_open_sentence_is_joined()
    {
        var paragraphs = ParagraphTexts(
            Line("Regjeringen vil bidra til å spre heftet Trygg på nett", 70, 520, 700),
            Line("– en veiledning for foreldre om samtaler med ungdom om selvmord.", 70, 500, 686));
        Assert.Equal(["Regjeringen vil bidra til å spre heftet Trygg på nett – en veiledning for foreldre om samtaler med ungdom om selvmord."], paragraphs);
    }

    [Fact]
    public void Dash_items_with_siblings_stay_items()
    {
        var paragraphs = ParagraphTexts(
            Line("Arbeidet omfatter blant annet", 70, 330, 700),
            Line("– en kartlegging av tilbudet", 70, 260, 686),
            Line("– en veileder for kommunene", 70, 250, 672));
        Assert.Equal(["Arbeidet omfatter blant annet", "– en kartlegging av tilbudet", "– en veileder for kommunene"], paragraphs);
    }

    [Theory]
    [InlineData("Helsedirektoratet har laget en ny veileder.")]
    [InlineData("Veilederen inneholder dette:")]
    public void A_dash_line_after_a_finished_sentence_or_a_colon_is_an_item(string first)
    {
        var paragraphs = ParagraphTexts(
            Line(first, 70, 330, 700),
            Line("– en sjekkliste for samtaler med pårørende", 70, 300, 686));
        Assert.Equal([first, "– en sjekkliste for samtaler med pårørende"], paragraphs);
    }
}

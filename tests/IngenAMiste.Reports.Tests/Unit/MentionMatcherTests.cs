using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>Linking snippets of a document without measure sections to the catalogue, on invented commitments and slides.</summary>
public sealed class MentionMatcherTests
{
    private static readonly MeasureCatalog Catalog = new(
    [
        new CatalogEntry(1, 1, "Regjeringen vil øke utbredelsen av tilbudet Trygg digital skolestart."),
        new CatalogEntry(2, 1, "Regjeringen vil styrke samarbeidet mellom skolene og helsestasjonene om psykisk helse."),
        new CatalogEntry(3, 2, "Regjeringen vil evaluere ordningen Lavterskel samtaletilbud for unge."),
        new CatalogEntry(4, 2, "Regjeringen vil utvide ordningen Lavterskel samtaletilbud for unge til flere fylker."),
        new CatalogEntry(5, 2, "Regjeringen vil etablere et nasjonalt register over tilbud til etterlatte."),
        new CatalogEntry(6, 2, "Nasjonale faglige retningslinjer utarbeides i samarbeid med fagmiljøene."),
    ]);

    private static IReadOnlyList<Paragraph> Slide(params string[] lines) =>
        lines.Select(t => new Paragraph(new ExtractedLine { Page = 1, Text = t, Left = 50, Right = 500, Bottom = 100, Top = 112, FontSize = 12 })).ToList();

    [Fact]
    public void A_proper_name_of_one_commitment_links_a_loose_paraphrase()
    {
        var mentions = MentionMatcher.Find(Slide("Trygg digital skolestart skal bygges ut i mange kommuner neste år"), Catalog);

        var mention = Assert.Single(mentions);
        Assert.Equal(1, mention.Measure);
    }

    [Fact]
    public void A_name_that_two_commitments_share_links_neither()
    {
        var mentions = MentionMatcher.Find(Slide("Lavterskel samtaletilbud for unge får mye oppmerksomhet i mange kommuner"), Catalog);

        Assert.Empty(mentions);
    }

    [Fact]
    public void The_capitalised_start_of_a_commitment_is_not_a_name()
    {
        var mentions = MentionMatcher.Find(Slide("Nasjonale faglige retningslinjer utarbeides på mange felt, også innen tannhelse og ernæring"), Catalog);

        Assert.DoesNotContain(mentions, m => m.Measure == 6);
    }
}

using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>Funding wordings of later reports: amounts for several years, sentence-final abbreviations, coordinated clauses.</summary>
public sealed class FundingLaterReportTests
{
    [Theory]
    [InlineData("Det er bevilget 3 mill. kroner til kartleggingen for 2024 og 2025 samlet.", "Det er bevilget 3 mill. kroner til kartleggingen for 2024 og 2025 samlet")]
    [InlineData("For 2024–2025 er det satt av 800 000 kroner til piloten.", "For 2024–2025 er det satt av 800 000 kroner")]
    public void An_amount_for_several_years_together_has_no_year(string narrative, string evidence)
    {
        var funding = Assert.Single(FundingExtractor.Extract(narrative));
        Assert.Null(funding.Year);
        Assert.Equal(evidence, funding.Evidence);
    }

    [Fact]
    public void An_amount_for_one_year_keeps_its_year_even_when_another_year_follows_later()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Det er bevilget 3 mill. kroner for 2024, og arbeidet skal vare fra 2024 til 2026."));
        Assert.Equal(2024, funding.Year);
    }

    [Theory]
    [InlineData("Tilskuddet for 2024 er 4 mill. kr.", "Tilskuddet for 2024 er 4 mill. kr")]
    [InlineData("Tilskuddet for 2024 er 4 mill. kr. Det er fordelt på tre sentre.", "Tilskuddet for 2024 er 4 mill. kr")]
    public void The_sentence_full_stop_after_an_abbreviation_is_not_evidence(string narrative, string evidence) =>
        Assert.Equal(evidence, FundingExtractor.Extract(narrative)[0].Evidence);

    [Fact]
    public void An_abbreviation_inside_the_sentence_keeps_its_dot() =>
        Assert.Equal("Tilskuddet er 4 mill. kr. i 2024", FundingExtractor.Extract("Tilskuddet er 4 mill. kr. i 2024, fordelt på tre sentre.")[0].Evidence);

    [Fact]
    public void A_coordinated_clause_starts_after_its_conjunction()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Ordningen ble utvidet i 2023, og i 2024 fikk 12 prosjekter til sammen 3,2 mill. kroner."));
        Assert.Equal("i 2024 fikk 12 prosjekter til sammen 3,2 mill. kroner", funding.Evidence);
        Assert.Equal(2024, funding.Year);
    }

    [Fact]
    public void An_increase_coordinated_after_another_predicate_starts_the_evidence()
    {
        var funding = Assert.Single(FundingExtractor.Extract("Tilskuddet til kompetansesenteret er videreført og økt til 4 millioner kroner i 2024."));
        Assert.Equal("økt til 4 millioner kroner i 2024", funding.Evidence);
    }

    [Fact]
    public void An_increase_as_the_only_predicate_keeps_its_subject() =>
        Assert.Equal(
            "Tilskuddet til kompetansesenteret er økt til 4 millioner kroner i 2024",
            Assert.Single(FundingExtractor.Extract("Tilskuddet til kompetansesenteret er økt til 4 millioner kroner i 2024.")).Evidence);
}

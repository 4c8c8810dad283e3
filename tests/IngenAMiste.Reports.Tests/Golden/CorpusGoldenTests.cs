using System.Text.Json;

namespace IngenAMiste.Reports.Tests.Golden;

/// <summary>
/// The hand-labelled corpus: the annual report field by field, and the slides' mentions against the report's catalogue.
/// Prints per-field accuracy and asserts 100%.
/// </summary>
public sealed class CorpusGoldenTests(ITestOutputHelper output)
{
    /// <summary>Exact evidence phrases reached on the annual report (30 before the phrase rules of EvidencePhrase).</summary>
    private const int ExactEvidenceFloor = 56;

    private static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(TestFiles.Corpus(name + ".expected.json"))).RootElement;

    [Fact]
    public void AnnualReport_matches_the_labels_field_by_field()
    {
        var comparer = new GoldenComparer();
        comparer.Compare(Expected(TestFiles.AnnualReport), TestFiles.Parse(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf")), TestFiles.AnnualReport);
        output.WriteLine(comparer.Render());

        string[] fields =
        [
            "document.kind", "document.title", "document.plan_period", "document.report_period", "document.as_of",
            "document.measure_count_stated", "document.goal_count", "goals", "goals.extra", "measure.found", "measure.no_extra",
            "measure.goal", "measure.commitment", "measure.ministries", "measure.funding", "measure.urls",
            "measure.status", "measure.status_evidence", "measure.status_evidence(in narrative)",
        ];
        foreach (var field in fields)
        {
            Assert.True(comparer[field].Perfect, $"{comparer[field]}\n{string.Join("\n", comparer[field].Misses)}");
        }

        // The hand-labelled evidence phrases are a human's cut of a clause; exact agreement is held to a floor (raise it only).
        var exact = comparer["measure.status_evidence(exact)"];
        Assert.True(exact.Correct >= ExactEvidenceFloor, $"{exact}\n{string.Join("\n", exact.Misses)}");

        Assert.Equal(61, comparer["measure.commitment"].Total);
        Assert.Equal(61, comparer["measure.status"].Total);
    }

    [Fact]
    public void Slides_mention_the_labelled_measures_and_no_others()
    {
        var parse = TestFiles.Parse(TestFiles.Corpus(TestFiles.Slides + ".pdf"), withCatalog: true);
        var comparer = new GoldenComparer();
        comparer.Compare(Expected(TestFiles.Slides), parse, TestFiles.Slides);
        output.WriteLine(comparer.Render());

        Assert.Equal("presentation", parse.Document.Kind);
        Assert.Empty(parse.Measures);
        foreach (var field in (string[])["document.kind", "document.title", "document.plan_period", "goals", "mentions.found", "mentions.evidence", "mentions.not_wrong"])
        {
            Assert.True(comparer[field].Perfect, $"{comparer[field]}\n{string.Join("\n", comparer[field].Misses)}");
        }

        Assert.Equal(13, comparer["mentions.found"].Total);
    }
}

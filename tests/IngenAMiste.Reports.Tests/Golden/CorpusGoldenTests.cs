using System.Text.Json;

namespace IngenAMiste.Reports.Tests.Golden;

/// <summary>
/// The hand-labelled corpus: the annual report field by field, and the slides' mentions against the report's catalogue.
/// Prints per-field accuracy and asserts 100%.
/// </summary>
public sealed class CorpusGoldenTests(ITestOutputHelper output)
{
    private static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(TestFiles.Corpus(name + ".expected.json"))).RootElement;

    [Fact]
    public void AnnualReport_structure_metadata_funding_and_links_match_the_labels()
    {
        var comparer = new GoldenComparer();
        comparer.Compare(Expected(TestFiles.AnnualReport), TestFiles.Parse(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf")), TestFiles.AnnualReport);
        output.WriteLine(comparer.Render());

        string[] fields =
        [
            "document.kind", "document.title", "document.plan_period", "document.report_period", "document.as_of",
            "document.measure_count_stated", "document.goal_count", "goals", "goals.extra", "measure.found", "measure.no_extra",
            "measure.goal", "measure.commitment", "measure.ministries", "measure.funding", "measure.urls",
        ];
        foreach (var field in fields)
        {
            Assert.True(comparer[field].Perfect, $"{comparer[field]}\n{string.Join("\n", comparer[field].Misses)}");
        }

        Assert.Equal(61, comparer["measure.commitment"].Total);
    }
}

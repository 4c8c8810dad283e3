using System.Security.Cryptography;
using System.Text;
using IngenAMiste.Integration.Tests.Faults;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Integration.Tests;

/// <summary>
/// Issue #6: a partly damaged copy of a report (pages missing, so fewer measures) has the same period and as-of date as
/// the whole report. Whichever is ingested first, and whatever their hashes, the plan's state comes from the whole report;
/// deleting the whole report falls back to the most complete copy left.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class DamagedCopyPrecedenceTests(AzuriteFixture azurite)
{
    private static readonly byte[] Whole = File.ReadAllBytes(TestFiles.AnnualReport2020);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_whole_report_provides_the_current_statuses_whichever_copy_comes_first(bool damagedFirst)
    {
        // A copy with only the first half of the pages, made so that its hash sorts above the whole report's: the old
        // rule (same as-of date: higher hash wins) would let it override the whole report in both orders.
        var damaged = CopyWithPages(Enumerable.Range(1, 8), above: Id(Whole));
        var (wholeParse, damagedParse) = (Parse(Whole), Parse(damaged));
        Assert.Equal(wholeParse.Document.ReportPeriod, damagedParse.Document.ReportPeriod);
        Assert.Equal(wholeParse.Document.AsOf, damagedParse.Document.AsOf);
        Assert.Equal(DocumentKinds.AnnualReport, damagedParse.Document.Kind);
        Assert.InRange(damagedParse.Measures.Count, 10, wholeParse.Measures.Count - 10);

        await using var app = new TestApp(azurite);
        var order = damagedFirst ? new[] { ("damaged.pdf", damaged), ("whole.pdf", Whole) } : [("whole.pdf", Whole), ("damaged.pdf", damaged)];
        foreach (var (name, bytes) in order)
        {
            var result = await app.Get<IngestionService>().IngestAsync(await app.UploadAsync(name, bytes));
            Assert.Equal(IngestionOutcomes.Succeeded, result.Outcome);
        }

        var state = await StoredState.ReadAsync(app);
        Assert.Equal(2, state.Reports.Count);
        AssertFrom(state, Id(Whole), wholeParse);
    }

    [Fact]
    public async Task Deleting_the_whole_report_falls_back_to_the_most_complete_copy_of_the_same_period()
    {
        var wholeId = Id(Whole);
        var larger = CopyWithPages(Enumerable.Range(1, 8), above: "");
        // The smaller copy sorts above the larger one by hash, so only completeness can make the larger one win.
        var smaller = CopyWithPages(Enumerable.Range(1, 4), above: Id(larger));
        var (largerParse, smallerParse) = (Parse(larger), Parse(smaller));
        Assert.True(smallerParse.Measures.Count < largerParse.Measures.Count);

        await using var app = new TestApp(azurite);
        foreach (var (name, bytes) in new[] { ("larger.pdf", larger), ("whole.pdf", Whole), ("smaller.pdf", smaller) })
        {
            Assert.Equal(IngestionOutcomes.Succeeded, (await app.Get<IngestionService>().IngestAsync(await app.UploadAsync(name, bytes))).Outcome);
        }

        Assert.True(await app.Get<ReportStore>().DeleteAsync(wholeId));

        var state = await StoredState.ReadAsync(app);
        Assert.Equal(new[] { Id(larger), Id(smaller) }.Order(StringComparer.Ordinal), state.Reports.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        AssertFrom(state, Id(larger), largerParse);

        // And once more: without the larger copy, the smaller one is what is left.
        Assert.True(await app.Get<ReportStore>().DeleteAsync(Id(larger)));
        AssertFrom(await StoredState.ReadAsync(app), Id(smaller), smallerParse);
    }

    /// <summary>Every current status, history row and the period's counts come from <paramref name="reportId"/>, as its parse says.</summary>
    private static void AssertFrom(StoredState state, string reportId, ParsedReport parse)
    {
        var expected = parse.Measures.ToDictionary(m => m.Number);
        Assert.Equal(expected.Keys.Order(), state.Current.Select(c => c.Number).Order());
        Assert.All(state.Current, c =>
        {
            Assert.Equal(reportId, c.ReportId);
            Assert.Equal(expected[c.Number].Status.ToCode(), c.Status);
            Assert.Equal(expected[c.Number].StatusEvidence, c.StatusEvidence);
        });
        Assert.Equal(expected.Keys.Order(), state.History.Select(h => h.Number).Order());
        Assert.All(state.History, h => Assert.Equal(reportId, h.ReportId));
        var period = Assert.Single(state.Periods);
        StoredState.AssertCounts(period, parse.Document.ReportPeriod!, reportId, state.Current);
    }

    /// <summary>
    /// The sample with only <paramref name="pages"/>, rebuilt by PdfPig's merger, plus a trailing comment that changes
    /// nothing but the bytes: the first variant whose SHA-256 sorts above <paramref name="above"/> (ordinal).
    /// </summary>
    private static byte[] CopyWithPages(IEnumerable<int> pages, string above)
    {
        var pdf = PdfMerger.Merge([Whole], [pages.ToArray()]);
        for (var i = 0; ; i++)
        {
            var variant = pdf.Concat(Encoding.ASCII.GetBytes($"\n% copy {i}\n")).ToArray();
            if (string.CompareOrdinal(Id(variant), above) > 0)
            {
                return variant;
            }
        }
    }

    private static string Id(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ParsedReport Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new ReportParser().Parse(stream);
    }
}

using System.Globalization;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Integration.Tests.Faults;

/// <summary>Every row and parse blob one test app wrote, to check that nothing is missing, doubled or left over.</summary>
internal sealed record StoredState(
    IReadOnlyList<ReportRow> Reports,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<MeasureHistoryRow> History,
    IReadOnlyList<CurrentStatusRow> Current,
    IReadOnlyList<PeriodSummaryRow> Periods,
    IReadOnlyList<IngestionRow> Ingestions,
    IReadOnlyList<string> ParsedBlobs,
    int ProgressRows)
{
    public static async Task<StoredState> ReadAsync(TestApp app)
    {
        var tables = app.Tables;
        var parsed = new List<string>();
        await foreach (var blob in tables.ParsedContainer.GetBlobsAsync())
        {
            parsed.Add(blob.Name);
        }

        return new StoredState(
            await TestApp.AllAsync<ReportRow>(tables.Reports),
            await TestApp.AllAsync<MeasureRow>(tables.Measures),
            await TestApp.AllAsync<MeasureHistoryRow>(tables.MeasureHistory),
            await TestApp.AllAsync<CurrentStatusRow>(tables.Progress, CurrentStatusRow.Partition),
            await TestApp.AllAsync<PeriodSummaryRow>(tables.Progress, PeriodSummaryRow.Partition),
            await TestApp.AllAsync<IngestionRow>(tables.Ingestions),
            parsed,
            (await TestApp.AllAsync<Azure.Data.Tables.TableEntity>(tables.Progress)).Count);
    }

    /// <summary>What a measure row says, without keys, ETags and times: equal for the same parse wherever it is stored.</summary>
    public static string Content(MeasureFields m) => string.Join('|',
        m.Number.ToString(CultureInfo.InvariantCulture), m.Goal.ToString(CultureInfo.InvariantCulture), m.Status, m.StatusEvidence,
        m.Commitment, m.Ministries, m.FundingJson, m.UrlsJson, m.ReportId, m.ReportPeriod, m.AsOf);

    /// <summary>
    /// One complete annual report and nothing else: its row, its 61 measure rows in its partition, its parse blob, one
    /// history row per measure for its period, the current status of every measure from it, its period's counts, and the
    /// same measure content as <paramref name="expected"/> (the same file stored by a healthy run).
    /// </summary>
    public void AssertExactlyOneReport(string reportId, string period, IReadOnlyList<MeasureRow> expected)
    {
        var report = Assert.Single(Reports);
        Assert.Equal(reportId, report.RowKey);
        Assert.Equal(ReportStates.Complete, report.State);
        Assert.Equal(61, report.MeasureCount);

        Assert.Equal(61, Measures.Count);
        Assert.All(Measures, m => Assert.Equal(reportId, m.PartitionKey));
        Assert.Equal(expected.Select(Content).Order(), Measures.Select(Content).Order());
        Assert.Equal([reportId + ".json"], ParsedBlobs);

        Assert.Equal(61, History.Count);
        Assert.All(History, h => Assert.Equal((period, reportId), (h.RowKey, h.ReportId)));
        Assert.Equal(Measures.Select(Content).Order(), History.Select(Content).Order());

        Assert.Equal(61, Current.Count);
        Assert.Equal(Measures.Select(Content).Order(), Current.Select(Content).Order());

        var summary = Assert.Single(Periods);
        AssertCounts(summary, period, reportId, Measures);
        Assert.Equal(62, ProgressRows); // 61 current + 1 period: nothing else in the partitions
    }

    public static void AssertCounts(PeriodSummaryRow summary, string period, string reportId, IEnumerable<MeasureFields> measures)
    {
        var list = measures.ToList();
        Assert.Equal((period, reportId, list.Count), (summary.RowKey, summary.ReportId, summary.MeasureCount));
        Assert.Equal(list.Count(m => m.Status == "not_started"), summary.NotStarted);
        Assert.Equal(list.Count(m => m.Status == "planned"), summary.Planned);
        Assert.Equal(list.Count(m => m.Status == "in_progress"), summary.InProgress);
        Assert.Equal(list.Count(m => m.Status == "completed"), summary.Completed);
    }
}

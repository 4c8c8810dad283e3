using System.Security.Cryptography;
using System.Text.Json;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Integration.Tests;

/// <summary>The blob-triggered function, called directly with a real BlobClient on Azurite.</summary>
[Collection(SharedAzurite.Name)]
public sealed class IngestReportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Annual_report_lands_in_every_table_once_and_a_second_run_writes_nothing()
    {
        await using var app = new TestApp(azurite);
        var bytes = await File.ReadAllBytesAsync(TestFiles.AnnualReport2020);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var blob = await app.UploadAsync("arsrapport-2020-2021.pdf", bytes);
        var function = app.Function<IngestReport>();

        var first = await function.Run(blob, CancellationToken.None);

        Assert.Equal(IngestionOutcomes.Succeeded, first.Outcome);
        Assert.Equal(sha, first.ReportId);
        var tables = app.Tables;

        var report = Assert.Single(await TestApp.AllAsync<ReportRow>(tables.Reports));
        Assert.Equal(sha, report.RowKey);
        Assert.Equal(ReportStates.Complete, report.State);
        Assert.Equal("annual_report", report.Kind);
        Assert.Equal("2020-2021", report.ReportPeriod);
        Assert.Equal("2020-2025", report.PlanPeriod);
        Assert.Equal("2021-09-10", report.AsOf);
        Assert.Equal(16, report.PageCount);
        Assert.Equal(61, report.MeasureCount);
        Assert.Equal(61, report.MeasureCountStated);
        Assert.Equal(6, report.GoalCount);
        Assert.Equal(6, JsonDocument.Parse(report.GoalsJson).RootElement.GetArrayLength());
        Assert.Equal(blob.Name, report.SourceBlob);

        var measures = await TestApp.AllAsync<MeasureRow>(tables.Measures, sha);
        Assert.Equal(Enumerable.Range(1, 61), measures.Select(m => m.Number).Order());
        Assert.All(measures, m => Assert.InRange(m.Goal, 1, 6));
        Assert.All(measures, m => Assert.False(string.IsNullOrWhiteSpace(m.Commitment)));
        Assert.All(measures, m => Assert.Contains(m.Status, new[] { "not_started", "planned", "in_progress", "completed" }));
        Assert.Equal("HOD,BFD,KD,ASD,KUD,SD,FD", measures.Single(m => m.Number == 3).Ministries);

        var history = await TestApp.AllAsync<MeasureHistoryRow>(tables.MeasureHistory);
        Assert.Equal(61, history.Count);
        Assert.All(history, h => Assert.Equal("2020-2021", h.RowKey));

        var current = await TestApp.AllAsync<CurrentStatusRow>(tables.Progress, CurrentStatusRow.Partition);
        Assert.Equal(61, current.Count);

        var ingestion = Assert.Single(await TestApp.AllAsync<IngestionRow>(tables.Ingestions));
        Assert.Equal(IngestionOutcomes.Succeeded, ingestion.Outcome);
        Assert.Equal("Stored", ingestion.ReasonCode);
        Assert.Equal(sha, ingestion.Sha256);
        Assert.Equal(1, ingestion.Attempts);

        // The same blob again (a retry, a duplicate Event Grid event): nothing is written.
        var stamps = measures.ToDictionary(m => m.RowKey, m => m.ETag);
        var second = await function.Run(blob, CancellationToken.None);
        Assert.True(second.AlreadyProcessed);
        Assert.Equal(IngestionOutcomes.Succeeded, second.Outcome);
        var after = await TestApp.AllAsync<MeasureRow>(tables.Measures, sha);
        Assert.Equal(stamps, after.ToDictionary(m => m.RowKey, m => m.ETag));
        Assert.Single(await TestApp.AllAsync<ReportRow>(tables.Reports));
        Assert.Equal(61, (await TestApp.AllAsync<MeasureHistoryRow>(tables.MeasureHistory)).Count);
        Assert.Equal(1, Assert.Single(await TestApp.AllAsync<IngestionRow>(tables.Ingestions)).Attempts);

        // The blob is read, never changed.
        var downloaded = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(bytes, downloaded);
    }

    [Fact]
    public async Task Same_bytes_under_another_name_give_one_report()
    {
        await using var app = new TestApp(azurite);
        var bytes = await File.ReadAllBytesAsync(TestFiles.AnnualReport2020);
        var function = app.Function<IngestReport>();

        var first = await function.Run(await app.UploadAsync("a.pdf", bytes), CancellationToken.None);
        var copy = await function.Run(await app.UploadAsync("kopi av rapport.pdf", bytes), CancellationToken.None);

        Assert.Equal(IngestionOutcomes.Succeeded, first.Outcome);
        Assert.Equal(IngestionOutcomes.Succeeded, copy.Outcome);
        Assert.Equal("Duplicate", copy.ReasonCode);
        Assert.Equal(first.ReportId, copy.ReportId);
        Assert.Single(await TestApp.AllAsync<ReportRow>(app.Tables.Reports));
        Assert.Equal(61, (await TestApp.AllAsync<MeasureRow>(app.Tables.Measures)).Count);
        Assert.Equal(61, (await TestApp.AllAsync<MeasureHistoryRow>(app.Tables.MeasureHistory)).Count);
        var ingestions = await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions);
        Assert.Equal(2, ingestions.Count);
        Assert.All(ingestions, i => Assert.Equal(first.ReportId, i.ReportId));
    }

    [Fact]
    public async Task Random_bytes_are_rejected_with_a_reason_and_the_blob_is_untouched()
    {
        await using var app = new TestApp(azurite);
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var blob = await app.UploadAsync("ikke-en-pdf.pdf", bytes);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;

        var result = await app.Function<IngestReport>().Run(blob, CancellationToken.None);

        Assert.Equal(IngestionOutcomes.Rejected, result.Outcome);
        Assert.Equal("NotPdf", result.ReasonCode);
        var row = Assert.Single(await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions));
        Assert.Equal(IngestionOutcomes.Rejected, row.Outcome);
        Assert.Contains("ikke en PDF", row.ReasonNorwegian, StringComparison.Ordinal);
        Assert.Empty(await TestApp.AllAsync<ReportRow>(app.Tables.Reports));
        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.Equal(bytes, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task A_blob_over_the_size_limit_is_rejected_before_download()
    {
        await using var app = new TestApp(azurite, new Dictionary<string, string?> { ["Ingest:MaxBytes"] = "1000" });
        var blob = await app.UploadAsync("stor.pdf", new byte[5000]);

        var result = await app.Function<IngestReport>().Run(blob, CancellationToken.None);

        Assert.Equal(IngestionOutcomes.Rejected, result.Outcome);
        Assert.Equal("TooLarge", result.ReasonCode);
        var row = Assert.Single(await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions));
        Assert.Null(row.Sha256); // never downloaded, so never hashed
        Assert.Contains("Ingest:MaxBytes", row.ReasonNorwegian, StringComparison.Ordinal);
    }
}

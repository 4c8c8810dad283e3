using System.Globalization;
using System.Security.Cryptography;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Hostile;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Faults;

/// <summary>
/// 20 uploads processed at once, as the runtime does with several blobs arriving together: ten copies of the 2020–2021
/// report and ten of the 2021–2022 report, each under its own name. One report per distinct content, nothing doubled,
/// and the current status of every measure is the newer period's, whatever order the writes happened in.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_simultaneous_ingestions_of_two_reports_store_each_once_and_lose_no_update()
    {
        await using var app = new TestApp(azurite);
        var older = HostileInputs.Sample2020;
        var newer = HostileInputs.Sample2021;
        var olderId = Convert.ToHexStringLower(SHA256.HashData(older));
        var newerId = Convert.ToHexStringLower(SHA256.HashData(newer));
        var uploads = new List<(string Name, byte[] Bytes)>();
        for (var i = 0; i < 10; i++)
        {
            uploads.Add(($"arsrapport-2020-2021 ({i}).pdf", older));
            uploads.Add(($"arsrapport-2021-2022 ({i}).pdf", newer));
        }

        var blobs = new List<Azure.Storage.Blobs.BlobClient>();
        foreach (var (name, bytes) in uploads)
        {
            blobs.Add(await app.UploadAsync(name, bytes));
        }

        // Each invocation gets its own function instance and thread, as in the worker.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = await Task.WhenAll(blobs.Select(blob => Task.Run(() => app.Function<IngestReport>().Run(blob, CancellationToken.None))));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"20 ingestions in {watch.Elapsed.TotalSeconds:0.0} s: " +
            $"{results.Count(r => r.ReasonCode == "Stored")} stored, {results.Count(r => r.ReasonCode == "Duplicate")} duplicates"));

        Assert.All(results, r => Assert.Equal(IngestionOutcomes.Succeeded, r.Outcome));
        Assert.All(results, r => Assert.Contains(r.ReasonCode, new[] { "Stored", "Duplicate" }));
        Assert.All(results, r => Assert.Equal(61, r.MeasureCount));
        Assert.Equal(Enumerable.Repeat(olderId, 10).Concat(Enumerable.Repeat(newerId, 10)).Order(), results.Select(r => r.ReportId).Order());

        var state = await StoredState.ReadAsync(app);

        // One report per distinct content, each complete, first seen under one of its own names.
        Assert.Equal([newerId, olderId], state.Reports.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.All(state.Reports, r => Assert.Equal((ReportStates.Complete, 61), (r.State, r.MeasureCount)));
        var byId = state.Reports.ToDictionary(r => r.RowKey);
        Assert.Contains("2020-2021", byId[olderId].SourceBlob, StringComparison.Ordinal);
        Assert.Contains("2021-2022", byId[newerId].SourceBlob, StringComparison.Ordinal);
        Assert.Equal([newerId + ".json", olderId + ".json"], state.ParsedBlobs.Order(StringComparer.Ordinal));

        // 61 measure rows per report, in its partition.
        var measures = state.Measures.GroupBy(m => m.PartitionKey).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(2, measures.Count);
        Assert.All(measures.Values, list => Assert.Equal(Enumerable.Range(1, 61), list.Select(m => m.Number).Order()));
        var olderMeasures = measures[olderId].ToDictionary(m => m.Number);
        var newerMeasures = measures[newerId].ToDictionary(m => m.Number);
        Assert.True(olderMeasures.Keys.Any(n => olderMeasures[n].Status != newerMeasures[n].Status), "the two reports differ in status");

        // History: exactly one row per measure and period, each the period's own.
        Assert.Equal(122, state.History.Count);
        foreach (var h in state.History)
        {
            var source = h.RowKey switch { "2020-2021" => olderMeasures, "2021-2022" => newerMeasures, _ => throw new InvalidOperationException(h.RowKey) };
            Assert.Equal(StoredState.Content(source[h.Number]), StoredState.Content(h));
        }

        Assert.Equal(61, state.History.Select(h => (h.Number, h.RowKey)).Distinct().Count(h => h.RowKey == "2020-2021"));

        // Current status: every measure's is the newer report's (no lost update), and the allocations of both reports are known.
        Assert.Equal(61, state.Current.Count);
        foreach (var c in state.Current)
        {
            Assert.Equal(StoredState.Content(newerMeasures[c.Number]), StoredState.Content(c));
            var expectedFunding = Allocations(olderMeasures[c.Number].FundingJson).Union(Allocations(newerMeasures[c.Number].FundingJson));
            Assert.Equal(expectedFunding.Order(), Allocations(c.KnownFundingJson).Order());
        }

        // Period counts: one row per period, from its own report.
        Assert.Equal(2, state.Periods.Count);
        StoredState.AssertCounts(state.Periods.Single(p => p.RowKey == "2020-2021"), "2020-2021", olderId, olderMeasures.Values);
        StoredState.AssertCounts(state.Periods.Single(p => p.RowKey == "2021-2022"), "2021-2022", newerId, newerMeasures.Values);
        Assert.Equal(63, state.ProgressRows);

        // Every upload recorded once, succeeded, on its first attempt.
        Assert.Equal(20, state.Ingestions.Count);
        Assert.All(state.Ingestions, i => Assert.Equal((IngestionOutcomes.Succeeded, 1), (i.Outcome, i.Attempts)));
        Assert.Equal(blobs.Select(b => b.Name).Order(StringComparer.Ordinal), state.Ingestions.Select(i => i.BlobName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_slower_ingestion_of_the_same_content_neither_hides_the_complete_report_nor_renames_its_source()
    {
        // One interleaving forced with gates: B finds nothing stored and parses; A then stores the whole report; only
        // then does B write. B must not turn A's complete report back into a pending one (hiding it from readers), nor
        // replace the name it was first uploaded as.
        await using var first = new TestApp(azurite);
        var gates = new GatePolicy();
        var pendingWrite = gates.Add((_, body) => body.Contains("\"State\":\"Pending\"", StringComparison.Ordinal));
        var completeWrite = gates.Add((_, body) => body.Contains("\"State\":\"Complete\"", StringComparison.Ordinal));
        await using var second = new TestApp(azurite,
            new Dictionary<string, string?> { ["Storage:TablePrefix"] = first.Prefix, ["Storage:ParsedContainer"] = "parsed-" + first.Prefix },
            configureTables: options => options.AddPolicy(gates, Azure.Core.HttpPipelinePosition.PerCall));
        var bytes = HostileInputs.Sample2020;
        var a = await first.UploadAsync("a.pdf", bytes);
        var b = await second.UploadAsync("b.pdf", bytes);

        var late = Task.Run(() => second.Function<IngestReport>().Run(b, CancellationToken.None));
        await pendingWrite.Reached.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var early = await first.Function<IngestReport>().Run(a, CancellationToken.None);
        Assert.Equal((IngestionOutcomes.Succeeded, "Stored"), (early.Outcome, early.ReasonCode));
        pendingWrite.Release();

        await completeWrite.Reached.Task.WaitAsync(TimeSpan.FromSeconds(90));
        var meanwhile = Assert.Single(await TestApp.AllAsync<ReportRow>(first.Tables.Reports));
        Assert.Equal(ReportStates.Complete, meanwhile.State);
        completeWrite.Release();

        var result = await late;
        Assert.Equal((IngestionOutcomes.Succeeded, "Stored"), (result.Outcome, result.ReasonCode));
        var state = await StoredState.ReadAsync(first);
        var report = Assert.Single(state.Reports);
        Assert.Equal((ReportStates.Complete, a.Name, meanwhile.IngestedAt), (report.State, report.SourceBlob, report.IngestedAt));
        state.AssertExactlyOneReport(early.ReportId!, "2020-2021", state.Measures);
        Assert.Equal(2, state.Ingestions.Count);
    }

    private static IEnumerable<string> Allocations(string fundingJson) =>
        System.Text.Json.JsonDocument.Parse(fundingJson).RootElement.EnumerateArray()
            .Select(f => $"{(f.TryGetProperty("year", out var year) ? year.ToString() : "")}:{f.GetProperty("amount_nok")}").Distinct();
}

using System.Security.Cryptography;
using Azure.Core;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Hostile;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Faults;

/// <summary>
/// Storage becomes unavailable in the middle of an ingestion. The invocation must fail (the exception escapes, so the
/// runtime retries), the failure be recorded where storage still allows it, readers see no half-stored report, and the
/// retry (a second invocation, storage healthy again) end with exactly what a healthy run stores: one report, 61
/// measures, history, current status and period counts, nothing doubled, nothing left over.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class StorageFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly SemaphoreSlim BaselineGate = new(1, 1);
    private static (IReadOnlyList<MeasureRow> Measures, int Requests)? _baseline;

    public static TheoryData<string, FaultKind, bool> Faults => new()
    {
        // fault point, how it fails, whether the Failed outcome can still be recorded
        { "parse-blob-upload", FaultKind.ServiceUnavailable, true },
        { "measure-transaction", FaultKind.ConnectionReset, true },
        { "history-midway", FaultKind.ServiceUnavailable, true },
        { "current-status-transaction", FaultKind.ServiceUnavailable, true },
        { "period-summary", FaultKind.ConnectionReset, true },
        { "report-complete", FaultKind.ServiceUnavailable, true },
        { "everything-from-halfway", FaultKind.ServiceUnavailable, false },
        { "everything-from-three-quarters", FaultKind.ConnectionReset, false },
    };

    /// <summary>Which requests fail, given the table prefix and how many requests a healthy ingestion makes.</summary>
    private static Func<Request, int, string, bool> Picker(string fault, string prefix, int start, int healthyRequests)
    {
        var seen = 0;
        bool Table(Request r, string table) => r.Uri.Path.Contains($"/{prefix}{table}", StringComparison.Ordinal);
        bool InBatch(Request r, string body, string table) => r.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal) && body.Contains($"/{prefix}{table}", StringComparison.Ordinal);
        return fault switch
        {
            "parse-blob-upload" => (r, _, _) => r.Method == RequestMethod.Put && r.Uri.Path.Contains($"/parsed-{prefix}/", StringComparison.Ordinal),
            "measure-transaction" => (r, _, body) => InBatch(r, body, "Measures"),
            "history-midway" => (r, _, _) => Table(r, "MeasureHistory") && Interlocked.Increment(ref seen) > 30,
            "current-status-transaction" => (r, _, body) => InBatch(r, body, "Progress"),
            "period-summary" => (r, _, body) => Table(r, "Progress") && body.Contains("\"PartitionKey\":\"period\"", StringComparison.Ordinal),
            "report-complete" => (r, _, body) => Table(r, "Reports") && body.Contains("\"State\":\"Complete\"", StringComparison.Ordinal),
            "everything-from-halfway" => (_, n, _) => n > start + healthyRequests / 2,
            "everything-from-three-quarters" => (_, n, _) => n > start + healthyRequests * 3 / 4,
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_storage_fault_fails_the_invocation_and_the_retry_stores_the_report_exactly_once(string fault, FaultKind kind, bool failureRecorded)
    {
        var (expected, healthyRequests) = await BaselineAsync();
        var bytes = HostileInputs.Sample2020;
        var reportId = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var policy = new FaultPolicy { Kind = kind };
        await using var app = new TestApp(azurite, configureBlobs: policy.AddTo, configureTables: policy.AddTo);
        var blob = await app.UploadAsync("arsrapport-2020-2021.pdf", bytes);
        var function = app.Function<IngestReport>();

        policy.FailWhen = Picker(fault, app.Prefix, policy.Requests, healthyRequests);
        var error = await Record.ExceptionAsync(() => function.Run(blob, CancellationToken.None));
        policy.FailWhen = null;

        Assert.True(policy.Injected > 0, $"the fault '{fault}' was never hit");
        Assert.NotNull(error); // escapes: the runtime retries the invocation
        output.WriteLine($"{fault}: {policy.Injected} request(s) failed; the invocation threw {error.GetType().Name}: {error.Message.Split('\n')[0]}");
        var failed = await StoredState.ReadAsync(app);
        var row = Assert.Single(failed.Ingestions);
        if (failureRecorded)
        {
            Assert.Equal((IngestionOutcomes.Failed, "Failed", 1), (row.Outcome, row.ReasonCode, row.Attempts));
            Assert.Equal("Behandlingen feilet hos oss. Den prøves på nytt; feiler den fortsatt, kan en administrator behandle filen på nytt.", row.ReasonNorwegian);
        }
        else
        {
            Assert.Equal((IngestionOutcomes.Processing, 1), (row.Outcome, row.Attempts)); // storage gone: the retry will record
        }

        Assert.DoesNotContain(failed.Reports, r => r.State == ReportStates.Complete); // readers see no half-stored report

        var retry = await function.Run(blob, CancellationToken.None);

        Assert.Equal((IngestionOutcomes.Succeeded, "Stored", 61), (retry.Outcome, retry.ReasonCode, retry.MeasureCount));
        var stored = await StoredState.ReadAsync(app);
        stored.AssertExactlyOneReport(reportId, "2020-2021", expected);
        var done = Assert.Single(stored.Ingestions);
        Assert.Equal((IngestionOutcomes.Succeeded, 2, reportId), (done.Outcome, done.Attempts, done.Sha256));
        Assert.Equal(blob.Name, Assert.Single(stored.Reports).SourceBlob);
        Assert.Equal(bytes, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    /// <summary>The sample stored by a healthy run, and how many storage requests that ingestion made.</summary>
    private async Task<(IReadOnlyList<MeasureRow> Measures, int Requests)> BaselineAsync()
    {
        await BaselineGate.WaitAsync();
        try
        {
            if (_baseline is { } known)
            {
                return known;
            }

            var policy = new FaultPolicy();
            await using var app = new TestApp(azurite, configureBlobs: policy.AddTo, configureTables: policy.AddTo);
            var blob = await app.UploadAsync("arsrapport-2020-2021.pdf", HostileInputs.Sample2020);
            var before = policy.Requests;
            var result = await app.Function<IngestReport>().Run(blob, CancellationToken.None);
            Assert.Equal(IngestionOutcomes.Succeeded, result.Outcome);
            var requests = policy.Requests - before;
            var state = await StoredState.ReadAsync(app);
            Assert.Equal(61, state.Measures.Count);
            output.WriteLine($"A healthy ingestion of the sample makes {requests} storage requests.");
            _baseline = (state.Measures, requests);
            return _baseline.Value;
        }
        finally
        {
            BaselineGate.Release();
        }
    }
}

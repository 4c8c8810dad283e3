using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>What one upload came to, and what it cost.</summary>
internal sealed record Probe(IngestionResult Result, IngestionRow Row, TimeSpan Elapsed, long AllocatedBytes, long WorkingSetGrowth)
{
    /// <summary>
    /// Safety rails, not benchmarks: wall time of the function call, bytes allocated by the process meanwhile
    /// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, so tests running beside it count too), and the highest working set
    /// sampled during the call above the working set before it.
    /// </summary>
    public void AssertWithin(TimeSpan time, long allocatedMiB, long workingSetGrowthMiB)
    {
        Assert.True(Elapsed < time, $"took {Elapsed.TotalSeconds:0.0} s, bound {time.TotalSeconds:0} s");
        Assert.True(AllocatedBytes < allocatedMiB << 20, $"allocated {AllocatedBytes >> 20} MiB, bound {allocatedMiB} MiB");
        Assert.True(WorkingSetGrowth < workingSetGrowthMiB << 20, $"working set grew {WorkingSetGrowth >> 20} MiB, bound {workingSetGrowthMiB} MiB");
    }
}

/// <summary>Uploads a file, runs the blob-triggered function on it as the runtime would, and checks what every upload must end in.</summary>
internal static class IngestionProbe
{
    /// <summary>
    /// Uploads <paramref name="bytes"/> as <paramref name="name"/> and calls <see cref="IngestReport"/>. The call must return
    /// (an exception would make the runtime retry), leave exactly one <c>Ingestions</c> row for the blob, and leave the
    /// blob as it was (same ETag, same bytes).
    /// </summary>
    public static async Task<Probe> RunAsync(TestApp app, string name, byte[] bytes, ITestOutputHelper output)
    {
        var blob = await app.UploadAsync(name, bytes);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;
        var function = app.Function<IngestReport>();

        using var sampler = new WorkingSetSampler();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = await function.Run(blob, CancellationToken.None);
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var growth = await sampler.StopAsync();

        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.Equal(bytes, (await blob.DownloadContentAsync()).Value.Content.ToArray());

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(blob.Name)}");
        var rows = new List<IngestionRow>();
        await foreach (var row in app.Tables.Ingestions.QueryAsync<IngestionRow>(filter))
        {
            rows.Add(row);
        }

        var recorded = Assert.Single(rows);
        Assert.Equal(etag.ToString(), recorded.BlobETag);
        Assert.Equal(result.Outcome, recorded.Outcome);
        Assert.Equal(result.ReasonCode, recorded.ReasonCode);
        Assert.False(string.IsNullOrWhiteSpace(recorded.ReasonNorwegian));
        Assert.False(string.IsNullOrWhiteSpace(recorded.Reason));
        Assert.NotNull(recorded.CompletedAt);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} ({bytes.Length:N0} bytes): {result.Outcome} {result.ReasonCode} in {watch.Elapsed.TotalSeconds:0.00} s, " +
            $"allocated {allocated / 1048576.0:0.0} MiB, working set +{growth / 1048576.0:0.0} MiB"));
        output.WriteLine("  " + recorded.ReasonNorwegian);
        output.WriteLine("  " + recorded.Reason);
        return new Probe(result, recorded, watch.Elapsed, allocated, growth);
    }
}

/// <summary>Samples the process's working set every 10 ms; the growth is the highest sample above the first.</summary>
internal sealed class WorkingSetSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<long> _sampling;

    public WorkingSetSampler()
    {
        var start = Current();
        _sampling = Task.Run(async () =>
        {
            var max = start;
            while (!_stop.IsCancellationRequested)
            {
                max = Math.Max(max, Current());
                try
                {
                    await Task.Delay(10, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return Math.Max(max, Current()) - start;
        });
    }

    private static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public async Task<long> StopAsync()
    {
        await _stop.CancelAsync();
        return await _sampling;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}

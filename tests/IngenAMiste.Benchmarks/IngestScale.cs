using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Storage;
using IngenAMiste.Storage.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IngenAMiste.Benchmarks;

/// <summary>
/// <c>ingest STORAGE DIR [AZURITE_PID]</c>: uploads and ingests every PDF in DIR through <see cref="IngestionService"/>,
/// one at a time, and reports per decile of the run (each tenth of the reports, in order) what one report cost: wall
/// time, storage requests by kind with their bytes, CPU time of this process, and CPU time of the storage emulator
/// process when its id is given. Flat request counts and flat CPU of ours while the wall time grows means the growth is
/// on the storage side.
/// </summary>
internal static class IngestScale
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Fitted rise over deciles 2–10 up to which a per-report figure counts as flat (a fall is not growth).</summary>
    private const double FlatCpu = 0.10;

    private const int WarmUpParses = 30;

    private sealed record Sample(double WallSeconds, double OurCpuSeconds, double StoreCpuSeconds, long AllocatedBytes, StorageRequestMeter.Bucket Requests);

    private sealed record Decile(int Number, int Reports, double WallMs, double OurCpuMs, double StoreCpuMs, double Requests, double BatchOperations,
        double KibSent, double KibReceived, double WaitMs, double BusyMs, double AllocMib, int Gen2, double StoreRssMib, string Load, Dictionary<string, double> Kinds);

    public static async Task<int> RunAsync(string storage, string dir, int? storePid)
    {
        var meter = new StorageRequestMeter();
        var configuration = CliServices.BuildConfiguration(storage);
        var connection = StorageConnection.FromConfiguration(configuration,
            configureBlobs: o => o.AddPolicy(meter.Blobs, Azure.Core.HttpPipelinePosition.PerRetry),
            configureTables: o => o.AddPolicy(meter.Tables, Azure.Core.HttpPipelinePosition.PerRetry));
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddReportIngestion(configuration, connection);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var uploader = provider.GetRequiredService<ReportUploader>();
        var ingestion = provider.GetRequiredService<IngestionService>();

        // In order of content hash (the report id): between copies of the same report (same period, as-of date and parse)
        // the higher id takes precedence, so each report ingested takes over every measure's history and current status
        // from the ones before, as a newer report does, and every ingestion makes all of its writes.
        var files = new DirectoryInfo(dir).GetFiles("*.pdf")
            .Select(f => (File: f, Id: Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f.FullName)))))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => f.File)
            .ToArray();

        // Warm-up, not counted: the parser (most of our CPU) parses the first file a few times, so that the first decile
        // is less dominated by JIT tiering. The storage code warms up in decile 1, which the fits leave out.
        if (files.Length > 0)
        {
            var parser = provider.GetRequiredService<IngenAMiste.Reports.ReportParser>();
            var bytes = await File.ReadAllBytesAsync(files[0].FullName);
            for (var i = 0; i < WarmUpParses; i++)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                parser.Parse(stream);
            }
        }

        using var self = Process.GetCurrentProcess();
        using var store = storePid is { } pid ? Process.GetProcessById(pid) : null;
        var samples = new Sample[files.Length];
        var deciles = new List<Decile>();
        var failures = 0;
        var deciledFrom = 0;
        var gen2From = GC.CollectionCount(2);
        for (var i = 0; i < files.Length; i++)
        {
            var bucket = new StorageRequestMeter.Bucket();
            meter.Current = bucket;
            var ourCpu = Cpu(self);
            var storeCpu = Cpu(store);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            var blob = await uploader.UploadAsync(files[i]);
            var result = await ingestion.IngestAsync(blob);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            samples[i] = new Sample(wall, Cpu(self) - ourCpu, Cpu(store) - storeCpu, GC.GetTotalAllocatedBytes(precise: true) - allocated, bucket);
            if (result.Outcome != IngestionOutcomes.Succeeded)
            {
                failures++;
            }

            if (i + 1 == (deciles.Count + 1) * files.Length / 10)
            {
                store?.Refresh();
                deciles.Add(Summarise(deciles.Count + 1, samples[deciledFrom..(i + 1)], GC.CollectionCount(2) - gen2From, store is null ? 0 : store.WorkingSet64 / 1048576.0));
                deciledFrom = i + 1;
                gen2From = GC.CollectionCount(2);
                var d = deciles[^1];
                Console.Error.WriteLine(string.Create(Inv, $"  ingested {i + 1}: decile {d.Number} at {1000 / d.WallMs:0.00}/s, {d.Requests:0.##} requests, our CPU {d.OurCpuMs:0} ms, storage CPU {d.StoreCpuMs:0} ms per report (load {d.Load})"));
            }
        }

        Print(deciles, store is not null);
        var seconds = samples.Select(s => s.WallSeconds).ToArray();
        var sorted = seconds.Order().ToArray();
        double Ms(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))] * 1000;
        var fit = deciles.Count >= 4 ? deciles.Skip(1).ToArray() : [];
        var requestsChange = Change(fit, d => d.Requests);
        var ourCpuChange = Change(fit, d => d.OurCpuMs);
        var allocChange = Change(fit, d => d.AllocMib);
        var storeCpuChange = Change(fit, d => d.StoreCpuMs);
        var wallChange = Change(fit, d => d.WallMs);
        // The request mix and sizes are exact; CPU time is not (other load on the machine makes each CPU second do less).
        var requestsFlat = fit.Length > 0 && fit.All(d => d.Requests == fit[0].Requests && d.Kinds.Count == fit[0].Kinds.Count
            && d.Kinds.All(k => fit[0].Kinds.TryGetValue(k.Key, out var first) && Math.Abs(k.Value - first) < 1e-9)
            && Math.Abs(d.KibSent + d.KibReceived - fit[0].KibSent - fit[0].KibReceived) <= 0.01 * (fit[0].KibSent + fit[0].KibReceived));
        var ourFlat = requestsFlat && ourCpuChange <= FlatCpu;
        if (fit.Length > 0)
        {
            var storeText = store is null ? "" : string.Create(Inv, $"; storage emulator CPU {fit[0].StoreCpuMs:0} → {fit[^1].StoreCpuMs:0} ms/report (fit {Pct(storeCpuChange)})");
            var cause = !requestsFlat ? "OUR STORAGE REQUESTS PER REPORT CHANGE"
                : !ourFlat ? "OUR CPU PER REPORT GROWS (requests are the same: compare the load column, and rerun on a quieter machine)"
                : wallChange > FlatCpu ? "our per-report cost is flat; the growth in wall time is on the storage side"
                : "our per-report cost is flat; so is the wall time";
            Console.WriteLine(string.Create(Inv,
                $"verdict: {cause}. Deciles 2–{deciles.Count}: requests/report {fit[0].Requests:0.##} → {fit[^1].Requests:0.##} ({(requestsFlat ? "same kinds, counts and bytes" : $"fit {Pct(requestsChange)}")}), our CPU {fit[0].OurCpuMs:0} → {fit[^1].OurCpuMs:0} ms/report (fit {Pct(ourCpuChange)}){storeText}; wall {fit[0].WallMs:0} → {fit[^1].WallMs:0} ms/report (fit {Pct(wallChange)}); load {fit[0].Load} → {fit[^1].Load}"));
        }

        Console.WriteLine(string.Create(Inv,
            $"reports={files.Length} failures={failures} total_s={seconds.Sum():0.0} reports_per_s={files.Length / seconds.Sum():0.00} deciles_per_s={string.Join(',', deciles.Select(d => (1000 / d.WallMs).ToString("0.00", Inv)))} ratio_last_second_decile={(deciles.Count > 2 ? deciles[1].WallMs / deciles[^1].WallMs : 0):0.00} p50_ms={Ms(0.5):0} p99_ms={Ms(0.99):0} requests_per_report_change={requestsChange:0.000} our_cpu_change={ourCpuChange:0.000} store_cpu_change={storeCpuChange:0.000} wall_change={wallChange:0.000} alloc_change={allocChange:0.000} requests_flat={(requestsFlat ? 1 : 0)} ours_flat={(ourFlat ? 1 : 0)}"));
        return failures == 0 ? 0 : 1;
    }

    private static string Pct(double change) => (change < 0 ? "-" : "+") + Math.Abs(change).ToString("0%", Inv);

    private static double Cpu(Process? process)
    {
        if (process is null)
        {
            return 0;
        }

        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static Decile Summarise(int number, Sample[] samples, int gen2, double storeRssMib)
    {
        var n = (double)samples.Length;
        var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in samples.SelectMany(s => s.Requests.Kinds))
        {
            kinds[pair.Key] = kinds.GetValueOrDefault(pair.Key) + pair.Value / n;
        }

        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "-";
        return new Decile(number, samples.Length,
            samples.Sum(s => s.WallSeconds) * 1000 / n,
            samples.Sum(s => s.OurCpuSeconds) * 1000 / n,
            samples.Sum(s => s.StoreCpuSeconds) * 1000 / n,
            samples.Sum(s => s.Requests.Requests) / n,
            samples.Sum(s => s.Requests.BatchOperations) / n,
            samples.Sum(s => s.Requests.RequestBytes) / 1024.0 / n,
            samples.Sum(s => s.Requests.ResponseBytes) / 1024.0 / n,
            samples.Sum(s => s.Requests.Wait.TotalMilliseconds) / n,
            samples.Sum(s => s.Requests.Busy.TotalMilliseconds) / n,
            samples.Sum(s => s.AllocatedBytes) / 1048576.0 / n,
            gen2, storeRssMib, load, kinds);
    }

    /// <summary>
    /// Least-squares line through the figure over the deciles, as the change it predicts from the first to the last
    /// decile relative to the mean (0.10 = grows by a tenth of its mean across the run).
    /// </summary>
    private static double Change(Decile[] deciles, Func<Decile, double> figure)
    {
        if (deciles.Length < 2)
        {
            return 0;
        }

        var xs = deciles.Select(d => (double)d.Number).ToArray();
        var ys = deciles.Select(figure).ToArray();
        var (mx, my) = (xs.Average(), ys.Average());
        var sxx = xs.Sum(x => (x - mx) * (x - mx));
        var slope = xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / sxx;
        return my == 0 ? 0 : slope * (xs[^1] - xs[0]) / my;
    }

    private static void Print(List<Decile> deciles, bool haveStore)
    {
        Console.WriteLine("per report, by decile of the run (after 30 warm-up parses, not counted; decile 1 still includes the storage path's JIT and connection warm-up, so the fits use deciles 2 on):");
        Console.WriteLine(string.Create(Inv,
            $"{"decile",6} | {"reports",7} | {"wall ms",7} | {"r/s",5} | {"requests",8} | {"in $batch",9} | {"KiB sent",8} | {"KiB recv",8} | {"wait ms",7} | {"busy ms",7} | {"our CPU ms",10} | {"alloc MiB",9} | {"gen2",4} | {"store CPU ms",12} | {"store RSS MiB",13} | load"));
        foreach (var d in deciles)
        {
            Console.WriteLine(string.Create(Inv,
                $"{d.Number,6} | {d.Reports,7} | {d.WallMs,7:0.0} | {1000 / d.WallMs,5:0.00} | {d.Requests,8:0.##} | {d.BatchOperations,9:0.##} | {d.KibSent,8:0.0} | {d.KibReceived,8:0.0} | {d.WaitMs,7:0.0} | {d.BusyMs,7:0.0} | {d.OurCpuMs,10:0.0} | {d.AllocMib,9:0.0} | {d.Gen2,4} | {(haveStore ? d.StoreCpuMs.ToString("0.0", Inv) : "-"),12} | {(haveStore ? d.StoreRssMib.ToString("0", Inv) : "-"),13} | {d.Load}"));
        }

        Console.WriteLine("  alloc MiB: GC.GetTotalAllocatedBytes deltas; with server GC some runs shift a few GiB between neighbouring deciles (the sum stays right), so it is not in the verdict");
        Console.WriteLine("  wait ms: sum of the requests' latencies (concurrent ones overlap); busy ms: wall time with a request in flight; wall - busy: our own work");
        Console.WriteLine("storage requests per report by kind (→ response status), by decile:");
        var kinds = deciles.SelectMany(d => d.Kinds.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var width = kinds.Length == 0 ? 4 : kinds.Max(k => k.Length);
        Console.WriteLine($"{"kind".PadRight(width)} | " + string.Join(" | ", deciles.Select(d => d.Number.ToString(Inv).PadLeft(5))));
        foreach (var kind in kinds)
        {
            Console.WriteLine($"{kind.PadRight(width)} | " + string.Join(" | ", deciles.Select(d => d.Kinds.GetValueOrDefault(kind).ToString("0.##", Inv).PadLeft(5))));
        }
    }
}

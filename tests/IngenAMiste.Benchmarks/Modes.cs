using System.Diagnostics;
using System.Globalization;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IngenAMiste.Benchmarks;

/// <summary>Small command-line modes that compare.sh times from outside (not BenchmarkDotNet).</summary>
internal static class Modes
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Samples", "arsrapport-2020-2021.pdf");

    /// <summary>Warm extraction + parse throughput of the in-process path, and the peak working set.</summary>
    public static int Throughput(string file, int iterations, int? workers = null)
    {
        var bytes = File.ReadAllBytes(file);
        var parser = new ReportParser(workers is { } w ? new ReportParserOptions { MaxDegreeOfParallelism = w } : null);
        var warm = Parse(parser, bytes);
        var pages = warm.Document.PageCount;
        using var me = Process.GetCurrentProcess();
        var cpuBefore = me.TotalProcessorTime;
        int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            Parse(parser, bytes);
        }

        sw.Stop();
        me.Refresh();
        var cpuSeconds = (me.TotalProcessorTime - cpuBefore).TotalSeconds;
        var gcs = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - gcBefore[g]));
        var allocatedMib = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0 / iterations;

        // The stages apart (one more round each), to see where the time goes. The structure guard is internal to the
        // parser library; it is reached by reflection here only to time it.
        var guard = typeof(ReportParser).Assembly.GetType("IngenAMiste.Reports.Extraction.PdfStructureGuard")!.GetMethod("Check")!;
        var stage = Stopwatch.StartNew();
        guard.Invoke(null, [bytes, CancellationToken.None]);
        var guardSeconds = stage.Elapsed.TotalSeconds;
        stage.Restart();
        var extracted = IngenAMiste.Reports.Extraction.PdfTextExtractor.Extract(bytes);
        var extractSeconds = stage.Elapsed.TotalSeconds;
        stage.Restart();
        IngenAMiste.Reports.Parsing.ReportTextParser.Parse(extracted);
        var parseSeconds = stage.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var pagesPerSecond = pages * iterations / sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(Inv,
            $"pages={pages} iterations={iterations} seconds={sw.Elapsed.TotalSeconds:0.000} pages_per_s={pagesPerSecond:0.0} cpu_s={cpuSeconds:0.000} pages_per_cpu_s={pages * iterations / cpuSeconds:0.0} peak_ws_mib={self.PeakWorkingSet64 / 1048576.0:0.0} gc012={gcs} alloc_mib_per_iter={allocatedMib:0} measures={warm.Measures.Count} guard_s={guardSeconds:0.000} extract_s={extractSeconds:0.000} textparse_s={parseSeconds:0.000}"));
        return 0;
    }

    /// <summary><c>dump FILE</c>: the extracted pages, blocks and lines (with font size, left edge, bold, links) and furniture, for comparing layouts.</summary>
    public static int Dump(string file)
    {
        var doc = IngenAMiste.Reports.Extraction.PdfTextExtractor.Extract(File.ReadAllBytes(file));
        foreach (var page in doc.Pages)
        {
            Console.WriteLine(string.Create(Inv, $"=== page {page.Number} ({page.Width:0}x{page.Height:0}) letters={page.LetterCount} links={page.Links.Count}"));
            foreach (var block in page.Blocks)
            {
                Console.WriteLine("  --");
                foreach (var line in block.Lines)
                {
                    var flags = (line.StartsBold ? "b" : "-") + (line.AllBold ? "B" : "-");
                    var links = line.LinkUris.Count > 0 ? " <" + string.Join(" ", line.LinkUris) + ">" : string.Empty;
                    Console.WriteLine(string.Create(Inv, $"  {line.FontSize,5:0.0} {line.Left,6:0.0} {flags} | {line.Text}{links}"));
                }
            }

            foreach (var f in page.Furniture)
            {
                Console.WriteLine(string.Create(Inv, $"  [furniture] {f.Text}"));
            }
        }

        foreach (var w in doc.Warnings)
        {
            Console.WriteLine("warning: " + w);
        }

        return 0;
    }

    private static ParsedReport Parse(ReportParser parser, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return parser.Parse(stream);
    }

    /// <summary>
    /// Stores synthetic reports (the sample's parse, 61 measures each) through <see cref="ReportStore.SaveAsync"/> until
    /// <paramref name="total"/> exist, 16 at a time. Each gets its own id and an as-of date one day earlier than the one
    /// before, so the reports pile up in Reports, Measures and the parse container while the first one stays the newest
    /// (the shape of a store that has kept many years of copies), and saves do not all contend for the current rows.
    /// Reports from number <paramref name="full"/> on are stored without measure sections (kind <c>other</c>: a parse
    /// blob and a Reports row each, no Measures/history rows): Azurite's in-memory table store finds a row by scanning
    /// every row with the same RowKey, so 61 measure rows per report make filling it with 10,000 reports quadratic.
    /// </summary>
    public static async Task<int> SeedAsync(string storage, int total, int full)
    {
        await using var services = await CliServices.StartAsync(storage, verbose: false, CancellationToken.None);
        var store = services.Get<ReportStore>();
        var parsed = Parse(new ReportParser(), File.ReadAllBytes(SamplePath));
        await store.Tables.EnsureCreatedAsync();
        var existing = 0;
        await foreach (var _ in store.Tables.Reports.QueryAsync<ReportRow>(select: ["RowKey"]))
        {
            existing++;
        }

        var sw = Stopwatch.StartNew();
        var baseDate = parsed.Document.AsOf ?? new DateOnly(2021, 9, 10);
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(existing, Math.Max(0, total - existing)), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var id = System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)));
            var report = i < full
                ? parsed with { Document = parsed.Document with { AsOf = baseDate.AddDays(-i) } }
                : parsed with { Document = parsed.Document with { AsOf = baseDate.AddDays(-i), Kind = DocumentKinds.Other }, Measures = [], Mentions = [] };
            await store.SaveAsync(id, report, $"bench/{i:D6}.pdf", 1000 + i, DateTimeOffset.UtcNow, ct);
            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                Console.Error.WriteLine(string.Create(Inv, $"  seeded {existing + done} ({done / sw.Elapsed.TotalSeconds:0.0}/s)"));
            }
        });
        sw.Stop();
        var added = Math.Max(0, total - existing);
        Console.WriteLine(string.Create(Inv, $"seeded={added} total={total} full={Math.Min(full, total)} seconds={sw.Elapsed.TotalSeconds:0.0} reports_per_s={(added == 0 ? 0 : added / sw.Elapsed.TotalSeconds):0.0}"));
        return 0;
    }

    /// <summary>The <c>ingen serve</c> web host, plus a static route with the same bytes as <c>/api/progress</c>.</summary>
    public static async Task<int> HostAsync(string storage, int port)
    {
        await using var services = await CliServices.StartAsync(storage, verbose: false, CancellationToken.None);
        await using var app = ServeCommand.Build(services, port, verbose: false);
        byte[] body = [];
        app.MapGet("/bench/static.json", () => Results.Bytes(body, "application/json; charset=utf-8"));
        await app.StartAsync();
        using (var http = new HttpClient())
        {
            body = await http.GetByteArrayAsync(new Uri($"http://127.0.0.1:{port}/api/progress"));
        }

        Console.WriteLine(string.Create(Inv, $"ready bytes={body.Length}"));
        using var stop = new CancellationTokenSource();
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM / Ctrl+C.
        }

        await app.StopAsync();
        return 0;
    }

    /// <summary>Uploads and ingests every PDF in <paramref name="dir"/>, one at a time, with per-decile costs (see <see cref="IngestScale"/>).</summary>
    public static Task<int> IngestAsync(string storage, string dir, int? storePid) => IngestScale.RunAsync(storage, dir, storePid);
}

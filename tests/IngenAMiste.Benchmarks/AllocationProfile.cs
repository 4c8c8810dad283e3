using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Extraction;

namespace IngenAMiste.Benchmarks;

/// <summary>
/// <c>allocations FILE</c>: what the extraction allocates, by type (sampled by the runtime's allocation tick, about every
/// 100 KB, small and large object heap apart), and why the collector ran (GC start reasons by generation).
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string file)
    {
        var bytes = File.ReadAllBytes(file);
        PdfTextExtractor.Extract(bytes, new ReportParserOptions { MaxDegreeOfParallelism = 1 });
        using var listener = new RuntimeListener();
        PdfTextExtractor.Extract(bytes, new ReportParserOptions { MaxDegreeOfParallelism = 1 });
        listener.Dispose();
        var inv = CultureInfo.InvariantCulture;
        var total = listener.Ticks.Values.Sum(v => v);
        Console.WriteLine(string.Create(inv, $"allocation ticks: {total} (~{total * 100 / 1024.0:0} MiB)"));
        foreach (var (key, count) in listener.Ticks.OrderByDescending(kv => kv.Value).Take(40))
        {
            Console.WriteLine(string.Create(inv, $"{count * 100.0 / total,6:0.0}%  {key}"));
        }

        foreach (var (key, count) in listener.GcReasons.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine(string.Create(inv, $"gc {key}: {count}"));
        }

        return 0;
    }

    private sealed class RuntimeListener : EventListener
    {
        public ConcurrentDictionary<string, int> Ticks { get; } = new();

        public ConcurrentDictionary<string, int> GcReasons { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } p)
            {
                var kind = Convert.ToInt32(p[e.PayloadNames!.IndexOf("AllocationKind")], CultureInfo.InvariantCulture) == 1 ? "LOH " : "SOH ";
                Ticks.AddOrUpdate(kind + p[e.PayloadNames.IndexOf("TypeName")], 1, (_, n) => n + 1);
            }
            else if (e.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true && e.Payload is { } s)
            {
                var key = $"gen{s[e.PayloadNames!.IndexOf("Depth")]} reason={s[e.PayloadNames.IndexOf("Reason")]} type={s[e.PayloadNames.IndexOf("Type")]}";
                GcReasons.AddOrUpdate(key, 1, (_, n) => n + 1);
            }
        }
    }
}

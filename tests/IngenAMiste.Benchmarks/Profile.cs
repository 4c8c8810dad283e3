using System.Diagnostics;
using System.Globalization;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Parsing;
using UglyToad.PdfPig;

namespace IngenAMiste.Benchmarks;

/// <summary>
/// <c>profile FILE</c>: on one thread, the time and allocation of PdfPig reading the pages (GetPage, which builds the
/// letters) against the whole extraction (the same plus the layout), and of the first and last tenth of the pages
/// (a per-page cost that grows with the page number shows a lookup that walks the page tree).
/// </summary>
internal static class Profile
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string file)
    {
        var bytes = File.ReadAllBytes(file);
        for (var round = 0; round < 2; round++)
        {
            var sw = Stopwatch.StartNew();
            var alloc = GC.GetTotalAllocatedBytes();
            using var doc = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, ClipPaths = false, SkipMissingFonts = true });
            var n = doc.NumberOfPages;
            var openSeconds = sw.Elapsed.TotalSeconds;
            var openMib = (GC.GetTotalAllocatedBytes() - alloc) / 1048576.0;
            var tenth = Math.Max(1, n / 10);
            double firstSeconds = 0, lastSeconds = 0, firstMib = 0, lastMib = 0, letters = 0;
            sw.Restart();
            var pagesAlloc = GC.GetTotalAllocatedBytes();
            for (var i = 1; i <= n; i++)
            {
                var t = sw.Elapsed.TotalSeconds;
                var a = GC.GetTotalAllocatedBytes();
                var page = doc.GetPage(i);
                letters += page.Letters.Count;
                var dt = sw.Elapsed.TotalSeconds - t;
                var da = (GC.GetTotalAllocatedBytes() - a) / 1048576.0;
                if (i <= tenth)
                {
                    firstSeconds += dt;
                    firstMib += da;
                }
                else if (i > n - tenth)
                {
                    lastSeconds += dt;
                    lastMib += da;
                }
            }

            var pagesSeconds = sw.Elapsed.TotalSeconds;
            var pagesMib = (GC.GetTotalAllocatedBytes() - pagesAlloc) / 1048576.0;
            sw.Restart();
            alloc = GC.GetTotalAllocatedBytes();
            PdfTextExtractor.Extract(bytes, new ReportParserOptions { MaxDegreeOfParallelism = 1 });
            var extractSeconds = sw.Elapsed.TotalSeconds;
            var extractMib = (GC.GetTotalAllocatedBytes() - alloc) / 1048576.0;
            Console.WriteLine(string.Create(Inv,
                $"round={round} pages={n} letters={letters} open={openSeconds:0.000}s/{openMib:0.0}MiB getpage={pagesSeconds:0.000}s/{pagesMib:0}MiB " +
                $"first10%={firstSeconds:0.000}s/{firstMib:0}MiB last10%={lastSeconds:0.000}s/{lastMib:0}MiB extract(1 worker)={extractSeconds:0.000}s/{extractMib:0}MiB"));
        }

        return 0;
    }
    /// <summary>Extracts FILE once, then runs the text parsing (structure, status, funding) N times on one thread: ms and MiB per parse.</summary>
    public static int TextParse(string file, int rounds)
    {
        var document = PdfTextExtractor.Extract(File.ReadAllBytes(file));
        for (var round = 0; round < rounds; round++)
        {
            var sw = Stopwatch.StartNew();
            var alloc = GC.GetTotalAllocatedBytes();
            var parsed = ReportTextParser.Parse(document);
            Console.WriteLine(string.Create(Inv,
                $"round={round} measures={parsed.Measures.Count} parse={sw.Elapsed.TotalMilliseconds:0.0}ms/{(GC.GetTotalAllocatedBytes() - alloc) / 1048576.0:0.00}MiB"));
        }

        return 0;
    }
}

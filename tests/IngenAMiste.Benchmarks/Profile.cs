using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace IngenAMiste.Benchmarks;

/// <summary><c>profile FILE</c>: the PdfPig stages the extractor runs per page, timed apart on one thread.</summary>
internal static class Profile
{
    public static int Run(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var t = new double[6];
        for (var round = 0; round < 2; round++)
        {
            Array.Clear(t);
            var sw = Stopwatch.StartNew();
            using var doc = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, ClipPaths = false, SkipMissingFonts = true });
            var n = doc.NumberOfPages;
            t[0] += sw.Elapsed.TotalSeconds;
            var segmenter = new DocstrumBoundingBoxes(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });
            for (var i = 1; i <= n; i++)
            {
                sw.Restart();
                var page = doc.GetPage(i);
                var letters = page.Letters;
                t[1] += sw.Elapsed.TotalSeconds; sw.Restart();
                var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
                t[2] += sw.Elapsed.TotalSeconds; sw.Restart();
                var blocks = words.Count == 0 ? [] : segmenter.GetBlocks(words);
                t[3] += sw.Elapsed.TotalSeconds; sw.Restart();
                if (blocks.Count > 1)
                {
                    if (UnsupervisedReadingOrderDetector.Instance.Get(blocks).Count() < 0) { Console.Write(string.Empty); }
                }

                t[4] += sw.Elapsed.TotalSeconds; sw.Restart();
                _ = page.GetHyperlinks().Count;
                _ = page.NumberOfImages;
                t[5] += sw.Elapsed.TotalSeconds;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"open={t[0]:0.000}s letters={t[1]:0.000}s words={t[2]:0.000}s docstrum={t[3]:0.000}s readingorder={t[4]:0.000}s links+images={t[5]:0.000}s"));
        return 0;
    }
}

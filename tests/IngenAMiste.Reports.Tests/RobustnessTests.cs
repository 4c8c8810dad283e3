using System.Diagnostics;
using IngenAMiste.Reports.Model;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests;

public sealed class RobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public void A_report_concatenated_40_times_keeps_one_measure_per_number_and_warns_in_bounded_time()
    {
        var report = File.ReadAllBytes(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf"));
        var merged = PdfMerger.Merge(Enumerable.Repeat(report, 40).ToList(), null);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        using var stream = new MemoryStream(merged);
        var parse = new ReportParser().Parse(stream);
        watch.Stop();
        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;
        output.WriteLine($"640 pages: {watch.Elapsed.TotalSeconds:0.0} s, {parse.Warnings.Count} warnings, retained ≈ {grown / 1024 / 1024} MiB");

        Assert.Equal(640, parse.Document.PageCount);
        Assert.Equal(DocumentKinds.AnnualReport, parse.Document.Kind);
        Assert.Equal(Enumerable.Range(1, 61), parse.Measures.Select(m => m.Number));
        Assert.Equal(6, parse.Goals.Count);
        Assert.Contains(parse.Warnings, w => w.Contains("Measure 1 appears 40 times", StringComparison.Ordinal));
        Assert.Contains(parse.Warnings, w => w.Contains("repeat", StringComparison.OrdinalIgnoreCase));
        Assert.True(parse.Warnings.Count < 200, "warnings are summarised per number, not per copy");

        // The first copy's measures are not polluted by the copies after them.
        var single = TestFiles.Parse(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf"));
        Assert.Equal(single.Measures.Select(m => (m.Number, m.Commitment, m.Status, m.StatusEvidence)), parse.Measures.Select(m => (m.Number, m.Commitment, m.Status, m.StatusEvidence)));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"took {watch.Elapsed}");
        Assert.True(grown < 512L * 1024 * 1024, $"retained {grown} bytes");
    }

    [Fact]
    public void A_document_without_structure_is_other_with_a_warning()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Referat fra arbeidsgruppen", 14, new UglyToad.PdfPig.Core.PdfPoint(60, 760), font);
        page.AddText("Tiltak: vi diskuterte tiltak for bedre samarbeid. Malet er mer kunnskap.", 10, new UglyToad.PdfPig.Core.PdfPoint(60, 730), font);
        using var stream = new MemoryStream(builder.Build());

        var parse = new ReportParser().Parse(stream);

        Assert.Equal(DocumentKinds.Other, parse.Document.Kind);
        Assert.Empty(parse.Measures);
        Assert.Empty(parse.Goals);
        Assert.Contains(parse.Warnings, w => w.Contains("other", StringComparison.Ordinal));
    }

    [Fact]
    public void The_json_form_uses_the_corpus_field_names()
    {
        var json = ReportJson.Serialize(TestFiles.Parse(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf")));
        foreach (var field in (string[])["\"measure_count_stated\"", "\"status_evidence\"", "\"amount_nok\"", "\"plan_period\"", "\"as_of\": \"2021-09-10\"", "\"status\": \"not_started\""])
        {
            Assert.Contains(field, json, StringComparison.Ordinal);
        }
    }
}

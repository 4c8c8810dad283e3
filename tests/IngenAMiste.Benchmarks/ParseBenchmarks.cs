using BenchmarkDotNet.Attributes;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Benchmarks;

/// <summary>
/// Parse time of the corpus report (16 pages), split into text extraction (PdfPig glyphs + PageLayout) and parsing
/// (structure, status, funding, links), and the whole path <c>ingen parse</c> takes.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _pdf = [];
    private ExtractedDocument _extracted = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "arsrapport-2020-2021.pdf"));
        _extracted = PdfTextExtractor.Extract(_pdf);
    }

    [Benchmark(Description = "extract (PdfPig glyphs + layout)")]
    public ExtractedDocument Extract() => PdfTextExtractor.Extract(_pdf);

    [Benchmark(Description = "parse (text → report)")]
    public object Parse() => ReportTextParser.Parse(_extracted);

    [Benchmark(Baseline = true, Description = "extract + parse")]
    public object ExtractAndParse()
    {
        using var stream = new MemoryStream(_pdf, writable: false);
        return new ReportParser().Parse(stream);
    }
}

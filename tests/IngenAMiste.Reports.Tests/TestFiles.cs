using System.Collections.Concurrent;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Tests;

/// <summary>Locates the test documents copied next to the test assembly, and caches parses shared by several tests.</summary>
internal static class TestFiles
{
    public static string Dir(string folder) => Path.Combine(AppContext.BaseDirectory, folder);

    public static string Corpus(string name) => Path.Combine(Dir("Corpus"), name);

    public const string AnnualReport = "arsrapport-2020-2021";
    public const string Slides = "psykiske-helsetjenester-slides";

    private static readonly ConcurrentDictionary<string, Lazy<ParsedReport>> Cache = new(StringComparer.Ordinal);

    /// <summary>The parse of a PDF (with the corpus annual report as catalogue when <paramref name="withCatalog"/>), computed once per test run.</summary>
    public static ParsedReport Parse(string pdfPath, bool withCatalog = false) =>
        Cache.GetOrAdd(pdfPath + "|" + withCatalog, _ => new Lazy<ParsedReport>(() =>
        {
            using var stream = File.OpenRead(pdfPath);
            return new ReportParser().Parse(stream, withCatalog ? Catalog : null);
        })).Value;

    public static MeasureCatalog Catalog => MeasureCatalog.FromReport(Parse(Corpus(AnnualReport + ".pdf")));
}

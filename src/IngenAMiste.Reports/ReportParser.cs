using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports;

/// <summary>Reads a report PDF into a <see cref="ParsedReport"/>.</summary>
public sealed class ReportParser(ReportParserOptions? options = null)
{
    private readonly ReportParserOptions _options = options ?? new ReportParserOptions();

    /// <summary>
    /// Parses the PDF in <paramref name="pdf"/> (any readable stream; it is not closed).
    /// Throws <see cref="ReportRejectedException"/> when the file cannot be read as a document.
    /// </summary>
    public ParsedReport Parse(Stream pdf, MeasureCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        _ = _options;
        _ = catalog;
        cancellationToken.ThrowIfCancellationRequested();
        return new ParsedReport { Document = new DocumentInfo { Kind = DocumentKinds.Other }, Warnings = ["parser not wired yet"] };
    }
}

using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports;

/// <summary>
/// Reads a report PDF into a <see cref="ParsedReport"/>: <see cref="PdfTextExtractor"/> (text layer and layout) followed by
/// <see cref="ReportTextParser"/> (structure, status, funding, links, mentions). The two steps can also be called apart.
/// </summary>
public sealed class ReportParser(ReportParserOptions? options = null)
{
    private readonly ReportParserOptions _options = options ?? new ReportParserOptions();

    /// <summary>
    /// Starts, on a thread-pool thread, the one-time set-up that the first parse in a process waits for: PdfPig's
    /// standard-font metrics (<see cref="PdfTextExtractor.WarmUp"/>). A process about to parse can call this first, so that
    /// the set-up runs on the other core while it starts. Calling it again does nothing; <see cref="Parse"/> calls it too.
    /// (The status classifier's phrase tables need no warming: their patterns are compiled when the library is built.)
    /// </summary>
    public static void WarmUp() => PdfTextExtractor.WarmUp();

    /// <summary>
    /// Parses the PDF in <paramref name="pdf"/> (any readable stream; it is not closed).
    /// Throws <see cref="ReportRejectedException"/> when the file cannot be read as a document, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled (checked between pages).
    /// </summary>
    public ParsedReport Parse(Stream pdf, MeasureCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var timeout = _options.Timeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        // The timer behind the token fires on the thread pool, late when the pool is busy; the clock decides too.
        void ThrowIfOverdue()
        {
            if (_options.Timeout is { } limit && System.Diagnostics.Stopwatch.GetElapsedTime(started) > limit)
            {
                timeout!.Cancel();
                token.ThrowIfCancellationRequested();
            }
        }

        try
        {
            WarmUp();
            var bytes = PdfTextExtractor.ReadAll(pdf);
            // Object graphs that would make PdfPig recurse until the stack overflows (which kills the process) are rejected first.
            PdfStructureGuard.Check(bytes, token);
            ThrowIfOverdue();
            var document = PdfTextExtractor.Extract(bytes, _options, token);
            ThrowIfOverdue();
            var parsed = ReportTextParser.Parse(document, catalog, token);
            ThrowIfOverdue();
            return parsed;
        }
        catch (OperationCanceledException ex) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ReportRejectedException(RejectionReason.TimedOut,
                $"Reading the PDF took longer than {_options.Timeout!.Value.TotalSeconds:0.#} s.", null, ex);
        }
    }
}

namespace IngenAMiste.Reports;

/// <summary>Limits on one parse, so an odd or hostile file cannot take the process down.</summary>
public sealed class ReportParserOptions
{
    /// <summary>Documents with more pages are rejected (<see cref="RejectionReason.TooManyPages"/>).</summary>
    public int MaxPages { get; set; } = 2000;

    /// <summary>
    /// When set, a parse that takes longer is stopped and rejected with <see cref="RejectionReason.TimedOut"/>.
    /// Independently, the caller's cancellation token is honoured between pages (it surfaces as <see cref="OperationCanceledException"/>).
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>How many pages are read at once (at most the number of cores).</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}

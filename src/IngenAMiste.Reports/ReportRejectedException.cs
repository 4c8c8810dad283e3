namespace IngenAMiste.Reports;

/// <summary>Why a file cannot be read as a report. Each value maps to a reason a person can act on.</summary>
public enum RejectionReason
{
    /// <summary>The file has no content.</summary>
    Empty,
    /// <summary>The content is not a PDF (another format renamed, or random bytes).</summary>
    NotPdf,
    /// <summary>The PDF is damaged or truncated beyond repair.</summary>
    Damaged,
    /// <summary>Opening the PDF requires a password.</summary>
    PasswordProtected,
    /// <summary>The pages are images (scanned) with no text layer.</summary>
    NoTextLayer,
    /// <summary>More pages than the configured limit.</summary>
    TooManyPages,
    /// <summary>Reading took longer than the configured limit.</summary>
    TimedOut,
}

/// <summary>The file cannot be read as a report, for a reason that retrying will not change.</summary>
public sealed class ReportRejectedException : Exception
{
    public ReportRejectedException(RejectionReason reason, string message, int? pageCount = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        PageCount = pageCount;
    }

    public ReportRejectedException() : this(RejectionReason.Damaged, "The file could not be read.") { }

    public ReportRejectedException(string message) : this(RejectionReason.Damaged, message) { }

    public ReportRejectedException(string message, Exception innerException) : this(RejectionReason.Damaged, message, null, innerException) { }

    public RejectionReason Reason { get; }

    /// <summary>The number of pages, where the file could be opened far enough to count them.</summary>
    public int? PageCount { get; }
}

using IngenAMiste.Storage.Progress;

namespace IngenAMiste.Summary.Model;

/// <summary>A measure whose status differs from the last summary's (<see cref="From"/> null: not in the last summary).</summary>
public sealed record SummaryChange(int Number, int Goal, string Commitment, string? From, string To, string? Evidence, string? ReportPeriod, int Page);

/// <summary>A report stored in the period.</summary>
public sealed record IngestedReport(string Id, string Kind, string? Title, string? ReportPeriod, string? AsOf, int MeasureCount, int WarningCount, string SourceBlob, DateTimeOffset IngestedAt);

/// <summary>An upload that was rejected or failed in the period: a person has to act.</summary>
public sealed record IngestionProblem(string BlobName, string Outcome, string? ReasonCode, string? ReasonNorwegian, DateTimeOffset At, int Attempts);

/// <summary>An earlier period whose summary was never delivered.</summary>
public sealed record MissedSummary(string Period, DateTimeOffset Occurrence, string State, string? Error, int Attempts);

/// <summary>Everything one summary says, before it is rendered.</summary>
public sealed record ProgressSummary
{
    /// <summary>The period: the schedule occurrence, and its key.</summary>
    public required DateTimeOffset Occurrence { get; init; }
    public required string Period { get; init; }

    /// <summary>The moment the data was read; the end of the window.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The start of the window: when the last summary was made; null for the first summary (everything so far).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The period of the last summary, or null.</summary>
    public string? BaselinePeriod { get; init; }
    public DateTimeOffset? BaselineOccurrence { get; init; }

    public required StatusCounts Counts { get; init; }

    /// <summary>The counts in the last summary, or null.</summary>
    public StatusCounts? PreviousCounts { get; init; }

    public IReadOnlyList<GoalSummary> Goals { get; init; } = [];
    public IReadOnlyList<SummaryChange> Changes { get; init; } = [];
    public IReadOnlyList<IngestedReport> Reports { get; init; } = [];
    public IReadOnlyList<IngestionProblem> Problems { get; init; } = [];
    public IReadOnlyList<MissedSummary> MissedSummaries { get; init; } = [];

    /// <summary>The newest report period among the measures' current statuses.</summary>
    public string? LatestReportPeriod { get; init; }

    public string? DashboardUrl { get; init; }

    /// <summary>Measure number (D3) → status code: stored with the summary for the next one to compare with.</summary>
    public IReadOnlyDictionary<string, string> Snapshot { get; init; } = new Dictionary<string, string>();

    public bool IsFirst => BaselinePeriod is null;

    /// <summary>Anything to tell beyond the standing counts.</summary>
    public bool HasNews => IsFirst || Changes.Count > 0 || Reports.Count > 0 || Problems.Count > 0 || MissedSummaries.Count > 0;
}

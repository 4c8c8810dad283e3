using IngenAMiste.Reports.Model;

namespace IngenAMiste.Storage.Progress;

/// <summary>Counts of measures by status.</summary>
public sealed record StatusCounts(int NotStarted, int Planned, int InProgress, int Completed)
{
    public int Total => NotStarted + Planned + InProgress + Completed;

    /// <summary>The count of one status.</summary>
    public int Get(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => NotStarted,
        MeasureStatus.Planned => Planned,
        MeasureStatus.InProgress => InProgress,
        MeasureStatus.Completed => Completed,
        _ => 0,
    };

    /// <summary>Share completed (0–1).</summary>
    public double CompletionShare => Total == 0 ? 0 : Math.Round((double)Completed / Total, 4);

    public static StatusCounts Of(IEnumerable<string> statuses)
    {
        int n = 0, p = 0, i = 0, c = 0;
        foreach (var s in statuses)
        {
            switch (s)
            {
                case "not_started": n++; break;
                case "planned": p++; break;
                case "in_progress": i++; break;
                case "completed": c++; break;
            }
        }

        return new StatusCounts(n, p, i, c);
    }
}

/// <summary>One goal (Mål): its title and the status counts of its measures.</summary>
public sealed record GoalSummary(int Goal, string? Title, StatusCounts Counts);

public sealed record MinistrySummary(string Ministry, StatusCounts Counts);

public sealed record FundingTotal(int? Year, long AmountNok, int Allocations);

public sealed record PeriodSummary(string Period, string ReportId, string? AsOf, StatusCounts Counts);

public sealed record ReportReference(string Id, string? Title, string? ReportPeriod, string? AsOf);

/// <summary>The plan's state: what <c>GET /api/progress</c> returns.</summary>
public sealed record PlanProgress(
    string? AsOf,
    ReportReference? Report,
    int MeasureCount,
    StatusCounts Counts,
    IReadOnlyList<GoalSummary> Goals,
    IReadOnlyList<MinistrySummary> Ministries,
    IReadOnlyList<FundingTotal> Funding,
    IReadOnlyList<PeriodSummary> Periods);

/// <summary>A measure with its latest status: what <c>GET /api/measures</c> lists.</summary>
public sealed record MeasureSummary(
    int Number,
    int Goal,
    string Commitment,
    IReadOnlyList<string> Ministries,
    string Status,
    string? StatusEvidence,
    IReadOnlyList<Funding> Funding,
    IReadOnlyList<string> Urls,
    string? ReportPeriod,
    string? AsOf,
    string ReportId,
    int Page);

/// <summary>One entry of a measure's timeline.</summary>
public sealed record MeasureTimelineEntry(
    string ReportPeriod,
    string? AsOf,
    string ReportId,
    string Status,
    string? StatusEvidence,
    IReadOnlyList<Funding> Funding,
    IReadOnlyList<string> Urls,
    int Page);

public sealed record MeasureDetail(MeasureSummary Current, IReadOnlyList<MeasureTimelineEntry> Timeline);

/// <summary>A measure whose status differs between two report periods.</summary>
public sealed record StatusChange(
    int Number,
    int Goal,
    string Commitment,
    string FromStatus,
    string ToStatus,
    /// <summary>forward (towards completed), backward, or unchanged rank.</summary>
    string Direction,
    string? FromEvidence,
    string? ToEvidence);

public sealed record IngestionSummary(
    string BlobName,
    string Outcome,
    string? ReasonCode,
    string? Reason,
    string? ReasonNorwegian,
    string? ReportId,
    long ContentLength,
    int? PageCount,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    double DurationMs,
    int Attempts);

public sealed record ReportSummary(
    string Id,
    string Kind,
    string? Title,
    string? PlanPeriod,
    string? ReportPeriod,
    string? AsOf,
    int PageCount,
    string SourceBlob,
    DateTimeOffset IngestedAt,
    int GoalCount,
    int MeasureCount,
    int? MeasureCountStated,
    int MentionCount,
    int WarningCount,
    IReadOnlyList<string> Warnings);

public sealed record ReportDetail(
    ReportSummary Report,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MeasureSummary> Measures,
    IReadOnlyList<IngestionSummary> Ingestions);

public sealed record ReportsOverview(IReadOnlyList<ReportSummary> Reports, IReadOnlyList<IngestionSummary> Ingestions);

/// <summary>Filters of <c>GET /api/measures</c>, already validated.</summary>
public sealed record MeasureFilter(int? Goal = null, string? Ministry = null, string? Status = null, string? Text = null);

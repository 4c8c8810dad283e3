using Azure;
using Azure.Data.Tables;

namespace IngenAMiste.Storage.Tables;

/// <summary>What every table row carries.</summary>
public abstract class TableRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}

/// <summary>Table <c>Reports</c>: one row per distinct report (by content hash). PK "report", RK = SHA-256 of the content.</summary>
public sealed class ReportRow : TableRow
{
    public const string Partition = "report";

    /// <summary><see cref="ReportStates"/>: Pending while its rows are written, Complete when all are in place.</summary>
    public string State { get; set; } = ReportStates.Pending;
    public string Kind { get; set; } = "";
    public string? Title { get; set; }
    public string? PlanPeriod { get; set; }
    public string? ReportPeriod { get; set; }
    /// <summary>ISO date (yyyy-MM-dd).</summary>
    public string? AsOf { get; set; }
    public int PageCount { get; set; }
    public long ContentLength { get; set; }
    public string Sha256 { get; set; } = "";
    /// <summary>The blob the report was first ingested from.</summary>
    public string SourceBlob { get; set; } = "";
    public DateTimeOffset IngestedAt { get; set; }
    public int GoalCount { get; set; }
    public int MeasureCount { get; set; }
    public int? MeasureCountStated { get; set; }
    public int MentionCount { get; set; }
    public int WarningCount { get; set; }
    /// <summary>JSON array of warnings (shortened if it would not fit; the full list is in the parse blob).</summary>
    public string WarningsJson { get; set; } = "[]";
    /// <summary>JSON array of goals {number, title}.</summary>
    public string GoalsJson { get; set; } = "[]";
    /// <summary>JSON array of mentions {measure, evidence} (presentations and other documents).</summary>
    public string MentionsJson { get; set; } = "[]";
    /// <summary>Blob name, in the parsed container, of the full parse as JSON.</summary>
    public string ParsedBlob { get; set; } = "";
}

public static class ReportStates
{
    public const string Pending = "Pending";
    public const string Complete = "Complete";
    /// <summary>Being removed by an administrator; hidden from readers like Pending.</summary>
    public const string Deleting = "Deleting";
}

/// <summary>The fields of a measure as one report states them; shared by the three measure tables.</summary>
public abstract class MeasureFields : TableRow
{
    public int Number { get; set; }
    public int Goal { get; set; }
    public string Commitment { get; set; } = "";
    /// <summary>Ministry codes, comma-separated (HOD,BFD,KD).</summary>
    public string Ministries { get; set; } = "";
    /// <summary>not_started, planned, in_progress or completed.</summary>
    public string Status { get; set; } = "";
    public string? StatusEvidence { get; set; }
    /// <summary>JSON array of {amount_nok, year, evidence}.</summary>
    public string FundingJson { get; set; } = "[]";
    /// <summary>JSON array of URLs.</summary>
    public string UrlsJson { get; set; } = "[]";
    public int Page { get; set; }
    public string ReportId { get; set; } = "";
    public string? ReportPeriod { get; set; }
    public string? AsOf { get; set; }
    /// <summary>How many measures the report that states this found: between reports of the same period and as-of date, the more complete parse wins.</summary>
    public int ReportMeasureCount { get; set; }
    /// <summary>How many warnings (unreadable pages, gaps) that report's parse had: with as many measures, fewer warnings win.</summary>
    public int ReportWarningCount { get; set; }
}

/// <summary>Table <c>Measures</c>: the latest parse of each report. PK = report id, RK = measure number (D3).</summary>
public sealed class MeasureRow : MeasureFields;

/// <summary>Table <c>MeasureHistory</c>: PK = measure number (D3), RK = report period; one measure's timeline is one partition.</summary>
public sealed class MeasureHistoryRow : MeasureFields
{
    public DateTimeOffset IngestedAt { get; set; }
}

/// <summary>
/// Table <c>Progress</c>, partition <c>current</c>: each measure's latest status (from the newest report that covers it),
/// maintained at ingestion with ETag-conditional writes, so reading the plan's state costs one small partition
/// whatever the number of reports stored.
/// </summary>
public sealed class CurrentStatusRow : MeasureFields
{
    public const string Partition = "current";

    public DateTimeOffset IngestedAt { get; set; }

    /// <summary>JSON array of every allocation reported for the measure in any report (by year and amount), for funding totals.</summary>
    public string KnownFundingJson { get; set; } = "[]";
}

/// <summary>
/// Table <c>Progress</c>, partition <c>period</c>: status counts of each report period (from the newest report of that
/// period), for the trend over the years. RK = report period.
/// </summary>
public sealed class PeriodSummaryRow : TableRow
{
    public const string Partition = "period";

    public string ReportId { get; set; } = "";
    public string? Title { get; set; }
    public string? AsOf { get; set; }
    public int NotStarted { get; set; }
    public int Planned { get; set; }
    public int InProgress { get; set; }
    public int Completed { get; set; }
    public int MeasureCount { get; set; }
    /// <summary>Warnings of the report's parse (a tie-break between reports of the same as-of date, like <see cref="MeasureCount"/>).</summary>
    public int WarningCount { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
}

/// <summary>Table <c>Ingestions</c>: one row per blob version processed. PK = escaped blob name, RK = escaped blob ETag.</summary>
public sealed class IngestionRow : TableRow
{
    public string BlobName { get; set; } = "";
    public string BlobETag { get; set; } = "";
    public long ContentLength { get; set; }
    public string? Sha256 { get; set; }
    /// <summary><see cref="Ingestion.IngestionOutcomes"/>.</summary>
    public string Outcome { get; set; } = "";
    /// <summary>Machine-readable reason (e.g. PasswordProtected, TooLarge, Duplicate).</summary>
    public string? ReasonCode { get; set; }
    /// <summary>What happened and what to do, in English (logs, API).</summary>
    public string? Reason { get; set; }
    /// <summary>The same in Norwegian, for the dashboard and e-mail.</summary>
    public string? ReasonNorwegian { get; set; }
    public string? ReportId { get; set; }
    public int? PageCount { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public double DurationMs { get; set; }
    public int Attempts { get; set; }
}

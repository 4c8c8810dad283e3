using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Summary.Tables;

/// <summary>
/// Table <c>Summaries</c>: one row per summary. Scheduled summaries: PK <c>scheduled</c>, RK = the period (the schedule
/// occurrence in UTC, <c>2025-01-06T07:00:00Z</c>), so the row is the period's claim: inserted before sending, conditional
/// on not existing, and updated with its ETag. Ad-hoc sends from the CLI: PK <c>manual</c>; they never count as the
/// "last summary" the next one is compared with.
/// </summary>
public sealed class SummaryRow : TableRow
{
    public const string ScheduledPartition = "scheduled";
    public const string ManualPartition = "manual";

    /// <summary><see cref="SummaryStates"/>.</summary>
    public string State { get; set; } = SummaryStates.Sending;

    /// <summary>The schedule occurrence the period stands for.</summary>
    public DateTimeOffset Occurrence { get; set; }

    /// <summary>When the current claim was taken, and by whom (machine/process/instance).</summary>
    public DateTimeOffset ClaimedAt { get; set; }
    public string ClaimedBy { get; set; } = "";

    /// <summary>How many times the period has been claimed (1 + retries after a failure or a crash).</summary>
    public int Attempts { get; set; }

    /// <summary>The timer said it fired late (the host was down at the occurrence).</summary>
    public bool IsPastDue { get; set; }

    /// <summary>What the summary covers: events after <see cref="WindowStart"/> (none: everything so far) up to <see cref="WindowEnd"/>.</summary>
    public DateTimeOffset? WindowStart { get; set; }
    public DateTimeOffset? WindowEnd { get; set; }

    /// <summary>The period of the summary this one was compared with; none for the first.</summary>
    public string? BaselinePeriod { get; set; }

    /// <summary>
    /// JSON object measure number (D3) → status code, as included in the summary: the next summary's changes are
    /// computed against it.
    /// </summary>
    public string? SnapshotJson { get; set; }

    public int NotStarted { get; set; }
    public int Planned { get; set; }
    public int InProgress { get; set; }
    public int Completed { get; set; }
    public int Total { get; set; }
    public int ChangedCount { get; set; }
    public int ReportCount { get; set; }
    public int ProblemCount { get; set; }

    /// <summary>Ids (SHA-256) of the reports listed as new, comma-separated.</summary>
    public string? ReportIds { get; set; }

    public string? Subject { get; set; }
    public string? MessageId { get; set; }

    /// <summary>The addresses it went to, comma-separated.</summary>
    public string? Recipients { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed (for the log and the next summary).</summary>
    public string? Error { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
}

public static class SummaryStates
{
    /// <summary>Claimed; being built and sent (or the sender crashed: claimable again after Summary:ClaimTimeout).</summary>
    public const string Sending = "Sending";
    /// <summary>Delivered to the SMTP server. Final.</summary>
    public const string Sent = "Sent";
    /// <summary>Sending failed; claimable again at once (a retry), and reported in the next summary if never sent.</summary>
    public const string Failed = "Failed";
    /// <summary>Nothing new and Summary:SendWhenUnchanged is false. Final.</summary>
    public const string Skipped = "Skipped";
}

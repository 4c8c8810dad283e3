using IngenAMiste.Summary;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions;

/// <summary>
/// The progress summary by e-mail, on the schedule in the app setting <c>Summary__Schedule</c> (NCRONTAB, UTC; weekly,
/// Monday 07:00 by default). The host resolves <c>%…%</c> by looking the name up in its configuration, where that app
/// setting is <c>Summary:Schedule</c>: hence the colon (<c>%Summary__Schedule%</c> does not resolve). The service
/// sends each period once, however often and on however many instances the timer fires; a failed send throws, and the
/// retry below sends it.
/// </summary>
public sealed class SendProgressSummary(ProgressSummaryService summaries)
{
    [Function(nameof(SendProgressSummary))]
    [FixedDelayRetry(3, "00:05:00")]
    public Task<SummaryRunResult> Run(
        [TimerTrigger("%Summary:Schedule%")] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return summaries.RunScheduledAsync(timer.IsPastDue, cancellationToken);
    }
}

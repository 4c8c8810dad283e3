using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using IngenAMiste.Storage;
using IngenAMiste.Summary.Model;
using IngenAMiste.Summary.Options;
using IngenAMiste.Summary.Rendering;
using IngenAMiste.Summary.Scheduling;
using IngenAMiste.Summary.Sending;
using IngenAMiste.Summary.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace IngenAMiste.Summary;

/// <summary>What a run did.</summary>
public enum SummaryRunOutcome
{
    /// <summary>This run sent the period's summary.</summary>
    Sent,
    /// <summary>The period's summary had already been sent: nothing done.</summary>
    AlreadySent,
    /// <summary>Another run (instance) holds a fresh claim on the period: nothing done.</summary>
    ClaimedElsewhere,
    /// <summary>Nothing new and <c>Summary:SendWhenUnchanged</c> is false: recorded as skipped, nothing sent.</summary>
    Skipped,
    /// <summary>The period had already been skipped: nothing done.</summary>
    AlreadySkipped,
}

public sealed record SummaryRunResult(
    SummaryRunOutcome Outcome,
    string Period,
    DateTimeOffset Occurrence,
    int Attempts,
    string? MessageId = null,
    string? Subject = null,
    IReadOnlyList<string>? Recipients = null,
    int Changes = 0);

/// <summary>
/// The progress summary: builds it, sends it, and makes sure each period (schedule occurrence) is sent once.
/// <para>
/// Exactly once per period: before anything is sent, the period is claimed in table <c>Summaries</c> with a conditional
/// insert (an existing row means someone else has it: 409). A claim whose send failed (<see cref="SummaryStates.Failed"/>)
/// or that was left <see cref="SummaryStates.Sending"/> longer than <c>Summary:ClaimTimeout</c> (a crash) is taken over
/// with an ETag-conditional update, so only one of several contenders wins. The outcome is recorded on the claim after
/// the send, with the status snapshot the next summary is compared with.
/// </para>
/// </summary>
public sealed class ProgressSummaryService
{
    private const int MaxErrorChars = 2000;
    private readonly SummaryBuilder _builder;
    private readonly SummaryTables _tables;
    private readonly SmtpSummarySender _sender;
    private readonly IOptions<SummaryOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ProgressSummaryService> _logger;
    private readonly string _deployment;
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public ProgressSummaryService(
        SummaryBuilder builder, SummaryTables tables, SmtpSummarySender sender, StorageConnection connection, IOptions<StorageOptions> storage,
        IOptions<SummaryOptions> options, TimeProvider time, ILogger<ProgressSummaryService> logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(storage);
        _builder = builder;
        _tables = tables;
        _sender = sender;
        _options = options;
        _time = time;
        _logger = logger;
        var identity = Encoding.UTF8.GetBytes(connection.Tables.Uri.GetLeftPart(UriPartial.Path) + "|" + storage.Value.TablePrefix);
        _deployment = Convert.ToHexStringLower(SHA256.HashData(identity))[..10];
    }

    public SummarySchedule Schedule => SummarySchedule.Parse(_options.Value.Schedule);

    /// <summary>
    /// The scheduled run (the timer function, <c>ingen summary --send</c>): sends the summary of the period the current
    /// time belongs to, unless it has been sent, skipped or claimed already. A failed send is recorded on the claim
    /// (claimable again at once) and rethrown, so the runtime's retry can send it.
    /// </summary>
    public async Task<SummaryRunResult> RunScheduledAsync(bool isPastDue, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var occurrence = Schedule.PeriodOf(now);
        var period = SummarySchedule.Key(occurrence);
        if (isPastDue)
        {
            _logger.LogWarning("The summary timer fired late (past due) at {Now:O}; sending the summary of period {Period} once, now.", now, period);
        }

        // Settings first (where no host validated them at start): a misconfiguration must not leave a failed claim behind.
        var recipients = _sender.DefaultRecipients;
        _ = _sender.From;

        await _tables.EnsureCreatedAsync(cancellationToken);
        var (claim, existing) = await ClaimAsync(period, occurrence, now, isPastDue, cancellationToken);
        if (claim is null)
        {
            var outcome = existing?.State switch
            {
                SummaryStates.Sent => SummaryRunOutcome.AlreadySent,
                SummaryStates.Skipped => SummaryRunOutcome.AlreadySkipped,
                _ => SummaryRunOutcome.ClaimedElsewhere,
            };
            _logger.LogInformation("Summary of period {Period}: {Outcome} ({State}, claimed {ClaimedAt:O} by {ClaimedBy}); nothing sent.",
                period, outcome, existing?.State, existing?.ClaimedAt, existing?.ClaimedBy);
            return new SummaryRunResult(outcome, period, occurrence, existing?.Attempts ?? 0, existing?.MessageId, existing?.Subject, Split(existing?.Recipients));
        }

        ProgressSummary summary;
        RenderedSummary rendered;
        string messageId;
        try
        {
            var (baseline, missed) = await HistoryAsync(period, cancellationToken);
            summary = await _builder.BuildAsync(occurrence, period, _time.GetUtcNow(), baseline, missed, cancellationToken);
            if (!summary.HasNews && !_options.Value.SendWhenUnchanged)
            {
                await RecordAsync(claim, summary, SummaryStates.Skipped, null, null, null);
                _logger.LogInformation("Summary of period {Period} skipped: nothing new since {Baseline} and Summary:SendWhenUnchanged is false.", period, summary.BaselinePeriod);
                return new SummaryRunResult(SummaryRunOutcome.Skipped, period, occurrence, claim.Attempts);
            }

            rendered = SummaryRenderer.Render(summary);
            messageId = ScheduledMessageId(period);
            await _sender.SendAsync(rendered, recipients, messageId, _time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Summary of period {Period} was not sent (attempt {Attempt}); the claim is left Failed for a retry.", period, claim.Attempts);
            await RecordFailureAsync(claim, e);
            throw;
        }

        await RecordAsync(claim, summary, SummaryStates.Sent, rendered, recipients, messageId);
        _logger.LogInformation("Summary of period {Period} sent to {Recipients}: {Subject}", period, string.Join(", ", recipients.Select(r => r.Address)), rendered.Subject);
        return new SummaryRunResult(SummaryRunOutcome.Sent, period, occurrence, claim.Attempts, messageId, rendered.Subject,
            recipients.Select(r => r.Address).ToArray(), summary.Changes.Count);
    }

    /// <summary>
    /// The summary as it would be sent now (<c>ingen summary</c>): the current period, compared with the last summary sent.
    /// Reads only; needs no SMTP settings.
    /// </summary>
    public async Task<(ProgressSummary Summary, RenderedSummary Rendered)> PreviewAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var occurrence = Schedule.PeriodOf(now);
        await _tables.EnsureCreatedAsync(cancellationToken);
        var (baseline, missed) = await HistoryAsync(beforePeriod: null, cancellationToken);
        var summary = await _builder.BuildAsync(occurrence, SummarySchedule.Key(occurrence), now, baseline, missed, cancellationToken);
        return (summary, SummaryRenderer.Render(summary));
    }

    /// <summary>
    /// Sends the preview to <paramref name="recipients"/> (<c>ingen summary --send --to ADDR</c>): an extra copy outside the
    /// schedule. It is recorded (partition <c>manual</c>) but claims no period and is not what the next summary compares with.
    /// </summary>
    public async Task<SummaryRunResult> SendAdHocAsync(IReadOnlyList<MailboxAddress> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var (summary, rendered) = await PreviewAsync(cancellationToken);
        var messageId = MimeUtils.GenerateMessageId(Domain());
        var sentAt = _time.GetUtcNow();
        await _sender.SendAsync(rendered, recipients, messageId, sentAt, cancellationToken);
        var row = NewRow(SummaryRow.ManualPartition, $"{summary.Period}~{sentAt.UtcTicks}~{Guid.NewGuid():N}"[..], summary.Occurrence, sentAt, isPastDue: false);
        Fill(row, summary, SummaryStates.Sent, rendered, recipients, messageId);
        await _tables.Summaries.AddEntityAsync(row, cancellationToken);
        return new SummaryRunResult(SummaryRunOutcome.Sent, summary.Period, summary.Occurrence, 1, messageId, rendered.Subject,
            recipients.Select(r => r.Address).ToArray(), summary.Changes.Count);
    }

    /// <summary>The recorded summaries (scheduled and manual), newest first.</summary>
    public async Task<IReadOnlyList<SummaryRow>> GetHistoryAsync(CancellationToken cancellationToken = default)
    {
        await _tables.EnsureCreatedAsync(cancellationToken);
        var rows = new List<SummaryRow>();
        await foreach (var row in _tables.Summaries.QueryAsync<SummaryRow>(cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows.OrderByDescending(r => r.ClaimedAt).ToArray();
    }

    /// <summary>
    /// Claims <paramref name="period"/>: a new row (conditional insert), or a Failed or stale Sending row taken over with
    /// its ETag. Returns the claimed row, or null and the row that stands in the way.
    /// </summary>
    private async Task<(SummaryRow? Claim, SummaryRow? Existing)> ClaimAsync(string period, DateTimeOffset occurrence, DateTimeOffset now, bool isPastDue, CancellationToken cancellationToken)
    {
        SummaryRow? existing = null;
        for (var round = 0; round < 3; round++)
        {
            var response = await _tables.Summaries.GetEntityIfExistsAsync<SummaryRow>(SummaryRow.ScheduledPartition, period, cancellationToken: cancellationToken);
            existing = response.HasValue ? response.Value : null;
            if (existing is null)
            {
                var row = NewRow(SummaryRow.ScheduledPartition, period, occurrence, now, isPastDue);
                try
                {
                    var added = await _tables.Summaries.AddEntityAsync(row, cancellationToken);
                    row.ETag = added.Headers.ETag ?? throw new InvalidOperationException("The table service returned no ETag.");
                    return (row, null);
                }
                catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
                {
                    _logger.LogInformation("Period {Period} was claimed by another run at the same moment.", period);
                    continue;
                }
            }

            var stale = existing.State == SummaryStates.Sending && now - existing.ClaimedAt >= _options.Value.ClaimTimeout;
            if (existing.State != SummaryStates.Failed && !stale)
            {
                return (null, existing);
            }

            var previousState = existing.State;
            var previousClaim = existing.ClaimedBy;
            existing.State = SummaryStates.Sending;
            existing.ClaimedAt = now;
            existing.ClaimedBy = _instance;
            existing.Attempts++;
            existing.IsPastDue |= isPastDue;
            try
            {
                var updated = await _tables.Summaries.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                existing.ETag = updated.Headers.ETag ?? throw new InvalidOperationException("The table service returned no ETag.");
                _logger.LogWarning("Period {Period} taken over for attempt {Attempt}: it was {State} (claim by {PreviousClaim}).", period, existing.Attempts, previousState, previousClaim);
                return (existing, null);
            }
            catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                _logger.LogInformation("Period {Period} was taken over by another run at the same moment.", period);
            }
        }

        return (null, existing);
    }

    /// <summary>
    /// The last scheduled summary sent (before <paramref name="beforePeriod"/>, if given) — what the next one is compared
    /// with — and the periods after it that were never delivered.
    /// </summary>
    private async Task<(SummaryRow? Baseline, IReadOnlyList<SummaryRow> Missed)> HistoryAsync(string? beforePeriod, CancellationToken cancellationToken)
    {
        var filter = beforePeriod is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {SummaryRow.ScheduledPartition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {SummaryRow.ScheduledPartition} and RowKey lt {beforePeriod}");
        var rows = new List<SummaryRow>();
        await foreach (var row in _tables.Summaries.QueryAsync<SummaryRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var baseline = rows.Where(r => r.State == SummaryStates.Sent).MaxBy(r => r.RowKey, StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        var missed = rows
            .Where(r => baseline is null || string.CompareOrdinal(r.RowKey, baseline.RowKey) > 0)
            .Where(r => r.State == SummaryStates.Failed || (r.State == SummaryStates.Sending && now - r.ClaimedAt >= _options.Value.ClaimTimeout))
            .OrderBy(r => r.RowKey, StringComparer.Ordinal)
            .ToArray();
        return (baseline, missed);
    }

    private SummaryRow NewRow(string partition, string rowKey, DateTimeOffset occurrence, DateTimeOffset now, bool isPastDue) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        State = SummaryStates.Sending,
        Occurrence = occurrence,
        ClaimedAt = now,
        ClaimedBy = _instance,
        Attempts = 1,
        IsPastDue = isPastDue,
    };

    private static void Fill(SummaryRow row, ProgressSummary summary, string state, RenderedSummary? rendered, IReadOnlyList<MailboxAddress>? recipients, string? messageId)
    {
        row.State = state;
        row.WindowStart = summary.Since;
        row.WindowEnd = summary.GeneratedAt;
        row.BaselinePeriod = summary.BaselinePeriod;
        row.SnapshotJson = SummaryBuilder.WriteSnapshot(summary.Snapshot);
        row.NotStarted = summary.Counts.NotStarted;
        row.Planned = summary.Counts.Planned;
        row.InProgress = summary.Counts.InProgress;
        row.Completed = summary.Counts.Completed;
        row.Total = summary.Counts.Total;
        row.ChangedCount = summary.Changes.Count;
        row.ReportCount = summary.Reports.Count;
        row.ProblemCount = summary.Problems.Count;
        row.ReportIds = string.Join(',', summary.Reports.Select(r => r.Id));
        row.Subject = rendered?.Subject;
        row.MessageId = messageId;
        row.Recipients = recipients is null ? null : string.Join(',', recipients.Select(r => r.Address));
        row.SentAt = state == SummaryStates.Sent ? summary.GeneratedAt : null;
        row.Error = null;
        row.FailedAt = null;
    }

    /// <summary>Records the outcome on our claim; if the claim was taken over meanwhile, says so instead of overwriting.</summary>
    private async Task RecordAsync(SummaryRow claim, ProgressSummary summary, string state, RenderedSummary? rendered, IReadOnlyList<MailboxAddress>? recipients, string? messageId)
    {
        Fill(claim, summary, state, rendered, recipients, messageId);
        if (state == SummaryStates.Sent)
        {
            claim.SentAt = _time.GetUtcNow();
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var updated = await _tables.Summaries.UpdateEntityAsync(claim, claim.ETag, TableUpdateMode.Replace, timeout.Token);
            claim.ETag = updated.Headers.ETag ?? claim.ETag;
        }
        catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.PreconditionFailed)
        {
            _logger.LogError("Period {Period} ended {State} here, but its claim was taken over meanwhile (this run took longer than Summary:ClaimTimeout); it may have been sent twice.",
                claim.RowKey, state);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or IOException or HttpRequestException)
        {
            _logger.LogError(e, "Period {Period} ended {State}, but recording it failed; after Summary:ClaimTimeout another run may send it again.", claim.RowKey, state);
        }
    }

    private async Task RecordFailureAsync(SummaryRow claim, Exception exception)
    {
        claim.State = SummaryStates.Failed;
        var error = $"{exception.GetType().Name}: {exception.Message}";
        claim.Error = error.Length > MaxErrorChars ? error[..MaxErrorChars] : error;
        claim.FailedAt = _time.GetUtcNow();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var updated = await _tables.Summaries.UpdateEntityAsync(claim, claim.ETag, TableUpdateMode.Replace, timeout.Token);
            claim.ETag = updated.Headers.ETag ?? claim.ETag;
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or IOException or HttpRequestException)
        {
            _logger.LogWarning(e, "Could not record the failure of period {Period}; the claim becomes claimable after Summary:ClaimTimeout.", claim.RowKey);
        }
    }

    /// <summary>
    /// The same Message-ID for every attempt at one period of one deployment: should a crash between the SMTP server's
    /// acceptance and the record lead to a second send, receiving systems that de-duplicate by Message-ID drop it.
    /// </summary>
    private string ScheduledMessageId(string period) =>
        $"summary.{period.Replace("-", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal)}.{_deployment}@{Domain()}";

    private string Domain()
    {
        var domain = _sender.From.Domain;
        return string.IsNullOrWhiteSpace(domain) ? "ingen-a-miste.invalid" : domain;
    }

    private static string[] Split(string? list) => string.IsNullOrEmpty(list) ? [] : list.Split(',');
}

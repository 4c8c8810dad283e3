using System.Text.Json;
using Azure.Data.Tables;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Progress;
using IngenAMiste.Storage.Tables;
using IngenAMiste.Summary.Model;
using IngenAMiste.Summary.Options;
using IngenAMiste.Summary.Tables;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Summary;

/// <summary>
/// Reads the tables into a <see cref="ProgressSummary"/>: the current status of every measure (table Progress,
/// partition <c>current</c>) compared with the snapshot stored with the last summary sent, the reports stored and the
/// uploads rejected or failed since then, and earlier periods whose summary was never delivered.
/// </summary>
public sealed class SummaryBuilder(ProgressQueries progress, ReportTables reportTables, IOptions<SummaryOptions> options)
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public async Task<ProgressSummary> BuildAsync(
        DateTimeOffset occurrence, string period, DateTimeOffset now, SummaryRow? baseline, IReadOnlyList<SummaryRow> missed,
        CancellationToken cancellationToken = default)
    {
        var state = await progress.GetProgressAsync(cancellationToken);
        var previous = baseline is null ? null : ReadSnapshot(baseline.SnapshotJson);
        var since = baseline?.WindowEnd;

        var snapshot = state.Measures.ToDictionary(m => m.RowKey, m => m.Status, StringComparer.Ordinal);
        var changes = new List<SummaryChange>();
        if (previous is not null)
        {
            foreach (var measure in state.Measures)
            {
                previous.TryGetValue(measure.RowKey, out var before);
                if (before != measure.Status)
                {
                    changes.Add(new SummaryChange(measure.Number, measure.Goal, measure.Commitment, before, measure.Status,
                        measure.StatusEvidence, measure.ReportPeriod, measure.Page));
                }
            }
        }

        var reports = await progress.GetReportsAsync(cancellationToken);
        var goalTitles = GoalTitles(reports);
        var newReports = reports
            .Where(r => (since is null || r.IngestedAt > since) && r.IngestedAt <= now)
            .OrderBy(r => r.IngestedAt)
            .Select(r => new IngestedReport(r.RowKey, r.Kind, r.Title, r.ReportPeriod, r.AsOf, r.MeasureCount, r.WarningCount, r.SourceBlob, r.IngestedAt))
            .ToArray();

        return new ProgressSummary
        {
            Occurrence = occurrence,
            Period = period,
            GeneratedAt = now,
            Since = since,
            BaselinePeriod = baseline?.RowKey,
            BaselineOccurrence = baseline?.Occurrence,
            Counts = StatusCounts.Of(state.Measures.Select(m => m.Status)),
            PreviousCounts = previous is null ? null : StatusCounts.Of(previous.Values),
            Goals = state.Goals.Select(g => g with { Title = goalTitles.GetValueOrDefault(g.Goal) }).ToArray(),
            Changes = changes,
            Reports = newReports,
            Problems = await ProblemsAsync(since, now, cancellationToken),
            MissedSummaries = missed.Select(m => new MissedSummary(m.RowKey, m.Occurrence, m.State, m.Error, m.Attempts)).ToArray(),
            LatestReportPeriod = state.Measures.Select(m => m.ReportPeriod).Where(p => p is not null).Max(StringComparer.Ordinal),
            DashboardUrl = string.IsNullOrWhiteSpace(options.Value.DashboardUrl) ? null : options.Value.DashboardUrl,
            Snapshot = snapshot,
        };
    }

    public static string WriteSnapshot(IReadOnlyDictionary<string, string> snapshot) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(snapshot.ToDictionary(), StringComparer.Ordinal), Compact);

    public static Dictionary<string, string> ReadSnapshot(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    /// <summary>Uploads that ended Rejected or Failed in the window: they need a person.</summary>
    private async Task<IReadOnlyList<IngestionProblem>> ProblemsAsync(DateTimeOffset? since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await reportTables.EnsureCreatedAsync(cancellationToken);
        var filter = since is { } start
            ? TableClient.CreateQueryFilter($"(Outcome eq {IngestionOutcomes.Rejected} or Outcome eq {IngestionOutcomes.Failed}) and CompletedAt gt {start} and CompletedAt le {now}")
            : TableClient.CreateQueryFilter($"(Outcome eq {IngestionOutcomes.Rejected} or Outcome eq {IngestionOutcomes.Failed}) and CompletedAt le {now}");
        var problems = new List<IngestionProblem>();
        await foreach (var row in reportTables.Ingestions.QueryAsync<IngestionRow>(filter, cancellationToken: cancellationToken))
        {
            problems.Add(new IngestionProblem(row.BlobName, row.Outcome, row.ReasonCode, row.ReasonNorwegian, row.CompletedAt ?? row.StartedAt, row.Attempts));
        }

        return problems.OrderBy(p => p.At).ThenBy(p => p.BlobName, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Goal titles from the newest annual report that names them.</summary>
    private static Dictionary<int, string> GoalTitles(IReadOnlyList<ReportRow> reportsNewestFirst)
    {
        foreach (var report in reportsNewestFirst.Where(r => r.Kind == DocumentKinds.AnnualReport && r.GoalCount > 0))
        {
            try
            {
                var goals = JsonSerializer.Deserialize<List<Goal>>(report.GoalsJson, ReportJson.Options);
                if (goals is { Count: > 0 })
                {
                    return goals.GroupBy(g => g.Number).ToDictionary(g => g.Key, g => g.First().Title);
                }
            }
            catch (JsonException)
            {
                // A row written by another version; try an older report.
            }
        }

        return [];
    }
}

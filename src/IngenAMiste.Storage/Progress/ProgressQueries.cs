using Azure.Data.Tables;
using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Storage.Progress;

/// <summary>Status counts of one goal (Mål), from each measure's latest status.</summary>
public sealed record GoalProgress(int Goal, int NotStarted, int Planned, int InProgress, int Completed)
{
    public int Total => NotStarted + Planned + InProgress + Completed;

    /// <summary>Share of the goal's measures that are completed (0–1).</summary>
    public double CompletionShare => Total == 0 ? 0 : (double)Completed / Total;
}

/// <summary>The plan's state: each measure's latest status, counted per goal.</summary>
public sealed record ProgressSnapshot(IReadOnlyList<CurrentStatusRow> Measures, IReadOnlyList<GoalProgress> Goals)
{
    public int Total => Measures.Count;

    public int Count(string status) => Measures.Count(m => m.Status == status);
}

/// <summary>Reads the precomputed current-status rows: one partition, whatever the number of reports stored.</summary>
public sealed class ProgressQueries(ReportTables tables)
{
    public async Task<ProgressSnapshot> GetProgressAsync(CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var rows = new List<CurrentStatusRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition}");
        await foreach (var row in tables.Progress.QueryAsync<CurrentStatusRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        rows.Sort((a, b) => a.Number.CompareTo(b.Number));
        var goals = rows.GroupBy(r => r.Goal).OrderBy(g => g.Key).Select(g => new GoalProgress(
            g.Key,
            g.Count(r => r.Status == "not_started"),
            g.Count(r => r.Status == "planned"),
            g.Count(r => r.Status == "in_progress"),
            g.Count(r => r.Status == "completed"))).ToArray();
        return new ProgressSnapshot(rows, goals);
    }

    /// <summary>Every complete report, newest period first.</summary>
    public async Task<IReadOnlyList<ReportRow>> GetReportsAsync(CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var rows = new List<ReportRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReportRow.Partition} and State eq {ReportStates.Complete}");
        await foreach (var row in tables.Reports.QueryAsync<ReportRow>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows.OrderByDescending(r => r.ReportPeriod, StringComparer.Ordinal).ThenByDescending(r => r.AsOf, StringComparer.Ordinal).ToArray();
    }
}

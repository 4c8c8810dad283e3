using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Storage.Progress;

/// <summary>The plan's state: each measure's latest status, counted per goal (titles are not read here).</summary>
public sealed record ProgressSnapshot(IReadOnlyList<CurrentStatusRow> Measures, IReadOnlyList<GoalSummary> Goals)
{
    public int Total => Measures.Count;

    public int Count(string status) => Measures.Count(m => m.Status == status);
}

/// <summary>
/// Reads what ingestion precomputed. The plan's state is the <c>Progress</c> table's <c>current</c> and
/// <c>period</c> partitions (a few dozen rows), so its cost does not grow with the number of reports stored.
/// Every filter from a caller goes through <see cref="TableClient.CreateQueryFilter(FormattableString)"/>.
/// </summary>
public sealed class ProgressQueries(ReportTables tables)
{
    private static readonly JsonSerializerOptions Json = new(ReportJson.Options) { WriteIndented = false };

    public async Task<ProgressSnapshot> GetProgressAsync(CancellationToken cancellationToken = default)
    {
        var rows = await CurrentRowsAsync(null, cancellationToken);
        var goals = rows.GroupBy(r => r.Goal).OrderBy(g => g.Key)
            .Select(g => new GoalSummary(g.Key, Title: null, StatusCounts.Of(g.Select(r => r.Status)))).ToArray();
        return new ProgressSnapshot(rows, goals);
    }

    /// <summary>The plan's current state, counted overall, per goal, per ministry; funding per year; status per report period.</summary>
    public async Task<PlanProgress> GetPlanProgressAsync(CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var current = new List<CurrentStatusRow>();
        var periods = new List<PeriodSummaryRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition} or PartitionKey eq {PeriodSummaryRow.Partition}");
        await foreach (var entity in tables.Progress.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.PartitionKey == CurrentStatusRow.Partition)
            {
                current.Add(ToCurrent(entity));
            }
            else
            {
                periods.Add(ToPeriod(entity));
            }
        }

        current.Sort((a, b) => a.Number.CompareTo(b.Number));
        var newestPeriod = periods.OrderByDescending(p => p.RowKey, StringComparer.Ordinal).FirstOrDefault();
        var goalTitles = await GoalTitlesAsync(newestPeriod?.ReportId, cancellationToken);
        var goals = current.GroupBy(r => r.Goal).OrderBy(g => g.Key)
            .Select(g => new GoalSummary(g.Key, goalTitles.GetValueOrDefault(g.Key), StatusCounts.Of(g.Select(r => r.Status)))).ToArray();
        var ministries = current
            .SelectMany(r => SplitMinistries(r.Ministries).Select(m => (Ministry: m, r.Status)))
            .GroupBy(x => x.Ministry, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MinistrySummary(g.Key, StatusCounts.Of(g.Select(x => x.Status)))).ToArray();
        var funding = current
            .SelectMany(r => JsonSerializer.Deserialize<List<Funding>>(r.KnownFundingJson, Json) ?? [])
            .GroupBy(f => f.Year)
            .OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new FundingTotal(g.Key, g.Sum(f => f.AmountNok), g.Count())).ToArray();
        var periodSummaries = periods.OrderBy(p => p.RowKey, StringComparer.Ordinal)
            .Select(p => new PeriodSummary(p.RowKey, p.ReportId, p.AsOf, new StatusCounts(p.NotStarted, p.Planned, p.InProgress, p.Completed))).ToArray();
        var newestMeasure = current.OrderByDescending(r => r.ReportPeriod, StringComparer.Ordinal).ThenByDescending(r => r.AsOf, StringComparer.Ordinal).FirstOrDefault();
        ReportReference? report = newestMeasure is null
            ? null
            : new ReportReference(newestMeasure.ReportId, periods.FirstOrDefault(p => p.ReportId == newestMeasure.ReportId)?.Title, newestMeasure.ReportPeriod, newestMeasure.AsOf);
        return new PlanProgress(newestMeasure?.AsOf, report, current.Count, StatusCounts.Of(current.Select(r => r.Status)), goals, ministries, funding, periodSummaries);
    }

    public async Task<IReadOnlyList<MeasureSummary>> GetMeasuresAsync(MeasureFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = await CurrentRowsAsync(filter, cancellationToken);
        IEnumerable<CurrentStatusRow> selected = rows;
        if (filter.Ministry is not null)
        {
            selected = selected.Where(r => SplitMinistries(r.Ministries).Contains(filter.Ministry, StringComparer.OrdinalIgnoreCase));
        }

        if (filter.Text is not null)
        {
            selected = selected.Where(r => r.Commitment.Contains(filter.Text, StringComparison.CurrentCultureIgnoreCase));
        }

        return selected.Select(ToSummary).ToArray();
    }

    public async Task<MeasureDetail?> GetMeasureAsync(int number, CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var key = TableKeys.Measure(number);
        var current = await tables.Progress.GetEntityIfExistsAsync<CurrentStatusRow>(CurrentStatusRow.Partition, key, cancellationToken: cancellationToken);
        if (!current.HasValue || current.Value is null)
        {
            return null;
        }

        var timeline = new List<MeasureTimelineEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {key}");
        await foreach (var row in tables.MeasureHistory.QueryAsync<MeasureHistoryRow>(filter, cancellationToken: cancellationToken))
        {
            timeline.Add(new MeasureTimelineEntry(row.RowKey, row.AsOf, row.ReportId, row.Status, row.StatusEvidence, Funding(row.FundingJson), Urls(row.UrlsJson), row.Page));
        }

        return new MeasureDetail(ToSummary(current.Value), timeline.OrderBy(t => t.ReportPeriod, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Measures whose status differs between the two report periods (both must exist).</summary>
    public async Task<IReadOnlyList<StatusChange>?> GetChangesAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var before = await PeriodRowsAsync(from, cancellationToken);
        var after = await PeriodRowsAsync(to, cancellationToken);
        if (before.Count == 0 || after.Count == 0)
        {
            return null;
        }

        var changes = new List<StatusChange>();
        foreach (var (number, now) in after.OrderBy(p => p.Key))
        {
            if (before.TryGetValue(number, out var then) && then.Status != now.Status)
            {
                var direction = Rank(now.Status).CompareTo(Rank(then.Status)) switch { > 0 => "forward", < 0 => "backward", _ => "same" };
                changes.Add(new StatusChange(number, now.Goal, now.Commitment, then.Status, now.Status, direction, then.StatusEvidence, now.StatusEvidence));
            }
        }

        return changes;
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

    public async Task<ReportsOverview> GetReportsOverviewAsync(CancellationToken cancellationToken = default)
    {
        var reports = await GetReportsAsync(cancellationToken);
        var ingestions = new List<IngestionSummary>();
        await foreach (var row in tables.Ingestions.QueryAsync<IngestionRow>(cancellationToken: cancellationToken))
        {
            ingestions.Add(ToSummary(row));
        }

        return new ReportsOverview(reports.Select(ToSummary).ToArray(), ingestions.OrderByDescending(i => i.StartedAt).ToArray());
    }

    public async Task<ReportDetail?> GetReportAsync(string id, CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var response = await tables.Reports.GetEntityIfExistsAsync<ReportRow>(ReportRow.Partition, id, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { State: ReportStates.Complete } report)
        {
            return null;
        }

        var measures = new List<MeasureSummary>();
        await foreach (var row in tables.Measures.QueryAsync<MeasureRow>(TableClient.CreateQueryFilter($"PartitionKey eq {id}"), cancellationToken: cancellationToken))
        {
            measures.Add(ToSummary(row));
        }

        var ingestions = new List<IngestionSummary>();
        await foreach (var row in tables.Ingestions.QueryAsync<IngestionRow>(TableClient.CreateQueryFilter($"ReportId eq {id}"), cancellationToken: cancellationToken))
        {
            ingestions.Add(ToSummary(row));
        }

        return new ReportDetail(
            ToSummary(report),
            JsonSerializer.Deserialize<List<Goal>>(report.GoalsJson, Json) ?? [],
            JsonSerializer.Deserialize<List<Mention>>(report.MentionsJson, Json) ?? [],
            measures.OrderBy(m => m.Number).ToArray(),
            ingestions.OrderByDescending(i => i.StartedAt).ToArray());
    }

    /// <summary>Ingestions that ended at or after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<IngestionSummary>> GetIngestionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var list = new List<IngestionSummary>();
        await foreach (var row in tables.Ingestions.QueryAsync<IngestionRow>(TableClient.CreateQueryFilter($"StartedAt ge {since}"), cancellationToken: cancellationToken))
        {
            list.Add(ToSummary(row));
        }

        return list.OrderBy(i => i.StartedAt).ToArray();
    }

    private static int Rank(string status) => status switch
    {
        "not_started" => 0,
        "planned" => 1,
        "in_progress" => 2,
        "completed" => 3,
        _ => -1,
    };

    private async Task<Dictionary<int, MeasureHistoryRow>> PeriodRowsAsync(string period, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<int, MeasureHistoryRow>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableKeys.Escape(period)}");
        await foreach (var row in tables.MeasureHistory.QueryAsync<MeasureHistoryRow>(filter, cancellationToken: cancellationToken))
        {
            rows[row.Number] = row;
        }

        return rows;
    }

    private async Task<List<CurrentStatusRow>> CurrentRowsAsync(MeasureFilter? filter, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var query = filter switch
        {
            { Goal: { } goal, Status: { } status } => TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition} and Goal eq {goal} and Status eq {status}"),
            { Goal: { } goal } => TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition} and Goal eq {goal}"),
            { Status: { } status } => TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition} and Status eq {status}"),
            _ => TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition}"),
        };
        var rows = new List<CurrentStatusRow>();
        await foreach (var row in tables.Progress.QueryAsync<CurrentStatusRow>(query, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        rows.Sort((a, b) => a.Number.CompareTo(b.Number));
        return rows;
    }

    private async Task<Dictionary<int, string>> GoalTitlesAsync(string? reportId, CancellationToken cancellationToken)
    {
        if (reportId is null)
        {
            return [];
        }

        var report = await tables.Reports.GetEntityIfExistsAsync<ReportRow>(ReportRow.Partition, reportId, select: ["GoalsJson"], cancellationToken: cancellationToken);
        if (!report.HasValue || report.Value is null)
        {
            return [];
        }

        return (JsonSerializer.Deserialize<List<Goal>>(report.Value.GoalsJson, Json) ?? []).GroupBy(g => g.Number).ToDictionary(g => g.Key, g => g.First().Title);
    }

    private static CurrentStatusRow ToCurrent(TableEntity e) => new()
    {
        PartitionKey = e.PartitionKey,
        RowKey = e.RowKey,
        Number = e.GetInt32(nameof(CurrentStatusRow.Number)) ?? 0,
        Goal = e.GetInt32(nameof(CurrentStatusRow.Goal)) ?? 0,
        Commitment = e.GetString(nameof(CurrentStatusRow.Commitment)) ?? "",
        Ministries = e.GetString(nameof(CurrentStatusRow.Ministries)) ?? "",
        Status = e.GetString(nameof(CurrentStatusRow.Status)) ?? "",
        StatusEvidence = e.GetString(nameof(CurrentStatusRow.StatusEvidence)),
        FundingJson = e.GetString(nameof(CurrentStatusRow.FundingJson)) ?? "[]",
        KnownFundingJson = e.GetString(nameof(CurrentStatusRow.KnownFundingJson)) ?? "[]",
        UrlsJson = e.GetString(nameof(CurrentStatusRow.UrlsJson)) ?? "[]",
        ReportId = e.GetString(nameof(CurrentStatusRow.ReportId)) ?? "",
        ReportPeriod = e.GetString(nameof(CurrentStatusRow.ReportPeriod)),
        AsOf = e.GetString(nameof(CurrentStatusRow.AsOf)),
        Page = e.GetInt32(nameof(CurrentStatusRow.Page)) ?? 0,
    };

    private static PeriodSummaryRow ToPeriod(TableEntity e) => new()
    {
        PartitionKey = e.PartitionKey,
        RowKey = e.RowKey,
        ReportId = e.GetString(nameof(PeriodSummaryRow.ReportId)) ?? "",
        Title = e.GetString(nameof(PeriodSummaryRow.Title)),
        AsOf = e.GetString(nameof(PeriodSummaryRow.AsOf)),
        NotStarted = e.GetInt32(nameof(PeriodSummaryRow.NotStarted)) ?? 0,
        Planned = e.GetInt32(nameof(PeriodSummaryRow.Planned)) ?? 0,
        InProgress = e.GetInt32(nameof(PeriodSummaryRow.InProgress)) ?? 0,
        Completed = e.GetInt32(nameof(PeriodSummaryRow.Completed)) ?? 0,
        MeasureCount = e.GetInt32(nameof(PeriodSummaryRow.MeasureCount)) ?? 0,
    };

    private static MeasureSummary ToSummary(MeasureFields r) => new(
        r.Number, r.Goal, r.Commitment, SplitMinistries(r.Ministries), r.Status, r.StatusEvidence,
        Funding(r.FundingJson), Urls(r.UrlsJson), r.ReportPeriod, r.AsOf, r.ReportId, r.Page);

    private static ReportSummary ToSummary(ReportRow r) => new(
        r.RowKey, r.Kind, r.Title, r.PlanPeriod, r.ReportPeriod, r.AsOf, r.PageCount, r.SourceBlob, r.IngestedAt,
        r.GoalCount, r.MeasureCount, r.MeasureCountStated, r.MentionCount, r.WarningCount,
        JsonSerializer.Deserialize<List<string>>(r.WarningsJson, Json) ?? []);

    private static IngestionSummary ToSummary(IngestionRow r) => new(
        r.BlobName, r.Outcome, r.ReasonCode, r.Reason, r.ReasonNorwegian, r.ReportId, r.ContentLength, r.PageCount,
        r.StartedAt, r.CompletedAt, Math.Round(r.DurationMs, 1), r.Attempts);

    private static string[] SplitMinistries(string ministries) =>
        ministries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlyList<Funding> Funding(string json) => JsonSerializer.Deserialize<List<Funding>>(json, Json) ?? [];

    private static IReadOnlyList<string> Urls(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];
}

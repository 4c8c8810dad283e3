using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Storage.Tables;

/// <summary>
/// Writes a parsed report into the tables so that readers never see half of it: the measure rows first
/// (one transaction per partition), then history and current status, and the <c>Reports</c> row marked
/// <see cref="ReportStates.Complete"/> last. Every write is an upsert or conditional, so a retry after a
/// crash converges on the same rows.
/// </summary>
public sealed class ReportStore(ReportTables tables)
{
    /// <summary>Table Storage allows 64 KiB per string property (32K UTF-16 characters); stay well below.</summary>
    internal const int MaxStringChars = 30_000;

    private const int MaxBatch = 100;
    private static readonly JsonSerializerOptions CompactJson = new(ReportJson.Options) { WriteIndented = false };
    private const int MaxConcurrencyRetries = 20;

    public ReportTables Tables => tables;

    public async Task<ReportRow?> GetReportAsync(string reportId, CancellationToken cancellationToken = default)
    {
        var response = await tables.Reports.GetEntityIfExistsAsync<ReportRow>(ReportRow.Partition, reportId, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Stores the parse of the content with SHA-256 <paramref name="reportId"/>, first seen as <paramref name="sourceBlob"/>.</summary>
    public async Task<ReportRow> SaveAsync(string reportId, ParsedReport report, string sourceBlob, long contentLength, DateTimeOffset ingestedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await tables.EnsureCreatedAsync(cancellationToken);

        var row = ToReportRow(reportId, report, sourceBlob, contentLength, ingestedAt);

        // 1. The whole parse, as the parser returned it, beside the tables.
        var json = BinaryData.FromString(ReportJson.Serialize(report));
        await tables.ParsedContainer.GetBlobClient(row.ParsedBlob).UploadAsync(json, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
        }, cancellationToken);

        // 2. The report row, hidden from readers until complete. Only inserted: a row that exists (Pending from a failed
        //    attempt, or Complete from a concurrent ingestion of the same bytes) is never turned back to Pending.
        var inserted = false;
        if (await GetReportAsync(reportId, cancellationToken) is null)
        {
            try
            {
                await tables.Reports.AddEntityAsync(row, cancellationToken);
                inserted = true;
            }
            catch (RequestFailedException e) when (e.Status == (int)HttpStatusCode.Conflict)
            {
                // A concurrent ingestion of the same content inserted it first.
            }
        }

        // 3. Measure rows: one partition per report, transactions of at most 100 operations. Measure rows are only
        //    written after the report row exists, so a report row this call inserted has none to clean up.
        var measures = report.Measures.GroupBy(m => m.Number).Select(g => g.First()).OrderBy(m => m.Number).ToArray();
        await WriteMeasuresAsync(reportId, report, measures, removeStale: !inserted, cancellationToken);

        // 4. History and current status only come from annual reports that say which period they cover.
        if (report.Document.Kind == DocumentKinds.AnnualReport)
        {
            var period = PeriodKey(report.Document);
            await WriteHistoryAsync(measures.Select(m => ToRow<MeasureHistoryRow>(reportId, report, m, TableKeys.Measure(m.Number), period, ingestedAt)).ToArray(), period, cancellationToken);
            await UpdateCurrentStatusAsync(reportId, report, measures, ingestedAt, cancellationToken);
            await UpsertPeriodSummaryAsync(reportId, report, measures, period, ingestedAt, cancellationToken);
        }

        // 5. Complete, last.
        return await CompleteAsync(row, cancellationToken);
    }

    /// <summary>
    /// Marks the report row complete, keeping when and as which blob the content was first seen. Conditional on the ETag
    /// read, so a concurrent ingestion of the same content cannot make the first blob name be replaced by a later one.
    /// </summary>
    private async Task<ReportRow> CompleteAsync(ReportRow row, CancellationToken cancellationToken)
    {
        row.State = ReportStates.Complete;
        var ingestedAt = row.IngestedAt;
        var sourceBlob = row.SourceBlob;
        for (var attempt = 0; ; attempt++)
        {
            var existing = await GetReportAsync(row.RowKey, cancellationToken);
            row.IngestedAt = existing?.IngestedAt ?? ingestedAt;
            row.SourceBlob = existing?.SourceBlob ?? sourceBlob;
            try
            {
                if (existing is null)
                {
                    await tables.Reports.AddEntityAsync(row, cancellationToken);
                }
                else
                {
                    await tables.Reports.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return row;
            }
            catch (RequestFailedException e) when (IsConcurrencyConflict(e) && attempt < MaxConcurrencyRetries)
            {
                await Backoff(attempt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Removes a report's rows (admin): its measures, its history entries, and the current status and period counts it
    /// provided, which fall back to the newest remaining report. The uploaded blob and the Ingestions rows stay.
    /// Returns false when there is no such report.
    /// </summary>
    public async Task<bool> DeleteAsync(string reportId, CancellationToken cancellationToken = default)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var report = await GetReportAsync(reportId, cancellationToken);
        if (report is null)
        {
            return false;
        }

        // Hide it first: readers only list Complete reports.
        report.State = ReportStates.Deleting;
        await tables.Reports.UpsertEntityAsync(report, TableUpdateMode.Replace, cancellationToken);

        var measureRows = new List<TableTransactionAction>();
        await foreach (var row in tables.Measures.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {reportId}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            measureRows.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        }

        foreach (var chunk in measureRows.Chunk(MaxBatch))
        {
            await tables.Measures.SubmitTransactionAsync(chunk, cancellationToken);
        }

        var affected = new List<(string Measure, string Period)>();
        await foreach (var row in tables.MeasureHistory.QueryAsync<MeasureHistoryRow>(TableClient.CreateQueryFilter($"ReportId eq {reportId}"), cancellationToken: cancellationToken))
        {
            try
            {
                // Conditional: a concurrent ingestion that replaced the row with another report's keeps it.
                await tables.MeasureHistory.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
            {
                // Already replaced or removed; the rebuild below reads what is there now.
            }

            affected.Add((row.PartitionKey, row.RowKey));
        }

        await RefillHistoryAsync(reportId, affected, cancellationToken);

        foreach (var measure in affected.Select(a => a.Measure).Distinct(StringComparer.Ordinal))
        {
            await RebuildCurrentStatusAsync(measure, cancellationToken);
        }

        foreach (var period in affected.Select(a => a.Period).Distinct(StringComparer.Ordinal))
        {
            await RebuildPeriodSummaryAsync(period, reportId, cancellationToken);
        }

        await tables.ParsedContainer.DeleteBlobIfExistsAsync(report.ParsedBlob, cancellationToken: cancellationToken);
        await tables.Reports.DeleteEntityAsync(ReportRow.Partition, reportId, ETag.All, cancellationToken);
        return true;
    }

    /// <summary>
    /// History keeps one row per measure and period, so the rows the deleted report provided are filled again from the
    /// best remaining report of the same period that has the measure (another copy of the report, or an earlier as-of
    /// date), ranked as at ingestion. The writes are the same conditional upserts as at ingestion.
    /// </summary>
    private async Task RefillHistoryAsync(string deletedReportId, IReadOnlyList<(string Measure, string Period)> affected, CancellationToken cancellationToken)
    {
        if (affected.Count == 0)
        {
            return;
        }

        var periods = affected.Select(a => a.Period).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<ReportRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReportRow.Partition} and State eq {ReportStates.Complete} and Kind eq {DocumentKinds.AnnualReport}");
        await foreach (var report in tables.Reports.QueryAsync<ReportRow>(filter, cancellationToken: cancellationToken))
        {
            if (report.RowKey != deletedReportId && periods.Contains(report.ReportPeriod ?? report.AsOf ?? "unknown"))
            {
                candidates.Add(report);
            }
        }

        // Best first.
        candidates.Sort((a, b) => Precedence(b.ReportPeriod, b.AsOf, b.MeasureCount, b.WarningCount, b.RowKey, a.ReportPeriod, a.AsOf, a.MeasureCount, a.WarningCount, a.RowKey));
        await Parallel.ForEachAsync(affected, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            foreach (var report in candidates.Where(r => (r.ReportPeriod ?? r.AsOf ?? "unknown") == item.Period))
            {
                var measure = await tables.Measures.GetEntityIfExistsAsync<MeasureRow>(report.RowKey, item.Measure, cancellationToken: ct);
                if (measure.HasValue && measure.Value is { } m)
                {
                    var history = new MeasureHistoryRow
                    {
                        PartitionKey = item.Measure,
                        RowKey = item.Period,
                        Number = m.Number,
                        Goal = m.Goal,
                        Commitment = m.Commitment,
                        Ministries = m.Ministries,
                        Status = m.Status,
                        StatusEvidence = m.StatusEvidence,
                        FundingJson = m.FundingJson,
                        UrlsJson = m.UrlsJson,
                        Page = m.Page,
                        ReportId = report.RowKey,
                        ReportPeriod = report.ReportPeriod,
                        AsOf = report.AsOf,
                        ReportMeasureCount = report.MeasureCount,
                        ReportWarningCount = report.WarningCount,
                        IngestedAt = report.IngestedAt,
                    };
                    await UpsertHistoryAsync(history, ct);
                    return;
                }
            }
        });
    }

    /// <summary>The measure's current status from its newest remaining history entry (or none), with every allocation still known.</summary>
    private async Task RebuildCurrentStatusAsync(string measureKey, CancellationToken cancellationToken)
    {
        var history = new List<MeasureHistoryRow>();
        await foreach (var row in tables.MeasureHistory.QueryAsync<MeasureHistoryRow>(TableClient.CreateQueryFilter($"PartitionKey eq {measureKey}"), cancellationToken: cancellationToken))
        {
            history.Add(row);
        }

        var newest = history.Aggregate((MeasureHistoryRow?)null, (best, row) => best is null || IsNewerOrSame(row, best) ? row : best);
        if (newest is null)
        {
            await tables.Progress.DeleteEntityAsync(CurrentStatusRow.Partition, measureKey, ETag.All, cancellationToken);
            return;
        }

        var current = new CurrentStatusRow
        {
            PartitionKey = CurrentStatusRow.Partition,
            RowKey = measureKey,
            Number = newest.Number,
            Goal = newest.Goal,
            Commitment = newest.Commitment,
            Ministries = newest.Ministries,
            Status = newest.Status,
            StatusEvidence = newest.StatusEvidence,
            FundingJson = newest.FundingJson,
            UrlsJson = newest.UrlsJson,
            Page = newest.Page,
            ReportId = newest.ReportId,
            ReportPeriod = newest.ReportPeriod,
            AsOf = newest.AsOf,
            ReportMeasureCount = newest.ReportMeasureCount,
            ReportWarningCount = newest.ReportWarningCount,
            IngestedAt = newest.IngestedAt,
            KnownFundingJson = history.Aggregate("[]", (known, row) =>
                MergeFunding(known, JsonSerializer.Deserialize<List<Funding>>(row.FundingJson, CompactJson) ?? [])),
        };
        await tables.Progress.UpsertEntityAsync(current, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The period's counts from the remaining history rows of that period, if the deleted report provided them.</summary>
    private async Task RebuildPeriodSummaryAsync(string period, string deletedReportId, CancellationToken cancellationToken)
    {
        var existing = await tables.Progress.GetEntityIfExistsAsync<PeriodSummaryRow>(PeriodSummaryRow.Partition, period, cancellationToken: cancellationToken);
        if (!existing.HasValue || existing.Value is not { } summary || summary.ReportId != deletedReportId)
        {
            return;
        }

        var rows = new List<MeasureHistoryRow>();
        await foreach (var row in tables.MeasureHistory.QueryAsync<MeasureHistoryRow>(TableClient.CreateQueryFilter($"RowKey eq {period}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            await tables.Progress.DeleteEntityAsync(PeriodSummaryRow.Partition, period, ETag.All, cancellationToken);
            return;
        }

        var newest = rows.Aggregate((best, row) => IsNewerOrSame(row, best) ? row : best);
        summary.ReportId = newest.ReportId;
        summary.AsOf = newest.AsOf;
        summary.NotStarted = rows.Count(r => r.Status == "not_started");
        summary.Planned = rows.Count(r => r.Status == "planned");
        summary.InProgress = rows.Count(r => r.Status == "in_progress");
        summary.Completed = rows.Count(r => r.Status == "completed");
        summary.MeasureCount = rows.Count;
        summary.WarningCount = newest.ReportWarningCount;
        await tables.Progress.UpdateEntityAsync(summary, summary.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task WriteMeasuresAsync(string reportId, ParsedReport report, IReadOnlyList<Measure> measures, bool removeStale, CancellationToken cancellationToken)
    {
        var keep = measures.Select(m => TableKeys.Measure(m.Number)).ToHashSet(StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        foreach (var measure in measures)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                ToRow<MeasureRow>(reportId, report, measure, reportId, TableKeys.Measure(measure.Number), DateTimeOffset.MinValue)));
        }

        // A re-parse (after a parser fix) may find fewer measures: remove rows the new parse no longer has.
        if (removeStale)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {reportId}");
            await foreach (var stale in tables.Measures.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                if (!keep.Contains(stale.RowKey))
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, stale, ETag.All));
                }
            }
        }

        foreach (var chunk in actions.Chunk(MaxBatch))
        {
            await tables.Measures.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }

    /// <summary>
    /// The history rows of one report period. The period's rows already stored (one per measure, so a few dozen) are read
    /// with one query instead of one read per measure; each write is then conditional on the ETag read, as below.
    /// </summary>
    private async Task WriteHistoryAsync(IReadOnlyList<MeasureHistoryRow> rows, string period, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, MeasureHistoryRow>(StringComparer.Ordinal);
        await foreach (var row in tables.MeasureHistory.QueryAsync<MeasureHistoryRow>(TableClient.CreateQueryFilter($"RowKey eq {period}"), cancellationToken: cancellationToken))
        {
            stored[row.PartitionKey] = row;
        }

        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (row, ct) => await UpsertHistoryAsync(row, stored.GetValueOrDefault(row.PartitionKey), known: true, ct));
    }

    /// <summary>
    /// One row per measure and report period; a newer statement of the same period (later as-of date, or a more complete
    /// copy) replaces an older one. With <paramref name="known"/>, <paramref name="stored"/> is the row as just read (null:
    /// none), used for the first attempt; after a conflict the row is read again.
    /// </summary>
    private Task UpsertHistoryAsync(MeasureHistoryRow row, CancellationToken cancellationToken) => UpsertHistoryAsync(row, null, known: false, cancellationToken);

    private async Task UpsertHistoryAsync(MeasureHistoryRow row, MeasureHistoryRow? stored, bool known, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            MeasureHistoryRow? current;
            if (attempt == 0 && known)
            {
                current = stored;
            }
            else
            {
                var response = await tables.MeasureHistory.GetEntityIfExistsAsync<MeasureHistoryRow>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
                current = response.HasValue ? response.Value : null;
            }

            try
            {
                if (current is null)
                {
                    await tables.MeasureHistory.AddEntityAsync(row, cancellationToken);
                }
                else if (IsNewerOrSame(row, current))
                {
                    await tables.MeasureHistory.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (IsConcurrencyConflict(e) && attempt < MaxConcurrencyRetries)
            {
                await Backoff(attempt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Moves each measure's current status to this report's where this report is the newest that covers it.
    /// All rows sit in one partition, so the update is one transaction with an ETag per row: a concurrent
    /// ingestion makes it fail as a whole, and it is re-read and retried, so no update is lost.
    /// </summary>
    private async Task UpdateCurrentStatusAsync(string reportId, ParsedReport report, IReadOnlyList<Measure> measures, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = new Dictionary<string, CurrentStatusRow>(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {CurrentStatusRow.Partition}");
            await foreach (var row in tables.Progress.QueryAsync<CurrentStatusRow>(filter, cancellationToken: cancellationToken))
            {
                current[row.RowKey] = row;
            }

            var actions = new List<TableTransactionAction>();
            foreach (var measure in measures)
            {
                var key = TableKeys.Measure(measure.Number);
                var incoming = ToRow<CurrentStatusRow>(reportId, report, measure, CurrentStatusRow.Partition, key, ingestedAt);
                if (!current.TryGetValue(key, out var existing))
                {
                    incoming.KnownFundingJson = MergeFunding("[]", measure.Funding);
                    actions.Add(new TableTransactionAction(TableTransactionActionType.Add, incoming));
                    continue;
                }

                var known = MergeFunding(existing.KnownFundingJson, measure.Funding);
                if (IsNewerOrSame(incoming, existing))
                {
                    incoming.KnownFundingJson = known;
                    if (!SameContent(incoming, existing) || known != existing.KnownFundingJson)
                    {
                        actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, incoming, existing.ETag));
                    }
                }
                else if (known != existing.KnownFundingJson)
                {
                    // An older report still tells us about money: keep the newer status, learn the allocation.
                    existing.KnownFundingJson = known;
                    actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, existing, existing.ETag));
                }
            }

            try
            {
                foreach (var chunk in actions.Chunk(MaxBatch))
                {
                    await tables.Progress.SubmitTransactionAsync(chunk, cancellationToken);
                }

                return;
            }
            catch (Exception e) when (IsConcurrencyConflict(e) && attempt < MaxConcurrencyRetries)
            {
                await Backoff(attempt, cancellationToken);
            }
        }
    }

    /// <summary>Status counts of the period; a later as-of date of the same period replaces them.</summary>
    private async Task UpsertPeriodSummaryAsync(string reportId, ParsedReport report, IReadOnlyList<Measure> measures, string period, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var row = new PeriodSummaryRow
        {
            PartitionKey = PeriodSummaryRow.Partition,
            RowKey = TableKeys.Escape(period),
            ReportId = reportId,
            Title = Fit(report.Document.Title),
            AsOf = report.Document.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NotStarted = measures.Count(m => m.Status == MeasureStatus.NotStarted),
            Planned = measures.Count(m => m.Status == MeasureStatus.Planned),
            InProgress = measures.Count(m => m.Status == MeasureStatus.InProgress),
            Completed = measures.Count(m => m.Status == MeasureStatus.Completed),
            MeasureCount = measures.Count,
            WarningCount = report.Warnings.Count,
            IngestedAt = ingestedAt,
        };
        for (var attempt = 0; ; attempt++)
        {
            var response = await tables.Progress.GetEntityIfExistsAsync<PeriodSummaryRow>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            var existing = response.HasValue ? response.Value : null;
            try
            {
                if (existing is null)
                {
                    await tables.Progress.AddEntityAsync(row, cancellationToken);
                }
                else if (row.ReportId == existing.ReportId
                         || Precedence(null, row.AsOf, row.MeasureCount, row.WarningCount, row.ReportId,
                             null, existing.AsOf, existing.MeasureCount, existing.WarningCount, existing.ReportId) > 0)
                {
                    await tables.Progress.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (IsConcurrencyConflict(e) && attempt < MaxConcurrencyRetries)
            {
                await Backoff(attempt, cancellationToken);
            }
        }
    }

    /// <summary>The union of allocations (by year and amount) already known and those in <paramref name="funding"/>.</summary>
    internal static string MergeFunding(string knownJson, IReadOnlyList<Funding> funding)
    {
        var known = JsonSerializer.Deserialize<List<Funding>>(knownJson, CompactJson) ?? [];
        var added = false;
        foreach (var item in funding)
        {
            if (!known.Any(k => k.AmountNok == item.AmountNok && k.Year == item.Year))
            {
                known.Add(item);
                added = true;
            }
        }

        return added ? FitJsonArray(known.OrderBy(k => k.Year).ThenBy(k => k.AmountNok).ToArray()) : knownJson;
    }

    /// <summary>
    /// Which report a measure's status comes from. Report periods sort as text ("2020-2021" &lt; "2021-2022"); within a
    /// period the later as-of date wins. Between reports of the same period and as-of date (copies of one report) the more
    /// complete parse wins: more measures found, then fewer warnings (a damaged copy with unreadable pages loses to the
    /// whole report whichever came first); only then the higher report id, so ties are decided the same way everywhere.
    /// </summary>
    internal static bool IsNewerOrSame(MeasureFields incoming, MeasureFields existing) =>
        incoming.ReportId == existing.ReportId
        || Precedence(incoming.ReportPeriod, incoming.AsOf, incoming.ReportMeasureCount, incoming.ReportWarningCount, incoming.ReportId,
            existing.ReportPeriod, existing.AsOf, existing.ReportMeasureCount, existing.ReportWarningCount, existing.ReportId) > 0;

    /// <summary>Positive when report a takes precedence over report b (see <see cref="IsNewerOrSame"/>), negative when b does, 0 for the same report.</summary>
    internal static int Precedence(string? periodA, string? asOfA, int measuresA, int warningsA, string idA,
        string? periodB, string? asOfB, int measuresB, int warningsB, string idB)
    {
        var order = string.CompareOrdinal(periodA ?? "", periodB ?? "");
        if (order == 0)
        {
            order = string.CompareOrdinal(asOfA ?? "", asOfB ?? "");
        }

        if (order == 0)
        {
            order = measuresA.CompareTo(measuresB);
        }

        if (order == 0)
        {
            order = warningsB.CompareTo(warningsA);
        }

        return order != 0 ? Math.Sign(order) : Math.Sign(string.CompareOrdinal(idA, idB));
    }

    private static bool SameContent(MeasureFields a, MeasureFields b) =>
        a.ReportId == b.ReportId && a.Status == b.Status && a.StatusEvidence == b.StatusEvidence && a.FundingJson == b.FundingJson
        && a.UrlsJson == b.UrlsJson && a.Commitment == b.Commitment && a.Ministries == b.Ministries && a.Goal == b.Goal;

    private static bool IsConcurrencyConflict(Exception e) => e switch
    {
        RequestFailedException r => r.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict,
        _ => false,
    };

    private static Task Backoff(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40) * Math.Min(attempt + 1, 10)), cancellationToken);

    /// <summary>The history row key of a report: its period, or failing that its as-of date.</summary>
    public static string PeriodKey(DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ReportPeriod ?? document.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
    }

    private static ReportRow ToReportRow(string reportId, ParsedReport report, string sourceBlob, long contentLength, DateTimeOffset ingestedAt)
    {
        var document = report.Document;
        return new ReportRow
        {
            PartitionKey = ReportRow.Partition,
            RowKey = reportId,
            State = ReportStates.Pending,
            Kind = document.Kind,
            Title = Fit(document.Title),
            PlanPeriod = document.PlanPeriod,
            ReportPeriod = document.ReportPeriod,
            AsOf = document.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PageCount = document.PageCount,
            ContentLength = contentLength,
            Sha256 = reportId,
            SourceBlob = sourceBlob,
            IngestedAt = ingestedAt,
            GoalCount = report.Goals.Count,
            MeasureCount = report.Measures.Select(m => m.Number).Distinct().Count(),
            MeasureCountStated = document.MeasureCountStated,
            MentionCount = report.Mentions.Count,
            WarningCount = report.Warnings.Count,
            WarningsJson = FitJsonArray(report.Warnings),
            GoalsJson = FitJsonArray(report.Goals),
            MentionsJson = FitJsonArray(report.Mentions),
            ParsedBlob = reportId + ".json",
        };
    }

    private static T ToRow<T>(string reportId, ParsedReport report, Measure measure, string partitionKey, string rowKey, DateTimeOffset ingestedAt)
        where T : MeasureFields, new()
    {
        var row = new T
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            Number = measure.Number,
            Goal = measure.Goal,
            Commitment = Fit(measure.Commitment) ?? "",
            Ministries = string.Join(',', measure.Ministries),
            Status = measure.Status.ToCode(),
            StatusEvidence = Fit(measure.StatusEvidence),
            FundingJson = FitJsonArray(measure.Funding),
            UrlsJson = FitJsonArray(measure.Urls),
            Page = measure.Page,
            ReportId = reportId,
            ReportPeriod = report.Document.ReportPeriod,
            AsOf = report.Document.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReportMeasureCount = report.Measures.Select(m => m.Number).Distinct().Count(),
            ReportWarningCount = report.Warnings.Count,
        };
        switch (row)
        {
            case MeasureHistoryRow history:
                history.IngestedAt = ingestedAt;
                break;
            case CurrentStatusRow current:
                current.IngestedAt = ingestedAt;
                break;
        }

        return row;
    }

    private static string? Fit(string? text) => text is null || text.Length <= MaxStringChars ? text : text[..(MaxStringChars - 1)] + "…";

    /// <summary>Serialises a list, dropping items from the end until it fits in one property.</summary>
    internal static string FitJsonArray<T>(IReadOnlyList<T> items)
    {
        var json = JsonSerializer.Serialize(items, CompactJson);
        if (json.Length <= MaxStringChars)
        {
            return json;
        }

        var count = items.Count;
        while (count > 0)
        {
            count /= 2;
            json = JsonSerializer.Serialize(items.Take(count), CompactJson);
            if (json.Length <= MaxStringChars)
            {
                return json;
            }
        }

        return "[]";
    }
}

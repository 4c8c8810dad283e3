using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Progress;
using IngenAMiste.Storage.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Web;

/// <summary>
/// The HTTP API's handlers. Both the Functions (one per file, binding a route) and <c>ingen serve</c> call these,
/// so there is one implementation. Parameters are validated here (400 with a message); everything that reaches a
/// table query goes through <c>TableClient.CreateQueryFilter</c> in <see cref="ProgressQueries"/>.
/// </summary>
public sealed partial class ProgressApi(ProgressQueries queries, IngestionService ingestion, ReportStore store, ReportTables tables, IOptions<ApiOptions> options, TimeProvider time)
{
    private static readonly string[] Statuses = ["not_started", "planned", "in_progress", "completed"];
    private readonly ConcurrentDictionary<string, (ApiResponse Response, long Expires)> _cache = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<ApiResponse>>> _refreshes = new();
    private readonly int _cacheSeconds = options.Value.CacheSeconds;

    public async Task<ApiResponse> GetProgressAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Format(request) is not { } format)
        {
            return BadFormat();
        }

        if (_cacheSeconds == 0)
        {
            return await ComputeProgressAsync(format, cancellationToken);
        }

        // Micro-cache with one refresh at a time: when the copy is stale, one request recomputes it while the others
        // are answered from the stale copy, so a burst of requests never all wait on storage at once.
        var key = "progress:" + format;
        var hasCopy = _cache.TryGetValue(key, out var cached);
        if (hasCopy && cached.Expires > time.GetTimestamp())
        {
            return cached.Response;
        }

        var refresh = new Lazy<Task<ApiResponse>>(() => RefreshProgressAsync(key, format));
        var running = _refreshes.GetOrAdd(key, refresh);
        if (hasCopy && !ReferenceEquals(running, refresh))
        {
            return cached.Response;
        }

        return await running.Value.WaitAsync(cancellationToken);
    }

    private async Task<ApiResponse> RefreshProgressAsync(string key, string format)
    {
        try
        {
            var response = await ComputeProgressAsync(format, CancellationToken.None);
            _cache[key] = (response, time.GetTimestamp() + (_cacheSeconds * time.TimestampFrequency));
            return response;
        }
        finally
        {
            _refreshes.TryRemove(key, out _);
        }
    }

    private async Task<ApiResponse> ComputeProgressAsync(string format, CancellationToken cancellationToken)
    {
        var progress = await queries.GetPlanProgressAsync(cancellationToken);
        return format == "csv"
            ? ApiResponse.Csv(CsvExport.Write(progress.Goals.Select(g => new
            {
                goal = g.Goal,
                title = g.Title,
                not_started = g.Counts.NotStarted,
                planned = g.Counts.Planned,
                in_progress = g.Counts.InProgress,
                completed = g.Counts.Completed,
                total = g.Counts.Total,
                completion_share = g.Counts.CompletionShare,
            })), "progress.csv")
            : ApiResponse.Json(progress);
    }

    public async Task<ApiResponse> ListMeasuresAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Format(request) is not { } format)
        {
            return BadFormat();
        }

        int? goal = null;
        if (Query(request, "goal") is { } goalText)
        {
            if (!int.TryParse(goalText, NumberStyles.None, CultureInfo.InvariantCulture, out var g) || g is < 1 or > 99)
            {
                return ApiResponse.BadRequest("Parameter 'goal' must be a goal number from 1 to 99.");
            }

            goal = g;
        }

        var status = Query(request, "status");
        if (status is not null && !Statuses.Contains(status))
        {
            return ApiResponse.BadRequest($"Parameter 'status' must be one of {string.Join(", ", Statuses)}.");
        }

        var ministry = Query(request, "ministry");
        if (ministry is not null && !MinistryCode().IsMatch(ministry))
        {
            return ApiResponse.BadRequest("Parameter 'ministry' must be a ministry code of 1 to 12 letters, such as HOD or KUD.");
        }

        var text = Query(request, "q");
        if (text is { Length: > 200 })
        {
            return ApiResponse.BadRequest("Parameter 'q' may be at most 200 characters.");
        }

        var measures = await queries.GetMeasuresAsync(new MeasureFilter(goal, ministry?.ToUpperInvariant(), status, text), cancellationToken);
        return format == "csv" ? ApiResponse.Csv(CsvExport.Write(measures.Select(MeasureCsv)), "measures.csv") : ApiResponse.Json(measures);
    }

    public async Task<ApiResponse> GetMeasureAsync(HttpRequest request, string number, CancellationToken cancellationToken)
    {
        if (Format(request) is not { } format)
        {
            return BadFormat();
        }

        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 999)
        {
            return ApiResponse.BadRequest("The measure number must be a whole number from 1 to 999.");
        }

        var detail = await queries.GetMeasureAsync(n, cancellationToken);
        if (detail is null)
        {
            return ApiResponse.NotFound($"No measure {n} has been reported.");
        }

        return format == "csv"
            ? ApiResponse.Csv(CsvExport.Write(detail.Timeline.Select(t => new
            {
                measure = n,
                report_period = t.ReportPeriod,
                as_of = t.AsOf,
                status = t.Status,
                status_evidence = t.StatusEvidence,
                funding_nok = t.Funding.Sum(f => f.AmountNok),
                funding = string.Join(" | ", t.Funding.Select(f => f.Evidence)),
                urls = string.Join(" ", t.Urls),
                page = t.Page,
                report_id = t.ReportId,
            })), $"measure-{n}.csv")
            : ApiResponse.Json(detail);
    }

    public async Task<ApiResponse> ListChangesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Format(request) is not { } format)
        {
            return BadFormat();
        }

        var from = Query(request, "from");
        var to = Query(request, "to");
        if (from is null || to is null || !Period().IsMatch(from) || !Period().IsMatch(to))
        {
            return ApiResponse.BadRequest("Parameters 'from' and 'to' are required report periods, such as from=2020-2021&to=2021-2022.");
        }

        var changes = await queries.GetChangesAsync(from, to, cancellationToken);
        if (changes is null)
        {
            return ApiResponse.NotFound($"No report covers period {from} or {to}.");
        }

        return format == "csv" ? ApiResponse.Csv(CsvExport.Write(changes.Select(c => new
        {
            measure = c.Number,
            goal = c.Goal,
            from_status = c.FromStatus,
            to_status = c.ToStatus,
            direction = c.Direction,
            from_evidence = c.FromEvidence,
            to_evidence = c.ToEvidence,
            commitment = c.Commitment,
        })), $"changes-{from}-{to}.csv") : ApiResponse.Json(new { from, to, changes });
    }

    public async Task<ApiResponse> ListReportsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (Format(request) is not { } format)
        {
            return BadFormat();
        }

        var overview = await queries.GetReportsOverviewAsync(cancellationToken);
        return format == "csv" ? ApiResponse.Csv(CsvExport.Write(overview.Ingestions.Select(i => new
        {
            blob = i.BlobName,
            outcome = i.Outcome,
            reason_code = i.ReasonCode,
            reason = i.ReasonNorwegian,
            report_id = i.ReportId,
            report_title = overview.Reports.FirstOrDefault(r => r.Id == i.ReportId)?.Title,
            report_period = overview.Reports.FirstOrDefault(r => r.Id == i.ReportId)?.ReportPeriod,
            bytes = i.ContentLength,
            pages = i.PageCount,
            started_at = i.StartedAt,
            duration_ms = i.DurationMs,
        })), "reports.csv") : ApiResponse.Json(overview);
    }

    public async Task<ApiResponse> GetReportAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (Format(request) is not { } format)
        {
            return BadFormat();
        }

        if (!ReportId().IsMatch(id))
        {
            return ApiResponse.BadRequest("The report id is the SHA-256 of the PDF: 64 lower-case hexadecimal characters.");
        }

        var detail = await queries.GetReportAsync(id, cancellationToken);
        if (detail is null)
        {
            return ApiResponse.NotFound($"No report {id}.");
        }

        return format == "csv" ? ApiResponse.Csv(CsvExport.Write(detail.Measures.Select(MeasureCsv)), $"report-{id[..12]}.csv") : ApiResponse.Json(detail);
    }

    /// <summary>Admin: ingest a blob of <c>reports</c> again, even if it was processed (after a parser fix, or a poison blob).</summary>
    public async Task<ApiResponse> ReprocessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var name = Query(request, "blob");
        if (string.IsNullOrWhiteSpace(name) || name.Length > 1024)
        {
            return ApiResponse.BadRequest("Parameter 'blob' is required: the name of the blob in the 'reports' container.");
        }

        var blob = tables.ReportsContainer.GetBlobClient(name);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            return ApiResponse.NotFound($"No blob '{name}' in container 'reports'.");
        }

        var result = await ingestion.IngestAsync(blob, force: true, cancellationToken);
        _cache.Clear();
        return ApiResponse.Json(result);
    }

    /// <summary>Admin: remove a report's rows (its measures, history and the statuses it provided); the uploaded blob stays.</summary>
    public async Task<ApiResponse> DeleteReportAsync(string id, CancellationToken cancellationToken)
    {
        if (!ReportId().IsMatch(id))
        {
            return ApiResponse.BadRequest("The report id is the SHA-256 of the PDF: 64 lower-case hexadecimal characters.");
        }

        if (!await store.DeleteAsync(id, cancellationToken))
        {
            return ApiResponse.NotFound($"No report {id}.");
        }

        _cache.Clear();
        return ApiResponse.Json(new { deleted = id });
    }

    public static ApiResponse OpenApiDocument() => ApiResponse.Raw(Assets.OpenApi, "application/json; charset=utf-8");

    public static ApiResponse Dashboard() => ApiResponse.Raw(Assets.Dashboard, "text/html; charset=utf-8");

    private static object MeasureCsv(MeasureSummary m) => new
    {
        measure = m.Number,
        goal = m.Goal,
        status = m.Status,
        status_evidence = m.StatusEvidence,
        ministries = string.Join(", ", m.Ministries),
        commitment = m.Commitment,
        funding_nok = m.Funding.Sum(f => f.AmountNok),
        funding = string.Join(" | ", m.Funding.Select(f => f.Evidence)),
        urls = string.Join(" ", m.Urls),
        report_period = m.ReportPeriod,
        as_of = m.AsOf,
        page = m.Page,
    };

    /// <summary>json (default) or csv, from <c>?format=</c> or the Accept header; null when <c>format</c> is something else.</summary>
    private static string? Format(HttpRequest request)
    {
        var format = Query(request, "format");
        if (format is not null)
        {
            return format.ToLowerInvariant() switch { "csv" => "csv", "json" => "json", _ => null };
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) && !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) ? "csv" : "json";
    }

    private static ApiResponse BadFormat() => ApiResponse.BadRequest("Parameter 'format' must be 'json' or 'csv'.");

    private static string? Query(HttpRequest request, string name)
    {
        var value = request.Query[name];
        return value.Count == 0 || string.IsNullOrWhiteSpace(value[0]) ? null : value[0]!.Trim();
    }

    [GeneratedRegex("^[A-Za-zÆØÅæøå]{1,12}$")]
    private static partial Regex MinistryCode();

    [GeneratedRegex(@"^\d{4}-\d{4}$|^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Period();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ReportId();

    private static class Assets
    {
        public static readonly byte[] OpenApi = Read("openapi.json");
        public static readonly byte[] Dashboard = Read("dashboard.html");

        private static byte[] Read(string name)
        {
            using var stream = typeof(ProgressApi).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Integration.Tests;

/// <summary>
/// The API as dashboards use it, through real HTTP on <c>ingen serve</c>'s host, after ingesting two report periods.
/// Expected values come from parsing the same PDFs, so these tests check storage and API, not the parser's accuracy.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ProgressApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServedApp _app = null!;
    private ParsedReport _first = null!;
    private ParsedReport _second = null!;

    public async Task InitializeAsync()
    {
        _app = await ServedApp.StartAsync(azurite);
        var files = new[] { TestFiles.Sample("arsrapport-2021-2022.pdf"), TestFiles.AnnualReport2020 }.Select(f => new FileInfo(f)).ToArray();
        // Later period first: the current status must still come from the newest period, whatever the order of arrival.
        var results = await IngestCommand.IngestFilesAsync(_app.Services, files, CancellationToken.None);
        Assert.All(results, r => Assert.Equal("Succeeded", r.Outcome));
        var parser = new ReportParser();
        await using (var s = File.OpenRead(TestFiles.AnnualReport2020))
        {
            _first = parser.Parse(s);
        }

        await using (var s = File.OpenRead(TestFiles.Sample("arsrapport-2021-2022.pdf")))
        {
            _second = parser.Parse(s);
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Progress_counts_the_latest_report_statuses()
    {
        var progress = await GetJsonAsync("api/progress");

        Assert.Equal("2021-2022", progress.GetProperty("report").GetProperty("reportPeriod").GetString());
        Assert.Equal(_second.Document.AsOf!.Value.ToString("yyyy-MM-dd"), progress.GetProperty("asOf").GetString());
        var counts = progress.GetProperty("counts");
        Assert.Equal(_second.Measures.Count(m => m.Status == MeasureStatus.NotStarted), counts.GetProperty("notStarted").GetInt32());
        Assert.Equal(_second.Measures.Count(m => m.Status == MeasureStatus.Planned), counts.GetProperty("planned").GetInt32());
        Assert.Equal(_second.Measures.Count(m => m.Status == MeasureStatus.InProgress), counts.GetProperty("inProgress").GetInt32());
        Assert.Equal(_second.Measures.Count(m => m.Status == MeasureStatus.Completed), counts.GetProperty("completed").GetInt32());
        Assert.Equal(61, counts.GetProperty("total").GetInt32());

        foreach (var goal in progress.GetProperty("goals").EnumerateArray())
        {
            var number = goal.GetProperty("goal").GetInt32();
            Assert.Equal(_second.Measures.Count(m => m.Goal == number && m.Status == MeasureStatus.Completed), goal.GetProperty("counts").GetProperty("completed").GetInt32());
            Assert.Equal(_second.Measures.Count(m => m.Goal == number), goal.GetProperty("counts").GetProperty("total").GetInt32());
        }

        var hod = progress.GetProperty("ministries").EnumerateArray().Single(m => m.GetProperty("ministry").GetString() == "HOD");
        Assert.Equal(_second.Measures.Count(m => m.Ministries.Contains("HOD")), hod.GetProperty("counts").GetProperty("total").GetInt32());

        var periods = progress.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString() ?? "").ToArray();
        Assert.Equal(new[] { "2020-2021", "2021-2022" }, periods);

        // Funding per year: every allocation either report states, once.
        var expectedFunding = _first.Measures.Concat(_second.Measures)
            .SelectMany(m => m.Funding.Select(f => (m.Number, f.Year, f.AmountNok))).Distinct()
            .GroupBy(f => f.Year ?? 0).ToDictionary(g => g.Key, g => g.Sum(f => f.AmountNok));
        var funding = progress.GetProperty("funding").EnumerateArray().ToDictionary(
            f => f.GetProperty("year").ValueKind == JsonValueKind.Null ? 0 : f.GetProperty("year").GetInt32(),
            f => f.GetProperty("amountNok").GetInt64());
        Assert.Equal(expectedFunding.OrderBy(p => p.Key), funding.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task A_measure_shows_both_periods()
    {
        var measure = await GetJsonAsync("api/measures/2");

        var timeline = measure.GetProperty("timeline").EnumerateArray().ToArray();
        Assert.Equal(new[] { "2020-2021", "2021-2022" }, timeline.Select(t => t.GetProperty("reportPeriod").GetString() ?? ""));
        Assert.Equal(_first.Measures.Single(m => m.Number == 2).Status.ToCode(), timeline[0].GetProperty("status").GetString());
        Assert.Equal(_second.Measures.Single(m => m.Number == 2).Status.ToCode(), timeline[1].GetProperty("status").GetString());
        Assert.Equal(timeline[1].GetProperty("status").GetString(), measure.GetProperty("current").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Changes_list_exactly_the_measures_whose_status_changed()
    {
        var changes = await GetJsonAsync("api/changes?from=2020-2021&to=2021-2022");

        var expected = _second.Measures
            .Where(m => _first.Measures.Single(f => f.Number == m.Number).Status != m.Status)
            .Select(m => m.Number).Order().ToArray();
        Assert.NotEmpty(expected);
        var actual = changes.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).ToArray();
        Assert.Equal(expected, actual);
        foreach (var change in changes.GetProperty("changes").EnumerateArray())
        {
            var number = change.GetProperty("number").GetInt32();
            Assert.Equal(_first.Measures.Single(m => m.Number == number).Status.ToCode(), change.GetProperty("fromStatus").GetString());
            Assert.Equal(_second.Measures.Single(m => m.Number == number).Status.ToCode(), change.GetProperty("toStatus").GetString());
        }
    }

    [Fact]
    public async Task Measures_filter_by_goal_status_ministry_and_text()
    {
        var goal4 = await GetJsonAsync("api/measures?goal=4");
        Assert.Equal(_second.Measures.Where(m => m.Goal == 4).Select(m => m.Number), goal4.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));

        var completed = await GetJsonAsync("api/measures?status=completed");
        Assert.Equal(_second.Measures.Where(m => m.Status == MeasureStatus.Completed).Select(m => m.Number), completed.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));

        var kd = await GetJsonAsync("api/measures?ministry=kd");
        Assert.Equal(_second.Measures.Where(m => m.Ministries.Contains("KD")).Select(m => m.Number), kd.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));

        var text = await GetJsonAsync("api/measures?q=retningslinje");
        Assert.Equal(_second.Measures.Where(m => m.Commitment.Contains("retningslinje", StringComparison.OrdinalIgnoreCase)).Select(m => m.Number), text.EnumerateArray().Select(m => m.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Csv_is_utf8_with_bom_and_keeps_norwegian_letters()
    {
        using var response = await _app.Client.GetAsync("api/measures?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("measure,goal,status,status_evidence,ministries,commitment", lines[0], StringComparison.Ordinal);
        Assert.Equal(62, lines.Length);
        Assert.Contains("selvmordsforebyggende", text, StringComparison.Ordinal);
        Assert.Contains("å", text, StringComparison.Ordinal);
        Assert.Contains("ø", text, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/changes?from=2020-2021&to=2021-2022");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var negotiated = await _app.Client.SendAsync(request);
        Assert.Equal("text/csv", negotiated.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ETag_gives_304_when_nothing_changed()
    {
        using var first = await _app.Client.GetAsync("api/progress");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/progress");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "api/progress");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var third = await _app.Client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("api/measures?goal=abc", "goal")]
    [InlineData("api/measures?goal=0", "goal")]
    [InlineData("api/measures?status=done", "status")]
    [InlineData("api/measures?ministry=HOD%27%20or%20true%20or%20%27", "ministry")]
    [InlineData("api/measures?status=%27%20or%20true%20or%20%27", "status")]
    [InlineData("api/measures?goal=1%20or%20PartitionKey%20ne%20%27%27", "goal")]
    [InlineData("api/measures?format=xml", "format")]
    [InlineData("api/measures/abc", "measure number")]
    [InlineData("api/changes?from=2020-2021", "from")]
    [InlineData("api/changes?from=%27%20or%20true%20or%20%27&to=2021-2022", "from")]
    [InlineData("api/reports/not-a-hash", "report id")]
    public async Task Bad_parameters_get_400_with_a_message(string path, string mentioned)
    {
        using var response = await _app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Text_search_treats_odata_as_text()
    {
        var injected = await GetJsonAsync("api/measures?q=" + Uri.EscapeDataString("' or true or '"));
        Assert.Equal(0, injected.GetArrayLength());
        var partition = await GetJsonAsync("api/measures?q=" + Uri.EscapeDataString("PartitionKey ne ''"));
        Assert.Equal(0, partition.GetArrayLength());
    }

    [Fact]
    public async Task Unknown_ids_get_404()
    {
        using var measure = await _app.Client.GetAsync("api/measures/999");
        Assert.Equal(HttpStatusCode.NotFound, measure.StatusCode);
        using var report = await _app.Client.GetAsync("api/reports/" + new string('0', 64));
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        using var changes = await _app.Client.GetAsync("api/changes?from=1999-2000&to=2021-2022");
        Assert.Equal(HttpStatusCode.NotFound, changes.StatusCode);
    }

    [Fact]
    public async Task Reports_list_both_reports_and_every_ingestion()
    {
        var overview = await GetJsonAsync("api/reports");
        var reports = overview.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(new[] { "2021-2022", "2020-2021" }, reports.Select(r => r.GetProperty("reportPeriod").GetString() ?? ""));
        Assert.Equal(2, overview.GetProperty("ingestions").GetArrayLength());

        var id = reports[1].GetProperty("id").GetString();
        var detail = await GetJsonAsync($"api/reports/{id}");
        Assert.Equal(61, detail.GetProperty("measures").GetArrayLength());
        Assert.Equal(6, detail.GetProperty("goals").GetArrayLength());
        Assert.Equal("Succeeded", detail.GetProperty("ingestions")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_every_route()
    {
        var document = await GetJsonAsync("api/openapi.json");
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var (_, route, _) in IngenAMiste.Web.ApiEndpoints.Routes)
        {
            Assert.Contains("/" + route, paths);
        }
    }

    [Fact]
    public async Task Dashboard_is_self_contained_html()
    {
        using var response = await _app.Client.GetAsync("api/dashboard");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"nb\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", html, StringComparison.Ordinal);
    }
}

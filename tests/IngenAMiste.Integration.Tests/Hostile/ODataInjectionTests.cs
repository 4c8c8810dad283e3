using System.Net;
using System.Text.Json;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>
/// OData filter injection through every query parameter and path id of the API (ProgressApiTests covers <c>q</c>):
/// each is validated before it reaches a filter, so the answer is 400 (or 404, or an empty list for free text),
/// never data and never a server error. The admin endpoints must neither re-process nor delete anything.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ODataInjectionTests(AzuriteFixture azurite)
{
    private static List<(string Method, string Path, HttpStatusCode Expected)> Requests()
    {
        var data = new List<(string, string, HttpStatusCode)>();
        foreach (var payload in new[] { "' or true or '", "PartitionKey ne ''" })
        {
            var x = Uri.EscapeDataString(payload);
            data.Add(("GET", $"api/progress?format={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/measures?goal={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/measures?status={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/measures?ministry={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/measures?format={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/measures?q={x}", HttpStatusCode.OK)); // free text: matched as text, finds nothing
            data.Add(("GET", $"api/measures/{x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/changes?from={x}&to=2020-2021", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/changes?from=2020-2021&to={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/reports?format={x}", HttpStatusCode.BadRequest));
            data.Add(("GET", $"api/reports/{x}", HttpStatusCode.BadRequest));
            data.Add(("POST", $"api/manage/reprocess?blob={x}", HttpStatusCode.NotFound));
            data.Add(("DELETE", $"api/manage/reports/{x}", HttpStatusCode.BadRequest));
        }

        return data;
    }

    [Fact]
    public async Task An_injected_filter_in_any_parameter_is_refused_or_matched_as_text()
    {
        await using var app = await ServedApp.StartAsync(azurite);
        var results = await IngestCommand.IngestFilesAsync(app.Services, [new FileInfo(TestFiles.AnnualReport2020)], CancellationToken.None);
        Assert.Equal(IngestionOutcomes.Succeeded, Assert.Single(results).Outcome);

        foreach (var (method, path, expected) in Requests())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            using var response = await app.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {body}");
            if (expected == HttpStatusCode.OK)
            {
                Assert.Equal(0, JsonDocument.Parse(body).RootElement.GetArrayLength());
            }
            else
            {
                Assert.DoesNotContain("\"commitment\"", body, StringComparison.Ordinal); // no measure data in an error
            }
        }

        // Nothing was re-processed or deleted: still the one report, and the one ingestion of it, on its first attempt.
        using var reports = await app.Client.GetAsync(new Uri("api/reports", UriKind.Relative));
        var overview = JsonDocument.Parse(await reports.Content.ReadAsStringAsync()).RootElement;
        Assert.Single(overview.GetProperty("reports").EnumerateArray());
        var ingestion = Assert.Single(overview.GetProperty("ingestions").EnumerateArray());
        Assert.Equal(1, ingestion.GetProperty("attempts").GetInt32());

        // The control: a legitimate filter does return data, so "nothing" above means refused, not broken.
        using var control = await app.Client.GetAsync(new Uri("api/measures?goal=1", UriKind.Relative));
        Assert.True(JsonDocument.Parse(await control.Content.ReadAsStringAsync()).RootElement.GetArrayLength() > 0);
    }
}

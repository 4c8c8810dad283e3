using System.Net;
using System.Text.Json.Nodes;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Hostile;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Integration.Tests.Faults;

/// <summary>
/// A blob whose ingestion keeps failing (storage refuses one write every time) until the runtime gives up after
/// <c>extensions.blobs.poisonBlobThreshold</c> tries (host.json): the Ingestions row stays Failed with its reason and
/// attempt count, the blob stays as it was, and an administrator re-processes it with <c>ingen reprocess NAME</c> or
/// <c>POST /api/manage/reprocess?blob=NAME</c>.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class PoisonBlobTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_poison_blob_stays_failed_with_its_attempts_and_is_reprocessed_by_the_cli_and_the_admin_api()
    {
        var hostJson = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "host.json")))!;
        var threshold = hostJson["extensions"]!["blobs"]!["poisonBlobThreshold"]!.GetValue<int>();
        Assert.InRange(threshold, 1, 10);

        var policy = new FaultPolicy();
        await using var app = new TestApp(azurite, configureTables: policy.AddTo);
        var bytes = HostileInputs.Sample2020;
        var blob = await app.UploadAsync("giftig.pdf", bytes);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;
        policy.FailWhen = (request, _, body) => request.Uri.Path.Contains($"/{app.Prefix}Reports", StringComparison.Ordinal)
            && body.Contains("\"State\":\"Complete\"", StringComparison.Ordinal);

        // The runtime's tries, each a fresh invocation.
        for (var attempt = 1; attempt <= threshold; attempt++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => app.Function<IngestReport>().Run(blob, CancellationToken.None));
        }

        var row = Assert.Single(await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions));
        Assert.Equal((IngestionOutcomes.Failed, "Failed", threshold), (row.Outcome, row.ReasonCode, row.Attempts));
        Assert.Contains("Injected fault", row.Reason, StringComparison.Ordinal);
        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);
        Assert.DoesNotContain(await TestApp.AllAsync<ReportRow>(app.Tables.Reports), r => r.State == ReportStates.Complete);

        // Storage is fine again; the administrator re-processes the blob with the CLI, against the same tables.
        policy.FailWhen = null;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = app.Prefix,
            ["Storage:ParsedContainer"] = "parsed-" + app.Prefix,
        };
        await using (var cli = await CliServices.StartAsync(azurite.ConnectionString, verbose: false, CancellationToken.None, settings))
        {
            var reprocessed = await ReprocessCommand.ReprocessAsync(cli, [blob.Name, app.Prefix + "/finnes-ikke.pdf"], CancellationToken.None);
            Assert.Equal(IngestionOutcomes.Succeeded, reprocessed[0].Result?.Outcome);
            Assert.Equal(61, reprocessed[0].Result?.MeasureCount);
            Assert.Null(reprocessed[1].Result);
        }

        row = Assert.Single(await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions));
        Assert.Equal((IngestionOutcomes.Succeeded, "Stored", threshold + 1), (row.Outcome, row.ReasonCode, row.Attempts));
        var stored = await StoredState.ReadAsync(app);
        stored.AssertExactlyOneReport(row.Sha256!, "2020-2021", stored.Measures);

        // The admin endpoint does the same (again: force re-processes a blob already stored).
        await using var served = await ServedApp.StartAsync(azurite, settings);
        using var response = await served.Client.PostAsync(new Uri("api/manage/reprocess?blob=" + Uri.EscapeDataString(blob.Name), UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        row = Assert.Single(await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions));
        Assert.Equal((IngestionOutcomes.Succeeded, threshold + 2), (row.Outcome, row.Attempts));
        (await StoredState.ReadAsync(app)).AssertExactlyOneReport(row.Sha256!, "2020-2021", stored.Measures);
        Assert.Equal(bytes, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }
}

using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>A blob over <c>Ingest:MaxBytes</c> is turned away from its properties: not one byte of it is downloaded.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SizeLimitTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_blob_over_the_size_limit_is_rejected_from_its_properties_without_a_download()
    {
        var recorder = new RequestRecorder();
        await using var app = new TestApp(azurite, new Dictionary<string, string?> { ["Ingest:MaxBytes"] = "100000" },
            configureBlobs: options => options.AddPolicy(recorder, HttpPipelinePosition.PerRetry));
        var bytes = HostileInputs.Sample2020; // 195 888 bytes, a real report: only its size is wrong
        var blob = await app.UploadAsync("for-stor.pdf", bytes);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;
        recorder.Clear();

        var result = await app.Function<IngestReport>().Run(blob, CancellationToken.None);

        Assert.Equal(IngestionOutcomes.Rejected, result.Outcome);
        Assert.Equal("TooLarge", result.ReasonCode);
        Assert.Equal("Filen er 0.2 MB, større enn grensen på 0.1 MB (Ingest:MaxBytes). Last opp en mindre fil, eller øk grensen.", result.ReasonNorwegian);

        // The function asked for the blob's properties (HEAD) and nothing else of the blob: no GET, so no download.
        var toBlob = recorder.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/" + blob.Name, StringComparison.Ordinal)).ToList();
        Assert.Contains(toBlob, r => r.Method == RequestMethod.Head);
        Assert.DoesNotContain(toBlob, r => r.Method == RequestMethod.Get);
        Assert.All(recorder.Requests, r => Assert.NotEqual(RequestMethod.Get, r.Method)); // nor any other blob read

        var row = Assert.Single(await TestApp.AllAsync<Storage.Tables.IngestionRow>(app.Tables.Ingestions));
        Assert.Equal(IngestionOutcomes.Rejected, row.Outcome);
        Assert.Null(row.Sha256);
        Assert.Equal(bytes.Length, row.ContentLength);
        Assert.Equal(etag, (await blob.GetPropertiesAsync()).Value.ETag);

        // The control: under the limit, the same recorder does see the download.
        recorder.Clear();
        await using var roomy = new TestApp(azurite, configureBlobs: options => options.AddPolicy(recorder, HttpPipelinePosition.PerRetry));
        var small = await roomy.UploadAsync("liten.pdf", HostileInputs.Truncated(bytes, 0.3));
        recorder.Clear();
        await roomy.Function<IngestReport>().Run(small, CancellationToken.None);
        Assert.Contains(recorder.Requests, r => r.Method == RequestMethod.Get && r.Uri.AbsolutePath.EndsWith("/" + small.Name, StringComparison.Ordinal));
    }
}

/// <summary>Records every request a storage client sends.</summary>
internal sealed class RequestRecorder : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<(RequestMethod Method, Uri Uri)> _requests = new();

    public IReadOnlyList<(RequestMethod Method, Uri Uri)> Requests => [.. _requests];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _requests.Enqueue((message.Request.Method, message.Request.Uri.ToUri()));
    }
}

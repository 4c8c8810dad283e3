using Azure.Storage.Blobs;
using IngenAMiste.Storage.Ingestion;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions;

/// <summary>A report PDF uploaded to <c>reports</c> is parsed and stored. Bad files are recorded as rejected and not retried.</summary>
public sealed class IngestReport(IngestionService ingestion)
{
    [Function(nameof(IngestReport))]
    public Task<IngestionResult> Run(
        [BlobTrigger("reports/{name}", Source = BlobTriggerSource.EventGrid, Connection = "ReportStorage")] BlobClient blob,
        CancellationToken cancellationToken) =>
        ingestion.IngestAsync(blob, force: false, cancellationToken);
}

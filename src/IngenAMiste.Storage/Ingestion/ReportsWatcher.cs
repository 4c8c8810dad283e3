using Azure.Storage.Blobs.Models;
using IngenAMiste.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace IngenAMiste.Storage.Ingestion;

/// <summary>
/// Local stand-in for the Event Grid blob trigger: polls the <c>reports</c> container and hands each new blob
/// version to the same <see cref="IngestionService"/> the function calls. Blob versions already processed
/// (this run, or an earlier one: the service checks the Ingestions table) are not processed again.
/// </summary>
public sealed class ReportsWatcher(ReportTables tables, IngestionService ingestion, ILogger<ReportsWatcher> logger)
{
    private readonly HashSet<(string Name, string ETag)> _seen = [];

    /// <summary>Processes what is new now; returns the results.</summary>
    public async Task<IReadOnlyList<IngestionResult>> PollOnceAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        var results = new List<IngestionResult>();
        await foreach (var item in tables.ReportsContainer.GetBlobsAsync(new GetBlobsOptions(), cancellationToken))
        {
            var key = (item.Name, item.Properties.ETag?.ToString() ?? "");
            if (_seen.Contains(key))
            {
                continue;
            }

            try
            {
                var result = await ingestion.IngestAsync(tables.ReportsContainer.GetBlobClient(item.Name), force: false, cancellationToken);
                _seen.Add(key);
                if (!result.AlreadyProcessed)
                {
                    results.Add(result);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Failed and recorded by the service; try again on a later poll, like the runtime's retry.
                logger.LogWarning(e, "Ingestion of {Blob} failed; it will be tried again.", item.Name);
            }
        }

        return results;
    }

    /// <summary>Polls until cancelled.</summary>
    public async Task RunAsync(TimeSpan interval, Action<IngestionResult>? onResult, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                foreach (var result in await PollOnceAsync(cancellationToken))
                {
                    onResult?.Invoke(result);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not list the reports container; trying again.");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Storage.Ingestion;

/// <summary>
/// Turns one uploaded blob into stored data, the same way for the blob-triggered function and the <c>ingen</c> CLI.
/// Every blob version ends with an <c>Ingestions</c> row: <see cref="IngestionOutcomes.Succeeded"/>,
/// <see cref="IngestionOutcomes.Rejected"/> (bad input: recorded, returns normally, no retry) or
/// <see cref="IngestionOutcomes.Failed"/> (our fault or a storage fault: recorded and rethrown so the runtime retries).
/// The blob itself is only ever read.
/// </summary>
public sealed class IngestionService(
    ReportStore store,
    ReportParser parser,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<IngestionService> logger)
{
    private readonly IngestOptions _options = options.Value;

    /// <summary>Ingests <paramref name="blob"/>. With <paramref name="force"/>, a blob version already processed is processed again (admin re-process).</summary>
    public async Task<IngestionResult> IngestAsync(BlobClient blob, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow();
        var tables = store.Tables;
        await tables.EnsureCreatedAsync(cancellationToken);

        var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        var row = new IngestionRow
        {
            PartitionKey = TableKeys.Escape(blob.Name),
            RowKey = TableKeys.Escape(properties.ETag.ToString()),
            BlobName = blob.Name,
            BlobETag = properties.ETag.ToString(),
            ContentLength = properties.ContentLength,
            StartedAt = startedAt,
            Outcome = IngestionOutcomes.Processing,
        };

        var previous = await tables.Ingestions.GetEntityIfExistsAsync<IngestionRow>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
        var before = previous.HasValue ? previous.Value : null;
        if (before is { Outcome: IngestionOutcomes.Succeeded or IngestionOutcomes.Rejected } done && !force)
        {
            logger.LogInformation("Blob {Blob} (ETag {ETag}) was already processed: {Outcome}. Nothing written.", blob.Name, row.BlobETag, done.Outcome);
            return new IngestionResult(blob.Name, done.Outcome, done.ReasonCode, done.Reason, done.ReasonNorwegian, done.ReportId, 0, time.GetElapsedTime(started), AlreadyProcessed: true);
        }

        row.Attempts = (before?.Attempts ?? 0) + 1;
        await tables.Ingestions.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);

        try
        {
            if (properties.ContentLength > _options.MaxBytes)
            {
                return await FinishAsync(row, IngestionOutcomes.Rejected, RejectionMessages.TooLarge(properties.ContentLength, _options.MaxBytes), null, 0, started, cancellationToken);
            }

            // Read the blob once, hashing as it streams; the parser needs a seekable copy.
            using var content = new MemoryStream(capacity: (int)Math.Min(properties.ContentLength, int.MaxValue));
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var source = await blob.OpenReadAsync(new Azure.Storage.Blobs.Models.BlobOpenReadOptions(allowModifications: false), cancellationToken))
            {
                await CopyHashingAsync(source, content, sha, _options.MaxBytes, cancellationToken);
            }

            var reportId = Convert.ToHexStringLower(sha.GetHashAndReset());
            row.Sha256 = reportId;
            content.Position = 0;

            var existing = await store.GetReportAsync(reportId, cancellationToken);
            if (existing is { State: ReportStates.Complete } && !force)
            {
                return await FinishAsync(row, IngestionOutcomes.Succeeded, RejectionMessages.Duplicate(reportId, existing.SourceBlob), reportId, existing.MeasureCount, started, cancellationToken);
            }

            ParsedReport report;
            try
            {
                report = await ParseWithLimitsAsync(content, cancellationToken);
            }
            catch (ReportRejectedException rejection)
            {
                row.PageCount = rejection.PageCount;
                logger.LogWarning("Blob {Blob} rejected: {Reason} ({Message})", blob.Name, rejection.Reason, rejection.Message);
                return await FinishAsync(row, IngestionOutcomes.Rejected, RejectionMessages.For(rejection), reportId, 0, started, cancellationToken);
            }

            row.PageCount = report.Document.PageCount;
            var saved = await store.SaveAsync(reportId, report, blob.Name, properties.ContentLength, time.GetUtcNow(), cancellationToken);
            return await FinishAsync(row, IngestionOutcomes.Succeeded, RejectionMessages.Stored(saved.MeasureCount, saved.WarningCount), reportId, saved.MeasureCount, started, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Ingestion of blob {Blob} failed; it will be retried.", blob.Name);
            await TryRecordFailureAsync(row, e, started);
            throw;
        }
    }

    private async Task<ParsedReport> ParseWithLimitsAsync(Stream content, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var parse = Task.Run(() => parser.Parse(content, catalog: null, timeout.Token), timeout.Token);
        try
        {
            // The parser checks the token between pages; WaitAsync also bounds a single page that will not end.
            return await parse.WaitAsync(_options.Timeout + TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && (e is OperationCanceledException || e is TimeoutException))
        {
            throw new ReportRejectedException(RejectionReason.TimedOut, $"Reading took longer than {_options.Timeout}.");
        }
    }

    private static async Task CopyHashingAsync(Stream source, Stream destination, IncrementalHash sha, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new InvalidOperationException($"The blob grew beyond {maxBytes} bytes while being read.");
            }

            sha.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private async Task<IngestionResult> FinishAsync(IngestionRow row, string outcome, Reason reason, string? reportId, int measureCount, long started, CancellationToken cancellationToken)
    {
        row.Outcome = outcome;
        row.ReasonCode = reason.Code;
        row.Reason = reason.English;
        row.ReasonNorwegian = reason.Norwegian;
        row.ReportId = reportId;
        row.CompletedAt = time.GetUtcNow();
        row.DurationMs = time.GetElapsedTime(started).TotalMilliseconds;
        await store.Tables.Ingestions.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        logger.LogInformation("Blob {Blob}: {Outcome} ({ReasonCode}) in {DurationMs:0} ms. {Reason}", row.BlobName, outcome, reason.Code, row.DurationMs, reason.English);
        return new IngestionResult(row.BlobName, outcome, reason.Code, reason.English, reason.Norwegian, reportId, measureCount, time.GetElapsedTime(started));
    }

    private async Task TryRecordFailureAsync(IngestionRow row, Exception exception, long started)
    {
        var reason = RejectionMessages.Failed(exception);
        row.Outcome = IngestionOutcomes.Failed;
        row.ReasonCode = reason.Code;
        row.Reason = reason.English.Length > ReportStore.MaxStringChars ? reason.English[..ReportStore.MaxStringChars] : reason.English;
        row.ReasonNorwegian = reason.Norwegian;
        row.CompletedAt = time.GetUtcNow();
        row.DurationMs = time.GetElapsedTime(started).TotalMilliseconds;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await store.Tables.Ingestions.UpsertEntityAsync(row, TableUpdateMode.Replace, cts.Token);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or IOException or HttpRequestException or AggregateException)
        {
            logger.LogWarning(e, "Could not record the failure of blob {Blob}; the retry will.", row.BlobName);
        }
    }
}

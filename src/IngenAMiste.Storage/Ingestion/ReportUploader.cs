using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using IngenAMiste.Storage.Tables;

namespace IngenAMiste.Storage.Ingestion;

/// <summary>Puts report files into the <c>reports</c> container without ever replacing an upload already there.</summary>
public sealed class ReportUploader(ReportTables tables, TimeProvider time)
{
    /// <summary>
    /// Uploads <paramref name="file"/> as <paramref name="blobName"/> (default: the file's name). If a blob of that name
    /// holds the same bytes, it is reused; if it holds other bytes, the new file gets a time-stamped name instead.
    /// </summary>
    public async Task<BlobClient> UploadAsync(FileInfo file, string? blobName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await tables.EnsureCreatedAsync(cancellationToken);
        var name = blobName ?? file.Name;
        var md5 = await HashAsync(file, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var blob = tables.ReportsContainer.GetBlobClient(name);
            try
            {
                await using var stream = file.OpenRead();
                await blob.UploadAsync(stream, new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf", ContentHash = md5 },
                }, cancellationToken);
                return blob;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 3)
            {
                var existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
                if (existing.Value.ContentHash is { } hash && hash.AsSpan().SequenceEqual(md5))
                {
                    return blob;
                }

                var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
                name = $"{Path.GetFileNameWithoutExtension(file.Name)}-{stamp}{(attempt > 0 ? "-" + attempt.ToString(CultureInfo.InvariantCulture) : "")}{file.Extension}";
            }
        }
    }

    private static async Task<byte[]> HashAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
#pragma warning disable CA5351 // MD5 is what Blob Storage uses for Content-MD5; it compares uploads, it protects nothing.
        return await MD5.HashDataAsync(stream, cancellationToken);
#pragma warning restore CA5351
    }
}

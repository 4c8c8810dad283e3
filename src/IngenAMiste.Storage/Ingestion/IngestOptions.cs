using System.ComponentModel.DataAnnotations;

namespace IngenAMiste.Storage.Ingestion;

/// <summary>Limits on one ingestion. Section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Blobs larger than this are rejected from their properties, before any byte is downloaded. Default 50 MiB.</summary>
    [Range(1, 1L << 31, ErrorMessage = "Ingest:MaxBytes must be between 1 and 2147483648.")]
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Documents with more pages are rejected. Default 2000.</summary>
    [Range(1, 100_000, ErrorMessage = "Ingest:MaxPages must be between 1 and 100000.")]
    public int MaxPages { get; set; } = 2000;

    /// <summary>How long reading one document may take before it is rejected. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Ingest:Timeout must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}

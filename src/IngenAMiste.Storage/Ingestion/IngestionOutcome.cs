namespace IngenAMiste.Storage.Ingestion;

public static class IngestionOutcomes
{
    /// <summary>Still being processed (or the process died: a retry will finish it).</summary>
    public const string Processing = "Processing";
    /// <summary>The report is stored (or was already stored: same content).</summary>
    public const string Succeeded = "Succeeded";
    /// <summary>The file cannot be used as it is; a person must act (see the reason). Not retried.</summary>
    public const string Rejected = "Rejected";
    /// <summary>Something went wrong on our side (e.g. storage unavailable); retried by the runtime.</summary>
    public const string Failed = "Failed";
}

/// <summary>What became of one blob.</summary>
public sealed record IngestionResult(
    string BlobName,
    string Outcome,
    string? ReasonCode,
    string? Reason,
    string? ReasonNorwegian,
    string? ReportId,
    int MeasureCount,
    TimeSpan Duration,
    bool AlreadyProcessed = false);

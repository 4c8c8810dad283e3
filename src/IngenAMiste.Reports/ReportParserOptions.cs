namespace IngenAMiste.Reports;

/// <summary>Limits on one parse, so an odd or hostile file cannot take the process down.</summary>
public sealed class ReportParserOptions
{
    /// <summary>Documents with more pages are rejected (<see cref="RejectionReason.TooManyPages"/>).</summary>
    public int MaxPages { get; set; } = 2000;
}

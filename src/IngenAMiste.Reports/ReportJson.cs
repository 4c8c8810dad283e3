using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports;

/// <summary>The JSON form of a parse: snake_case field names as in the labelled corpus.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Serialize(ParsedReport report) => JsonSerializer.Serialize(report, Options);

    public static ParsedReport? Deserialize(string json) => JsonSerializer.Deserialize<ParsedReport>(json, Options);

    /// <summary>The label used in JSON, tables and CSV: not_started, planned, in_progress, completed.</summary>
    public static string ToCode(this MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "not_started",
        MeasureStatus.Planned => "planned",
        MeasureStatus.InProgress => "in_progress",
        MeasureStatus.Completed => "completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static MeasureStatus ParseStatus(string code) => code switch
    {
        "not_started" => MeasureStatus.NotStarted,
        "planned" => MeasureStatus.Planned,
        "in_progress" => MeasureStatus.InProgress,
        "completed" => MeasureStatus.Completed,
        _ => throw new FormatException($"Unknown status '{code}'."),
    };
}

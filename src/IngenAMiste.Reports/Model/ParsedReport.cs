using System.Text.Json.Serialization;

namespace IngenAMiste.Reports.Model;

/// <summary>
/// The result of reading one PDF: what the document is, its goals (Mål), its measures (Tiltak) with status
/// and evidence, the measures it merely mentions (presentations and other documents), and warnings.
/// Field names follow the hand-labelled corpus (<c>shared/corpus/*.expected.json</c>) in snake_case.
/// </summary>
public sealed record ParsedReport
{
    public required DocumentInfo Document { get; init; }
    public IReadOnlyList<Goal> Goals { get; init; } = [];
    public IReadOnlyList<Measure> Measures { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Document metadata as stated in the text.</summary>
public sealed record DocumentInfo
{
    /// <summary><see cref="DocumentKinds"/>: annual_report, presentation or other.</summary>
    public required string Kind { get; init; }
    public string? Title { get; init; }
    /// <summary>The plan's period, e.g. "2020-2025".</summary>
    public string? PlanPeriod { get; init; }
    /// <summary>The period the report covers, e.g. "2020-2021".</summary>
    public string? ReportPeriod { get; init; }
    /// <summary>The date the report is "as of" (pr. 10. september 2021).</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>The number of measures the text says the plan has ("Planen inneholder 61 tiltak").</summary>
    public int? MeasureCountStated { get; init; }
    public int GoalCount { get; init; }
    public int PageCount { get; init; }
}

public static class DocumentKinds
{
    public const string AnnualReport = "annual_report";
    public const string Presentation = "presentation";
    public const string Other = "other";
}

/// <summary>Mål: one of the plan's goals.</summary>
public sealed record Goal(int Number, string Title);

/// <summary>Tiltak: one measure of the plan as reported in one document.</summary>
public sealed record Measure
{
    public required int Number { get; init; }
    /// <summary>The number of the goal (Mål) the measure sits under.</summary>
    public required int Goal { get; init; }
    /// <summary>The commitment ("Regjeringen vil …"), one line, the document's own words.</summary>
    public required string Commitment { get; init; }
    /// <summary>Ansvarlig departement: ministry codes as written (HOD, ASD, BFD, FD, JD, KUD, KD, SD, …).</summary>
    public IReadOnlyList<string> Ministries { get; init; } = [];
    public required MeasureStatus Status { get; init; }
    /// <summary>The verbatim phrase from the narrative that decided <see cref="Status"/>.</summary>
    public string? StatusEvidence { get; init; }
    /// <summary>How sure the classifier is (0–1): high when one strong rule decided, lower on close calls or weak signals.</summary>
    public double? StatusConfidence { get; init; }
    /// <summary>Which rules fired and why the status was chosen (for review).</summary>
    public string? StatusExplanation { get; init; }
    public IReadOnlyList<Funding> Funding { get; init; } = [];
    public IReadOnlyList<string> Urls { get; init; } = [];
    /// <summary>The narrative under the measure (what was done), one paragraph per line.</summary>
    public string? Narrative { get; init; }
    /// <summary>1-based page where the measure's heading stands.</summary>
    public int Page { get; init; }
}

/// <summary>Where a measure stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeasureStatus>))]
public enum MeasureStatus
{
    [JsonStringEnumMemberName("not_started")] NotStarted,
    [JsonStringEnumMemberName("planned")] Planned,
    [JsonStringEnumMemberName("in_progress")] InProgress,
    [JsonStringEnumMemberName("completed")] Completed,
}

/// <summary>Money allocated to a measure, as stated in its narrative.</summary>
public sealed record Funding(long AmountNok, int? Year, string Evidence);

/// <summary>A measure a non-report document quotes or paraphrases.</summary>
public sealed record Mention(int Measure, string Evidence);

using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports;

/// <summary>One measure of the plan as an annual report states it, for linking mentions in other documents.</summary>
public sealed record CatalogEntry(int Number, int Goal, string Commitment);

/// <summary>The plan's measures, taken from an annual report, used to recognise quotes and paraphrases in other documents.</summary>
public sealed class MeasureCatalog
{
    public MeasureCatalog(IEnumerable<CatalogEntry> entries, IEnumerable<Goal>? goals = null, string? planPeriod = null)
    {
        Entries = entries.OrderBy(e => e.Number).ToArray();
        Goals = goals?.OrderBy(g => g.Number).ToArray() ?? [];
        PlanPeriod = planPeriod;
    }

    /// <summary>The plan's period ("2020-2025") as the source report states it.</summary>
    public string? PlanPeriod { get; }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    public IReadOnlyList<Goal> Goals { get; }

    public static MeasureCatalog FromReport(ParsedReport report) =>
        new(report.Measures.Select(m => new CatalogEntry(m.Number, m.Goal, m.Commitment)), report.Goals, report.Document.PlanPeriod);
}

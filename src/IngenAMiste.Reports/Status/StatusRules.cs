using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>One Norwegian phrase pattern with the status it signals and how strongly.</summary>
public sealed record StatusRule(string Id, MeasureStatus Label, double Weight, Regex Pattern, string Gloss);

/// <summary>The phrase table.</summary>
public static class StatusRules
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static IReadOnlyList<StatusRule> All { get; } =
    [
        new("not-started", MeasureStatus.NotStarted, 5, new Regex(@"ikke\s+på\s?begynt", Opts), "not begun"),
        new("ongoing", MeasureStatus.InProgress, 3, new Regex(@"pågår|pågående|er i gang|igangsatt|under (?:etablering|revidering|montering)", Opts), "ongoing"),
        new("planning", MeasureStatus.Planned, 3, new Regex(@"under planlegging|utredningsfase|begynt planlegging", Opts), "being planned"),
        new("done", MeasureStatus.Completed, 2, new Regex(@"ble (?:etablert|lansert|sendt)", Opts), "was established / launched / sent"),
        new("assigned", MeasureStatus.Planned, 1, new Regex(@"gitt som oppdrag|vil\s+(?:i \d{4}\s+)?vurdere|vurderes", Opts), "assigned / to be assessed"),
    ];
}

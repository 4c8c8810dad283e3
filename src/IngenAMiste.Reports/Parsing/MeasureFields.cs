using System.Globalization;
using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// The field block some reports put under a measure's heading, one label–value line each: the goal ("Mål: 3 – …",
/// "Hovedmål 3"), co-responsible ministries ("Medansvar: KD, AID"), the status the ministry sets ("Status: Igangsatt")
/// and funding ("Bevilgning 2024: 4,5 mill. kroner"). Also recognises the heading of a fact box ("Faktaboks: …"), a
/// bordered aside between measures that belongs to no measure.
/// </summary>
internal static partial class MeasureFields
{
    /// <summary>Does a line begin a field of the block (so it starts a paragraph of its own)?</summary>
    public static bool IsFieldLine(string line) =>
        line.Length > 0 && line[0] is 'M' or 'H' or 'S' or 'B' or 'T' or 'L' or 'P' && AnyField().IsMatch(line);

    /// <summary>The goal number a goal field names, or null.</summary>
    public static int? Goal(string text)
    {
        var m = GoalField().Match(text);
        return m.Success ? int.Parse(m.Groups["goal"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The value of a status field as written ("Delvis gjennomført"), or null.</summary>
    public static string? Status(string text)
    {
        var m = StatusField().Match(text);
        return m.Success ? m.Groups["value"].Value.Trim() : null;
    }

    /// <summary>The list part of a co-responsibility line ("Medansvar: KD og AID" → "KD og AID"), or null.</summary>
    public static string? CoResponsible(string text)
    {
        var m = CoField().Match(text);
        return m.Success ? m.Groups["list"].Value : null;
    }

    /// <summary>Is the paragraph a funding field ("Bevilgning 2024: …")?</summary>
    public static bool IsFunding(string text) => FundingField().IsMatch(text);

    /// <summary>Does the paragraph head a fact box ("Faktaboks: …", "Fakta om …")?</summary>
    public static bool IsFactBoxHeading(string text) => FactBox().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:Hovedmål|Hovudmål)\s*(?:nr\.?\s*)?:?\s*\d{1,2}\b|(?:Mål|Planens\s+mål|Planen\s+sitt\s+mål)(?:\s+i\s+planen)?\s*:\s*(?:[Mm]ål\s*)?\d{1,2}\b|Status(?:\s+(?:per|pr\.)\s+[^:]{1,30})?\s*:\s*\S|Medansvar\w*(?:\s+(?:departement(?:er|ene|a)?|dep\.))?\s*:|(?:Bevilgning|Bevilling|Løyving|Tildelt|Tildeling)(?:\s+(?:i\s+)?\d{4})?\s*:\s*\S)")]
    private static partial Regex AnyField();

    [GeneratedRegex(@"^(?:(?:Hovedmål|Hovudmål)\s*(?:nr\.?\s*)?:?\s*(?<goal>\d{1,2})\b|(?:Mål|Planens\s+mål|Planen\s+sitt\s+mål)(?:\s+i\s+planen)?\s*:\s*(?:[Mm]ål\s*)?(?<goal>\d{1,2})\b)")]
    private static partial Regex GoalField();

    [GeneratedRegex(@"^Status(?:\s+(?:per|pr\.)\s+[^:]{1,30})?\s*:\s*(?<value>\S.{0,80})$")]
    private static partial Regex StatusField();

    [GeneratedRegex(@"^Medansvar\w*(?:\s+(?:departement(?:er|ene|a)?|dep\.))?\s*:\s*(?<list>.+)$")]
    private static partial Regex CoField();

    [GeneratedRegex(@"^(?:Bevilgning|Bevilling|Løyving|Tildelt|Tildeling)(?:\s+(?:i\s+)?\d{4})?\s*:\s*\S")]
    private static partial Regex FundingField();

    [GeneratedRegex(@"^(?:Faktaboks\b|Fakta\s*[:–—-]\s*\S|Fakta\s+om\s+\S)")]
    private static partial Regex FactBox();
}

using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// A measure's status history across the years, as late reports recap it: labelled lines ("Status 2021: Planlagt" ⏎
/// "Status 2022: Igangsatt" ⏎ "Status 2024: Gjennomført") or a small table År | Status (extracted as a line "År", a line
/// "Status", then year lines and value lines in order). The status is the one as of the report: the latest entry decides,
/// not the earliest or the strongest, and a plan mentioned after the history ("En evaluering er planlagt i 2025") does not
/// undo it. An entry's value is read with the status-field vocabulary (<see cref="StatusField.Read"/>), else with the phrase
/// table; a value that completes only part of the scope ("Etablert i 14 av 20 helseforetak") is in progress; work that had
/// begun and is then on hold or stopped ("Satt på vent", "Stanset") is stalled, so in progress.
/// </summary>
public static partial class StatusHistory
{
    /// <summary>One entry of a history: its year and the value as written.</summary>
    public sealed record Entry(int Year, string Value, string Evidence);

    /// <summary>The entries of a history in the narrative (at least two years), in the order written; empty when there is none.</summary>
    public static IReadOnlyList<Entry> Read(string narrative)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        var labelled = new List<Entry>();
        foreach (Match m in LabelledEntry().Matches(narrative))
        {
            var value = m.Groups["value"].Value.Trim().TrimEnd('.', ';', ',');
            if (value.Length > 0)
            {
                labelled.Add(new Entry(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), value, m.Value.Trim().TrimEnd('.', ';', ',')));
            }
        }

        if (labelled.Select(e => e.Year).Distinct().Count() >= 2)
        {
            return labelled;
        }

        return TableEntries(narrative);
    }

    /// <summary>
    /// The table form: a line "År" and a line beginning "Status" (the header), then lines of years and lines of values in
    /// order, up to the first line that is a sentence (ends with a full stop). The years' order is kept and the values are
    /// matched to them in order; the last value belongs to the last year.
    /// </summary>
    private static List<Entry> TableEntries(string narrative)
    {
        var lines = narrative.Split('\n');
        var header = Array.FindIndex(lines, l => l.Trim().Equals("År", StringComparison.OrdinalIgnoreCase));
        if (header < 0)
        {
            return [];
        }

        var years = new List<int>();
        var values = new List<string>();
        var sawStatus = false;
        for (var i = header + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!sawStatus && line.StartsWith("Status", StringComparison.OrdinalIgnoreCase))
            {
                sawStatus = true;
                line = line["Status".Length..].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            if (YearLine().IsMatch(line))
            {
                years.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            if (line.EndsWith('.'))
            {
                break;
            }

            values.Add(line);
        }

        if (!sawStatus || years.Count < 2 || values.Count == 0)
        {
            return [];
        }

        var entries = new List<Entry>();
        for (var i = 0; i < values.Count; i++)
        {
            // Values joined on one line shift the pairing; the last value always belongs to the last year.
            var year = i == values.Count - 1 ? years[^1] : years[Math.Min(i, years.Count - 1)];
            entries.Add(new Entry(year, values[i], values[i]));
        }

        return entries;
    }

    /// <summary>The status as of the report from a narrative's history, or null when it has none or its latest entry says nothing readable.</summary>
    public static StatusResult? Decide(string narrative, string? commitment)
    {
        var entries = Read(narrative);
        if (entries.Count < 2)
        {
            return null;
        }

        var latestYear = entries.Max(e => e.Year);
        var latest = entries.Last(e => e.Year == latestYear);
        if (Label(latest.Value, commitment) is not { } label)
        {
            // A latest entry the vocabulary does not know ("Forprosjekt bestilt"): the rest of the narrative decides without
            // the older entries; when it says nothing either, something was reported and nothing is said to be under way.
            var rest = LabelledEntry().Replace(narrative, e => e.Value == latest.Evidence ? e.Value : string.Empty);
            var other = StatusClassifier.Classify(rest.Replace(latest.Evidence, string.Empty, StringComparison.Ordinal), commitment);
            return other.Evidence is not null
                ? other
                : new StatusResult(MeasureStatus.Planned, latest.Evidence, 0.4, $"planned by status-history ({latestYear}): the latest entry names no state, nothing is said to be under way «{latest.Evidence}»", []);
        }

        var begun = entries.Where(e => e != latest).Any(e => Label(e.Value, commitment) is MeasureStatus.InProgress or MeasureStatus.Completed);
        var reason = "the latest entry of the status history";
        if (label == MeasureStatus.NotStarted && begun && !ExplicitNotBegun(latest.Value))
        {
            (label, reason) = (MeasureStatus.InProgress, "the latest entry of the status history puts begun work on hold (stalled)");
        }

        return new StatusResult(label, latest.Evidence, 0.85, $"{label.ToCode()} by status-history ({latestYear}): {reason} «{latest.Evidence}»", []);
    }

    /// <summary>Does the text name a part of a scope ("i 14 av 20 helseforetak")?</summary>
    internal static bool CoversPart(string text) => PartialScope().IsMatch(text);

    private static MeasureStatus? Label(string value, string? commitment)
    {
        if (ReadWithin(value) is { } field)
        {
            return field.Label == MeasureStatus.Completed && PartialScope().IsMatch(value) ? MeasureStatus.InProgress : field.Label;
        }

        var result = StatusClassifier.Classify(value, commitment);
        return result.Evidence is null ? null : result.Status;
    }

    /// <summary>
    /// A field value at the start of the entry or after its subject ("Utprøving i gang i fire kommuner"): the first word from
    /// which the status-field vocabulary reads a value, unless a negation stands right before it.
    /// </summary>
    private static (MeasureStatus Label, string Phrase)? ReadWithin(string value)
    {
        foreach (Match w in WordStart().Matches(value))
        {
            if (StatusField.Read(value[w.Index..]) is { } field)
            {
                return NegationBefore().IsMatch(value[..w.Index]) ? null : field;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\w)\w")]
    private static partial Regex WordStart();

    [GeneratedRegex(@"\b(?:ikke|ikkje|aldri|ennå|enno)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();

    private static bool ExplicitNotBegun(string value) => StatusField.Read(value) is { Label: MeasureStatus.NotStarted };

    /// <summary>"Status 2022: Igangsatt" up to the next entry, the end of the line or a ministry line glued to it.</summary>
    [GeneratedRegex(@"\bStatus\s+(?<year>(?:19|20)\d{2})\s*:\s*(?<value>[^\n]*?)(?=\s*\bStatus\s+(?:19|20)\d{2}\s*:|\s+Departement(?:er)?\s*:|\s+Ansvarl\w*|\n|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledEntry();

    [GeneratedRegex(@"^(?:(?:19|20)\d{2})(?:\s+(?:19|20)\d{2})*$")]
    private static partial Regex YearLine();

    /// <summary>"i 14 av 20 helseforetak", "i fem av ni regioner": a part of the scope.</summary>
    [GeneratedRegex(@"\b(?:\d{1,3}|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\s+av\s+(?:\d{1,3}|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartialScope();
}

using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// The status a ministry sets in a measure's field block ("Status: Igangsatt", "Status: Delvis gjennomført", nynorsk
/// "Status: Ikkje påbyrja"). It is the ministry's own statement and decides the measure's status, with the value as written
/// as evidence, unless the narrative contradicts it plainly: it states that the work has not begun, or, against a field
/// that says done, that the work is not finished (a field left from an earlier year). A value not in <see cref="Values"/>
/// (a traffic light, a free sentence) leaves the decision to the narrative.
/// </summary>
public static partial class StatusField
{
    /// <summary>
    /// Field values (bokmål and nynorsk, lower case) and their labels; the longest value the field begins with counts, so
    /// "ikke påbegynt" is not read as "påbegynt" nor "delvis gjennomført" as "gjennomført".
    /// Glossary: igangsatt/igangsett/i gang/påbegynt/påbyrja/startet/starta = begun; pågår/pågående/pågåande = ongoing; delvis
    /// gjennomført/gjennomførd = partly carried out; under arbeid/gjennomføring/utarbeidelse/utarbeiding/utvikling/etablering =
    /// being worked on/carried out/prepared/developed/established; i rute = on track; gjennomført/fullført/ferdig/ferdigstilt/
    /// avsluttet/avslutta/sluttført/levert/innført/implementert/etablert/oppfylt = done; planlagt/planlagd/under planlegging/
    /// under vurdering/under utredning/under utgreiing/ikke startet, men planlagt = planned; ikke påbegynt/ikkje påbyrja/ikke
    /// startet/ikkje starta/ikke igangsatt/ikkje igangsett/ikkje sett i gang/ikke begynt/ikkje byrja/ikke iverksatt/utsatt/utsett
    /// = not begun or postponed.
    /// </summary>
    private static readonly (string Value, MeasureStatus Label)[] Values =
    [
        ("ikke påbegynt", MeasureStatus.NotStarted),
        ("ikkje påbyrja", MeasureStatus.NotStarted),
        ("ikkje påbegynt", MeasureStatus.NotStarted),
        ("ikke startet", MeasureStatus.NotStarted),
        ("ikkje starta", MeasureStatus.NotStarted),
        ("ikkje starta opp", MeasureStatus.NotStarted),
        ("ikke igangsatt", MeasureStatus.NotStarted),
        ("ikkje igangsett", MeasureStatus.NotStarted),
        ("ikkje igangsatt", MeasureStatus.NotStarted),
        ("ikkje sett i gang", MeasureStatus.NotStarted),
        ("ikke satt i gang", MeasureStatus.NotStarted),
        ("ikke begynt", MeasureStatus.NotStarted),
        ("ikkje byrja", MeasureStatus.NotStarted),
        ("ikke iverksatt", MeasureStatus.NotStarted),
        ("ikkje sett i verk", MeasureStatus.NotStarted),
        ("utsatt", MeasureStatus.NotStarted),
        ("utsett", MeasureStatus.NotStarted),
        ("ikke startet, men planlagt", MeasureStatus.Planned),
        ("ikkje starta, men planlagd", MeasureStatus.Planned),
        ("planlagt", MeasureStatus.Planned),
        ("planlagd", MeasureStatus.Planned),
        ("under planlegging", MeasureStatus.Planned),
        ("under vurdering", MeasureStatus.Planned),
        ("under utredning", MeasureStatus.Planned),
        ("under utgreiing", MeasureStatus.Planned),
        ("igangsatt", MeasureStatus.InProgress),
        ("igangsett", MeasureStatus.InProgress),
        ("i gang", MeasureStatus.InProgress),
        ("påbegynt", MeasureStatus.InProgress),
        ("påbyrja", MeasureStatus.InProgress),
        ("startet", MeasureStatus.InProgress),
        ("starta", MeasureStatus.InProgress),
        ("pågår", MeasureStatus.InProgress),
        ("pågående", MeasureStatus.InProgress),
        ("pågåande", MeasureStatus.InProgress),
        ("delvis gjennomført", MeasureStatus.InProgress),
        ("delvis gjennomførd", MeasureStatus.InProgress),
        ("delvis fullført", MeasureStatus.InProgress),
        ("under arbeid", MeasureStatus.InProgress),
        ("under gjennomføring", MeasureStatus.InProgress),
        ("under utarbeidelse", MeasureStatus.InProgress),
        ("under utarbeiding", MeasureStatus.InProgress),
        ("under utvikling", MeasureStatus.InProgress),
        ("under etablering", MeasureStatus.InProgress),
        ("i arbeid", MeasureStatus.InProgress),
        ("i rute", MeasureStatus.InProgress),
        ("gjennomført", MeasureStatus.Completed),
        ("gjennomførd", MeasureStatus.Completed),
        ("fullført", MeasureStatus.Completed),
        ("ferdig", MeasureStatus.Completed),
        ("ferdigstilt", MeasureStatus.Completed),
        ("avsluttet", MeasureStatus.Completed),
        ("avslutta", MeasureStatus.Completed),
        ("sluttført", MeasureStatus.Completed),
        ("levert", MeasureStatus.Completed),
        ("innført", MeasureStatus.Completed),
        ("implementert", MeasureStatus.Completed),
        ("etablert", MeasureStatus.Completed),
        ("oppfylt", MeasureStatus.Completed),
    ];

    /// <summary>The label a field value stands for and the part of the value that says it (as written), or null for an unknown value.</summary>
    public static (MeasureStatus Label, string Phrase)? Read(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        (MeasureStatus Label, string Phrase)? best = null;
        var bestLength = 0;
        foreach (var (known, label) in Values)
        {
            if (known.Length > bestLength && v.StartsWith(known, StringComparison.OrdinalIgnoreCase)
                && (v.Length == known.Length || !char.IsLetterOrDigit(v[known.Length])))
            {
                best = (label, v[..known.Length]);
                bestLength = known.Length;
            }
        }

        return best;
    }

    /// <summary>
    /// The measure's status from its field value and the classification of its narrative: the field decides, unless it is
    /// unknown or the narrative states explicitly that the work has not begun.
    /// </summary>
    public static StatusResult Decide(string? value, StatusResult narrative)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        if (value is null || Read(value) is not { } field)
        {
            return narrative;
        }

        if (field.Label != MeasureStatus.NotStarted && StatusClassifier.StatesNotStarted(narrative))
        {
            return narrative with { Explanation = $"{narrative.Explanation} (over the status field «{value}»: the narrative says the work has not begun)" };
        }

        if (field.Label == MeasureStatus.Completed
            && narrative.Hits.FirstOrDefault(h => h.Label == MeasureStatus.InProgress && NotFinished().IsMatch(h.Evidence)) is { } open)
        {
            return new StatusResult(MeasureStatus.InProgress, open.Evidence, 0.7,
                $"in_progress by {open.RuleId}: the narrative says the work is not finished «{open.Evidence}» (over the status field «{value}»)", narrative.Hits);
        }

        return new StatusResult(field.Label, field.Phrase, 0.95, $"{field.Label.ToCode()} by the status field «Status: {value}»", narrative.Hits);
    }

    /// <summary>"er (likevel) ikke ferdig", "ikkje fullført": the work is plainly not finished.</summary>
    [GeneratedRegex(@"\b(?:ikke|ikkje)\s+(?:helt\s+|heilt\s+)?(?:ferdig\w*|fullført|fullførd|avsluttet|avslutta|sluttført)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFinished();
}

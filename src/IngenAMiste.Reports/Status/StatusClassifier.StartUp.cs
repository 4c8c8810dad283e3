using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// A start-up phase with a first concrete step already taken ("Direktoratet har etablert en redaksjonsgruppe, og arbeidet med
/// heftet er i oppstartsfasen"): the work has begun, so the start-up statement says in progress. A start-up phase alone, or an
/// investigation or planning phase with a working group, stays planned.
/// </summary>
public static partial class StatusClassifier
{
    private static List<StatusHit> StartUpUnderWay(List<StatusHit> hits)
    {
        var stepTaken = hits.Any(h => h.RuleId == "completion" && h.Label == MeasureStatus.InProgress);
        return stepTaken
            ? hits.Select(h => h.RuleId == "planning-phase" && h.Label == MeasureStatus.Planned && StartUpPhase().IsMatch(h.Evidence)
                ? h with { Label = MeasureStatus.InProgress, Reason = "a start-up phase after a first step was taken (work has begun)" }
                : h).ToList()
            : hits;
    }

    [GeneratedRegex(@"\boppstartsfase\w*|\bunder\s+oppstart\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartUpPhase();
}

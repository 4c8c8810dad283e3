using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// Next steps after a delivery (implementation, spreading, evaluation, follow-up). Work on a next step under way does not
/// undo a delivered deliverable ("Begrensningen ble innført …; Helsedirektoratet er i gang med å evaluere den"), unless the
/// commitment itself asks for that step ("revidere retningslinjen og legge til rette for implementering": then the
/// implementation is the measure's own work, and it being under way means the measure is not finished).
/// </summary>
public static partial class StatusClassifier
{
    /// <summary>Is the signal's statement about a next step that the commitment does not ask for?</summary>
    internal static bool IsNextStep(string evidence, string? commitment)
    {
        var step = FollowUp().Match(evidence);
        var stepText = step.Success ? step.Value : NextStepActivity().Match(evidence) is { Success: true } a ? a.Groups["step"].Value : null;
        if (stepText is null)
        {
            return false;
        }

        var asked = AskedStep(stepText);
        return asked is null || commitment is null || !asked.IsMatch(commitment);
    }

    /// <summary>The commitment wording that asks for the same step, or null for a step no commitment names (further work).</summary>
    private static Regex? AskedStep(string step)
    {
        var s = step.ToLowerInvariant();
        return s.Contains("implementer", StringComparison.Ordinal) ? AsksImplementation()
            : s.Contains("spre", StringComparison.Ordinal) ? AsksSpreading()
            : s.Contains("evaluer", StringComparison.Ordinal) ? AsksEvaluation()
            : s.Contains("oppfølging", StringComparison.Ordinal) || s.Contains("følge", StringComparison.Ordinal) ? AsksFollowUp()
            : null;
    }

    /// <summary>Working on a next step: "er i gang med å evaluere", "holder på med implementeringen", "arbeider med å spre".</summary>
    [GeneratedRegex(@"\b(?:i\s+gang\s+med|holder\s+på\s+med|i\s+ferd\s+med|(?:arbeider|jobber)\s+(?:nå\s+)?med)\s+(?:å\s+)?(?<step>evaluer\w*|implementer\w*|spre(?:dning\w*)?\b|følge\s+opp|oppfølging\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex NextStepActivity();

    [GeneratedRegex(@"\bimplementer\w*", RegexOptions.IgnoreCase)]
    private static partial Regex AsksImplementation();

    [GeneratedRegex(@"\bspre(?:s|dning\w*)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSpreading();

    [GeneratedRegex(@"\bevaluer\w*", RegexOptions.IgnoreCase)]
    private static partial Regex AsksEvaluation();

    [GeneratedRegex(@"\boppfølging\w*|\bfølge\s+opp\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksFollowUp();
}

using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Status;

/// <summary>The outcome of classifying one measure's narrative.</summary>
public sealed record StatusResult(MeasureStatus Status, string? Evidence, double Confidence, string Explanation);

/// <summary>Classifies a measure's status from its narrative with the phrase table in <see cref="StatusRules"/>.</summary>
public static class StatusClassifier
{
    public static StatusResult Classify(string narrative, string? commitment = null)
    {
        _ = commitment;
        if (string.IsNullOrWhiteSpace(narrative))
        {
            return new StatusResult(MeasureStatus.NotStarted, null, 0, "No narrative.");
        }

        var best = default((StatusRule Rule, Match Match)?);
        foreach (var sentence in Sentences.Split(narrative))
        {
            foreach (var rule in StatusRules.All)
            {
                var m = rule.Pattern.Match(sentence.Text);
                if (m.Success && (best is null || rule.Weight > best.Value.Rule.Weight))
                {
                    best = (rule, m);
                }
            }
        }

        return best is null
            ? new StatusResult(MeasureStatus.Planned, null, 0.2, "No rule fired.")
            : new StatusResult(best.Value.Rule.Label, best.Value.Match.Value, 0.5, best.Value.Rule.Id);
    }
}

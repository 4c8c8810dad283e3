using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// A narrative that moves through the years ("I 2021 ble det lagt en plan … Høsten 2022 startet skrivingen … Veilederen ble
/// utgitt i april 2024"): the latest dated statement decides, not the earliest or the strongest. A completion in the latest
/// dated sentence that ends such a chain (an earlier dated sentence reports the same work planned or begun) is the measure's
/// completion, unless it covers a part of the scope; and an explicit later statement of progress turns the earlier dated
/// statements of a lower stage into history (an early "planlagt" does not make the measure planned today, an early "pågikk"
/// does not keep it in progress after it was finished). Plans and future steps never decide over what was reported done,
/// and a later statement never lowers the stage (a follow-up does not undo a delivery).
/// </summary>
public static partial class StatusClassifier
{
    private static readonly HashSet<string> CompletionRules =
        StatusRules.All.Where(r => r.Kind == RuleKind.Completion).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The latest date a sentence names, as year × 16 + month (0 when it names no year from 1990 to 2099).</summary>
    internal static int SentenceDate(string sentence)
    {
        var best = 0;
        foreach (Match m in DateExpression().Matches(sentence))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = MonthOf(m.Groups["when"].Value);
            best = Math.Max(best, year * 16 + month);
        }

        return best;
    }

    private static int MonthOf(string when)
    {
        var w = when.Trim().ToLowerInvariant();
        if (w.Length == 0)
        {
            return 6;
        }

        var months = NorwegianCalendar.MonthNames;
        for (var i = 0; i < months.Length; i++)
        {
            if (w.Contains(months[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return w switch
        {
            _ when w.StartsWith("q1", StringComparison.Ordinal) || w.StartsWith("tidlig", StringComparison.Ordinal) => 2,
            _ when w.StartsWith("våren", StringComparison.Ordinal) || w.StartsWith("q2", StringComparison.Ordinal) => 4,
            _ when w.StartsWith("sommeren", StringComparison.Ordinal) || w.StartsWith("q3", StringComparison.Ordinal) => 7,
            _ when w.StartsWith("høsten", StringComparison.Ordinal) || w.StartsWith("q4", StringComparison.Ordinal) => 10,
            _ => 12,
        };
    }

    private static List<StatusHit> LatestDatedDecides(List<StatusHit> hits, Dictionary<int, (int Date, string Text)> sentences)
    {
        int DateOf(StatusHit h) => sentences.TryGetValue(h.Sentence, out var s) ? s.Date : 0;
        var reported = hits.Where(h => h.Label != MeasureStatus.Planned && DateOf(h) > 0).ToList();
        if (reported.Select(DateOf).Distinct().Count() < 2)
        {
            return hits;
        }

        var latest = reported.Max(DateOf);
        var earlierWork = hits.Any(h => DateOf(h) > 0 && DateOf(h) < latest && h.Label is MeasureStatus.Planned or MeasureStatus.InProgress);
        var result = hits.Select(h =>
            earlierWork && DateOf(h) == latest && h.Label == MeasureStatus.InProgress && h.Weight < ExplicitProgress && !h.NextStep
            && CompletionRules.Contains(h.RuleId) && !StatusHistory.CoversPart(sentences[h.Sentence].Text)
                ? h with { Label = MeasureStatus.Completed, Weight = CompletedBand, Reason = "the latest dated statement of a narrative through the years completes the work" }
                : h).ToList();

        var decisive = result.Where(h => DateOf(h) == latest && h.Weight >= ExplicitProgress && h.Label is MeasureStatus.InProgress or MeasureStatus.Completed).ToList();
        if (decisive.Count == 0)
        {
            return result;
        }

        var stage = decisive.Max(h => Stage(h.Label));
        return result.Select(h => DateOf(h) > 0 && DateOf(h) < latest && Stage(h.Label) < stage && h.Weight < ExplicitNotStarted
            ? h with { Weight = Math.Min(h.Weight, 1), Reason = "history (an earlier dated statement): " + h.Reason }
            : h).ToList();
    }

    private static int Stage(MeasureStatus s) => s switch
    {
        MeasureStatus.NotStarted => 0,
        MeasureStatus.Planned => 1,
        MeasureStatus.InProgress => 2,
        _ => 3,
    };

    /// <summary>A year, with the month, season or quarter before it when there is one ("per 1. oktober 2024", "høsten 2022", "Q3 2024").</summary>
    [GeneratedRegex(@"(?<when>(?:\d{1,2}\.\s*)?(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+|(?:våren|sommeren|høsten|vinteren|tidlig\s+i|sent\s+i|utgangen\s+av)\s+|Q[1-4]\s+)?\b(?<year>(?:19|20)\d{2})\b(?![–-]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DateExpression();
}

using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// A measure whose work is reported as lettered sub-items ("a) … b) … c) …", each with its own short progress): the status is
/// the measure's, judged on its own deliverable. When some sub-items are finished and others are not (not begun, planned,
/// explicitly under way, or with no statement at all), a finished sub-item is a step of the measure (a weak in-progress sign);
/// when some sub-item is finished or under way, a sub-item not yet begun does not make the measure not started (or planned).
/// When every sub-item is finished, or none has begun, the hits stand.
/// </summary>
public static partial class StatusClassifier
{
    private static List<StatusHit> SubItemsJudged(List<StatusHit> hits, IReadOnlyList<NarrativeParagraph> paragraphs, List<int> paragraphStarts)
    {
        // The lettered items: paragraph indexes in order.
        List<int>? items = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (LetteredItem().IsMatch(paragraphs[i].Text))
            {
                (items ??= []).Add(i);
            }
        }

        if (items is null || items.Count < 2 || hits.Count == 0)
        {
            return hits;
        }

        int ItemOf(StatusHit h)
        {
            var p = paragraphStarts.FindLastIndex(s => s <= h.Start);
            return items.Contains(p) ? p : -1;
        }

        int done = 0, underWay = 0, notBegun = 0, silent = 0;
        foreach (var item in items)
        {
            StatusHit? top = null;
            foreach (var h in hits)
            {
                if (ItemOf(h) == item && (top is null || h.Weight > top.Weight))
                {
                    top = h;
                }
            }

            if (top is null)
            {
                silent++;
            }
            else if (IsDone(top))
            {
                done++;
            }
            else if (top.Label is MeasureStatus.NotStarted or MeasureStatus.Planned)
            {
                notBegun++;
            }
            else if (top.Weight >= ExplicitProgress)
            {
                underWay++;
            }
        }

        // Some sub-item finished while another is not: the finished one is a step. Some sub-item finished or under way: a
        // sub-item not yet begun (or only planned) does not decide the measure.
        var doneIsStep = done > 0 && underWay + notBegun + silent > 0;
        var begun = done + underWay > 0 && notBegun > 0;
        if (!doneIsStep && !begun)
        {
            return hits;
        }

        var result = new List<StatusHit>(hits.Count);
        foreach (var h in hits)
        {
            if (ItemOf(h) < 0)
            {
                result.Add(h);
            }
            else if (doneIsStep && IsDone(h))
            {
                // A weak signal: where another sub-item says its work is under way, that statement is the evidence.
                result.Add(h with { Label = MeasureStatus.InProgress, Weight = Math.Min(h.Weight, SubItemDone), Reason = "a finished sub-item while other sub-items are not finished: " + h.Reason });
            }
            else if (!(begun && h.Label is MeasureStatus.NotStarted or MeasureStatus.Planned))
            {
                result.Add(h);
            }
        }

        return result;
    }

    /// <summary>Weight of a finished sub-item as a sign that the measure is under way.</summary>
    private const double SubItemDone = 2;

    /// <summary>A statement that something was finished: a completion, also one judged to be about less than the deliverable.</summary>
    private static bool IsDone(StatusHit h) => h.Label == MeasureStatus.Completed || h.RuleId == "completion";

    /// <summary>A lettered sub-item: "a) …", "b) …" (a letter a–j and a closing parenthesis, then text).</summary>
    [GeneratedRegex(@"^\(?[a-j]\)\s+\S")]
    private static partial Regex LetteredItem();
}

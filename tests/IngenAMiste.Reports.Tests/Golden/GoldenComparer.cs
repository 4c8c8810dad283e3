using System.Globalization;
using System.Text;
using System.Text.Json;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Tests.Golden;

/// <summary>Per-field tally of a comparison: how many values were right, and which were not.</summary>
public sealed class FieldScore(string field)
{
    public string Field { get; } = field;
    public int Correct { get; private set; }
    public int Total { get; private set; }
    public List<string> Misses { get; } = [];

    public void Add(bool ok, string whereAndWhat)
    {
        Total++;
        if (ok)
        {
            Correct++;
        }
        else
        {
            Misses.Add(whereAndWhat);
        }
    }

    public bool Perfect => Correct == Total;

    public override string ToString() => $"{Field,-26} {Correct,3}/{Total,-3} {(Total == 0 ? 100 : 100.0 * Correct / Total),6:0.0}%";
}

/// <summary>
/// Compares a parse with a labelled expected JSON under the corpus rules: text after NFC, soft hyphens removed and
/// white space collapsed; URLs without scheme and trailing slash; ministries and funding as sets.
/// <c>status_evidence</c> is scored twice: exact (same phrase) and "same statement" (one phrase contains the other, or
/// they share a run of at least three words), since the labelled spans are a human's choice of where to cut a clause.
/// </summary>
public sealed class GoldenComparer
{
    private readonly Dictionary<string, FieldScore> _scores = new(StringComparer.Ordinal);

    public IReadOnlyCollection<FieldScore> Scores => _scores.Values;

    public FieldScore this[string field] => Score(field);

    private FieldScore Score(string field)
    {
        if (!_scores.TryGetValue(field, out var s))
        {
            s = new FieldScore(field);
            _scores[field] = s;
        }

        return s;
    }

    public static string Norm(string? text) => TextNormalizer.ForComparison(text);

    public static string UrlKey(string url) => TextNormalizer.UrlKey(url);

    public void Compare(JsonElement expected, ParsedReport actual, string label = "")
    {
        var doc = expected.GetProperty("document");
        foreach (var prop in doc.EnumerateObject())
        {
            var actualValue = prop.Name switch
            {
                "kind" => actual.Document.Kind,
                "title" => actual.Document.Title,
                "plan_period" => actual.Document.PlanPeriod,
                "report_period" => actual.Document.ReportPeriod,
                "as_of" => actual.Document.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "measure_count_stated" => actual.Document.MeasureCountStated?.ToString(CultureInfo.InvariantCulture),
                "goal_count" => actual.Document.GoalCount.ToString(CultureInfo.InvariantCulture),
                "page_count" => actual.Document.PageCount.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            var expectedValue = prop.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number => prop.Value.GetRawText(),
                _ => prop.Value.ToString(),
            };
            Score("document." + prop.Name).Add(Norm(expectedValue) == Norm(actualValue), $"{label} document.{prop.Name}: expected «{expectedValue}», got «{actualValue}»");
        }

        if (expected.TryGetProperty("goals", out var goals))
        {
            var actualGoals = actual.Goals.GroupBy(g => g.Number).ToDictionary(g => g.Key, g => g.First().Title);
            foreach (var g in goals.EnumerateArray())
            {
                var n = g.GetProperty("number").GetInt32();
                var title = g.GetProperty("title").GetString();
                actualGoals.TryGetValue(n, out var got);
                Score("goals").Add(Norm(title) == Norm(got), $"{label} goal {n}: expected «{title}», got «{got}»");
            }

            Score("goals.extra").Add(actual.Goals.Count <= goals.GetArrayLength(), $"{label} {actual.Goals.Count} goals found, {goals.GetArrayLength()} expected");
        }

        if (expected.TryGetProperty("measures", out var measures))
        {
            CompareMeasures(measures, actual, label);
        }

        if (expected.TryGetProperty("mentions", out var mentions) && (mentions.GetArrayLength() > 0 || actual.Mentions.Count > 0))
        {
            CompareMentions(expected, mentions, actual, label);
        }
    }

    private void CompareMeasures(JsonElement measures, ParsedReport actual, string label)
    {
        var byNumber = actual.Measures.GroupBy(m => m.Number).ToDictionary(g => g.Key, g => g.First());
        var expectedNumbers = new HashSet<int>();
        foreach (var m in measures.EnumerateArray())
        {
            var n = m.GetProperty("number").GetInt32();
            expectedNumbers.Add(n);
            var where = $"{label} M{n}";
            byNumber.TryGetValue(n, out var got);
            Score("measure.found").Add(got is not null, $"{where}: not found");
            if (got is null)
            {
                continue;
            }

            if (m.TryGetProperty("goal", out var goal))
            {
                Score("measure.goal").Add(goal.GetInt32() == got.Goal, $"{where} goal: expected {goal.GetInt32()}, got {got.Goal}");
            }

            if (m.TryGetProperty("commitment", out var commitment))
            {
                Score("measure.commitment").Add(Norm(commitment.GetString()) == Norm(got.Commitment),
                    $"{where} commitment:\n   expected «{commitment.GetString()}»\n   got      «{got.Commitment}»");
            }

            if (m.TryGetProperty("ministries", out var ministries))
            {
                var exp = ministries.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal);
                Score("measure.ministries").Add(exp.SetEquals(got.Ministries), $"{where} ministries: expected [{string.Join(", ", exp)}], got [{string.Join(", ", got.Ministries)}]");
            }

            if (m.TryGetProperty("status", out var status))
            {
                var exp = status.GetString();
                Score("measure.status").Add(exp == got.Status.ToCode(), $"{where} status: expected {exp}, got {got.Status.ToCode()} (evidence «{got.StatusEvidence}»; {got.StatusExplanation})");
            }

            if (m.TryGetProperty("status_evidence", out var evidence) && evidence.ValueKind == JsonValueKind.String)
            {
                var exp = Norm(evidence.GetString());
                var act = Norm(got.StatusEvidence);
                Score("measure.status_evidence").Add(SameStatement(exp, act), $"{where} status_evidence: expected «{exp}», got «{act}»");
                Score("measure.status_evidence(exact)").Add(exp == act, $"{where} status_evidence exact: expected «{exp}», got «{act}»");
                if (act.Length > 0)
                {
                    Score("measure.status_evidence(in narrative)").Add(Norm(got.Narrative).Contains(act, StringComparison.Ordinal), $"{where} status_evidence «{act}» is not a substring of the narrative");
                }
            }

            if (m.TryGetProperty("funding", out var funding))
            {
                var exp = funding.EnumerateArray()
                    .Select(f => FundingKey(f.GetProperty("amount_nok").GetInt64(), f.GetProperty("year").ValueKind == JsonValueKind.Null ? null : f.GetProperty("year").GetInt32(), f.GetProperty("evidence").GetString()))
                    .ToHashSet(StringComparer.Ordinal);
                var act = got.Funding.Select(f => FundingKey(f.AmountNok, f.Year, f.Evidence)).ToHashSet(StringComparer.Ordinal);
                Score("measure.funding").Add(exp.SetEquals(act), $"{where} funding:\n   expected {string.Join(" | ", exp)}\n   got      {string.Join(" | ", act)}");
            }

            if (m.TryGetProperty("urls", out var urls))
            {
                var exp = urls.EnumerateArray().Select(u => UrlKey(u.GetString()!)).ToHashSet(StringComparer.Ordinal);
                var act = got.Urls.Select(UrlKey).ToHashSet(StringComparer.Ordinal);
                Score("measure.urls").Add(exp.SetEquals(act), $"{where} urls: expected [{string.Join(", ", exp)}], got [{string.Join(", ", act)}]");
            }
        }

        var extra = byNumber.Keys.Where(n => !expectedNumbers.Contains(n)).OrderBy(n => n).ToList();
        Score("measure.no_extra").Add(extra.Count == 0, $"{label} measures not expected: {string.Join(", ", extra)}");
    }

    private void CompareMentions(JsonElement expected, JsonElement mentions, ParsedReport actual, string label)
    {
        var optional = expected.TryGetProperty("mentions_optional", out var opt)
            ? opt.EnumerateArray().Select(x => x.GetInt32()).ToHashSet()
            : [];
        var got = actual.Mentions.GroupBy(m => m.Measure).ToDictionary(g => g.Key, g => g.First().Evidence);
        var expectedNumbers = new HashSet<int>();
        foreach (var m in mentions.EnumerateArray())
        {
            var n = m.GetProperty("measure").GetInt32();
            expectedNumbers.Add(n);
            got.TryGetValue(n, out var evidence);
            Score("mentions.found").Add(evidence is not null, $"{label} mention of measure {n} not found");
            if (evidence is not null && m.TryGetProperty("evidence", out var exp))
            {
                Score("mentions.evidence").Add(SameStatement(Norm(exp.GetString()), Norm(evidence)), $"{label} mention {n} evidence: expected «{exp.GetString()}», got «{evidence}»");
            }
        }

        foreach (var (n, evidence) in got.Where(kv => !expectedNumbers.Contains(kv.Key)))
        {
            Score("mentions.not_wrong").Add(optional.Contains(n), $"{label} wrong mention of measure {n}: «{evidence}»");
        }
    }

    private static string FundingKey(long amount, int? year, string? evidence) =>
        $"{amount}/{year?.ToString(CultureInfo.InvariantCulture) ?? "null"}/{Norm(evidence)}";

    /// <summary>Two evidence phrases point at the same statement: one contains the other, or they share three consecutive words.</summary>
    public static bool SameStatement(string expected, string actual)
    {
        if (expected.Length == 0 || actual.Length == 0)
        {
            return expected.Length == actual.Length;
        }

        if (expected.Contains(actual, StringComparison.Ordinal) || actual.Contains(expected, StringComparison.Ordinal))
        {
            return true;
        }

        var e = Words(expected);
        var a = Words(actual);
        var run = Math.Min(3, Math.Min(e.Length, a.Length));
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + run <= e.Length; i++)
        {
            grams.Add(string.Join(' ', e[i..(i + run)]));
        }

        for (var i = 0; i + run <= a.Length; i++)
        {
            if (grams.Contains(string.Join(' ', a[i..(i + run)])))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string s) => TextNormalizer.Fold(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string Render()
    {
        var sb = new StringBuilder();
        foreach (var s in _scores.Values)
        {
            sb.AppendLine(s.ToString());
        }

        foreach (var s in _scores.Values.Where(s => !s.Perfect))
        {
            foreach (var miss in s.Misses)
            {
                sb.AppendLine("  ✗ " + miss);
            }
        }

        return sb.ToString();
    }
}

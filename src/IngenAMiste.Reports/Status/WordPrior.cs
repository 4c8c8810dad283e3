using System.Globalization;
using System.Text;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// The fallback when no phrase of <see cref="StatusRules"/> matched a measure's narrative: instead of "planned by default",
/// the status its words point to, learned from the hand-labelled reports in the test suite (the corpus report and the
/// variation documents). A narrative is read as the set of its words and word pairs; each label scores the log-odds of
/// every word or pair seen in at least <see cref="MinDocumentFrequency"/> labelled narratives (how much likelier it is
/// among narratives with that label than among the others), plus the label's share of all narratives. The evidence is the
/// sentence that adds most to the winning label's score, verbatim; the explanation names the words that weighed most.
/// The weights are the counts in <c>word-prior.tsv</c>, written by <see cref="Train"/> (see the README's parser section).
/// A guess with little behind it: its confidence stays below every phrase-table decision.
/// </summary>
public static class WordPrior
{
    /// <summary>Every explanation of a guess starts so (the phrase table found nothing).</summary>
    public const string ExplanationPrefix = "No status phrase matched;";

    /// <summary>A word or pair counts only when at least this many labelled narratives have it (rarer ones are noise).</summary>
    public const int MinDocumentFrequency = 3;

    private const double Confidence = 0.3;
    private static readonly MeasureStatus[] Labels = [MeasureStatus.NotStarted, MeasureStatus.Planned, MeasureStatus.InProgress, MeasureStatus.Completed];
    private static readonly Lazy<Model> Default = new(() => Model.Load());

    /// <summary>The label the words of <paramref name="narrative"/> point to, with the sentence that weighs most; null without words that count.</summary>
    public static StatusResult? Guess(string narrative) => Guess(narrative, Default.Value);

    internal static StatusResult? Guess(string narrative, Model model)
    {
        if (string.IsNullOrWhiteSpace(narrative) || model.Total == 0)
        {
            return null;
        }

        var tokens = Tokens(narrative);
        var scores = new double[Labels.Length];
        var any = false;
        for (var c = 0; c < Labels.Length; c++)
        {
            scores[c] = Math.Log((model.LabelCounts[c] + 1.0) / (model.Total + Labels.Length));
            foreach (var token in tokens)
            {
                if (model.Weight(token, c) is { } w)
                {
                    scores[c] += w;
                    any = true;
                }
            }
        }

        if (!any)
        {
            return null;
        }

        var best = 0;
        for (var c = 1; c < Labels.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        // The sentence whose words add most to the winning label, and the words that weigh most there.
        string? evidence = null;
        var evidenceScore = double.NegativeInfinity;
        foreach (var sentence in Sentences.Split(narrative))
        {
            var s = Tokens(sentence.Text).Sum(t => model.Weight(t, best) ?? 0);
            if (s > evidenceScore)
            {
                evidenceScore = s;
                evidence = sentence.Text.Trim().TrimEnd('.');
            }
        }

        var top = tokens.Select(t => (Token: t, Weight: model.Weight(t, best) ?? 0)).Where(t => t.Weight > 0)
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Token, StringComparer.Ordinal).Take(5).Select(t => t.Token.Replace('_', ' '));
        var label = Labels[best];
        return new StatusResult(label, string.IsNullOrEmpty(evidence) ? null : evidence, Confidence,
            $"{ExplanationPrefix} {label.ToCode()} guessed from word weights learned from {model.Total} labelled narratives " +
            $"(words: {string.Join(", ", top)}).", []);
    }

    /// <summary>The words (lower case, letters only) and adjacent word pairs ("ikke_startet") of a text, each once.</summary>
    public static HashSet<string> Tokens(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                word.Append(char.ToLowerInvariant(text[i]));
                continue;
            }

            if (word.Length == 0)
            {
                // Digits and punctuation break a pair; spaces do not.
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    previous = null;
                }

                continue;
            }

            var w = word.ToString();
            word.Clear();
            set.Add(w);
            if (previous is not null)
            {
                set.Add(previous + "_" + w);
            }

            previous = i < text.Length && !char.IsWhiteSpace(text[i]) ? null : w;
        }

        return set;
    }

    /// <summary>
    /// The weights table for the labelled narratives given: a header with the labels, the number of narratives per label,
    /// then every word or pair in at least <see cref="MinDocumentFrequency"/> narratives with its count per label, sorted.
    /// </summary>
    public static string Train(IEnumerable<(string Narrative, MeasureStatus Status)> labelled)
    {
        var labelCounts = new int[Labels.Length];
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (narrative, status) in labelled)
        {
            var c = Array.IndexOf(Labels, status);
            labelCounts[c]++;
            foreach (var token in Tokens(narrative))
            {
                if (!counts.TryGetValue(token, out var perLabel))
                {
                    counts[token] = perLabel = new int[Labels.Length];
                }

                perLabel[c]++;
            }
        }

        var sb = new StringBuilder();
        sb.Append("# token\t").AppendJoin('\t', Labels.Select(l => l.ToCode())).Append('\n');
        sb.Append("*\t").AppendJoin('\t', labelCounts).Append('\n');
        foreach (var (token, perLabel) in counts.Where(kv => kv.Value.Sum() >= MinDocumentFrequency).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(token).Append('\t').AppendJoin('\t', perLabel).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Counts per label and the log-odds weights derived from them.</summary>
    public sealed class Model
    {
        private readonly Dictionary<string, double[]> _weights;

        private Model(int[] labelCounts, Dictionary<string, double[]> weights)
        {
            LabelCounts = labelCounts;
            Total = labelCounts.Sum();
            _weights = weights;
        }

        public int[] LabelCounts { get; }

        public int Total { get; }

        /// <summary>The weight of a word or pair for label <paramref name="label"/> (index in the label order), or null when it does not count.</summary>
        public double? Weight(string token, int label) => _weights.TryGetValue(token, out var w) ? w[label] : null;

        public static Model Parse(string table)
        {
            int[]? labelCounts = null;
            var rows = new List<(string Token, int[] Counts)>();
            foreach (var line in table.Split('\n'))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var parts = line.Split('\t');
                var counts = parts.Skip(1).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                if (parts[0] == "*")
                {
                    labelCounts = counts;
                }
                else
                {
                    rows.Add((parts[0], counts));
                }
            }

            labelCounts ??= new int[Labels.Length];
            var total = labelCounts.Sum();
            var weights = new Dictionary<string, double[]>(rows.Count, StringComparer.Ordinal);
            foreach (var (token, counts) in rows)
            {
                var df = counts.Sum();
                var w = new double[Labels.Length];
                for (var c = 0; c < Labels.Length; c++)
                {
                    // Log-odds of the word among this label's narratives against the others' (smoothed).
                    w[c] = Math.Log((counts[c] + 0.5) / (labelCounts[c] + 1.0)) - Math.Log((df - counts[c] + 0.5) / (total - labelCounts[c] + 1.0));
                }

                weights[token] = w;
            }

            return new Model(labelCounts, weights);
        }

        internal static Model Load()
        {
            using var stream = typeof(WordPrior).Assembly.GetManifestResourceStream(ResourceName);
            if (stream is null)
            {
                return Parse(string.Empty);
            }

            using var reader = new StreamReader(stream, Encoding.UTF8);
            return Parse(reader.ReadToEnd());
        }
    }

    /// <summary>The manifest name of the embedded weights table.</summary>
    public const string ResourceName = "IngenAMiste.Reports.Status.word-prior.tsv";
}

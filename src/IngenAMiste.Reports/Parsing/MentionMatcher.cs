using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// Finds the measures a document without measure sections (a presentation, a letter) quotes or paraphrases, by fuzzy
/// matching its sentences, bullets and numbered section headings against the commitments of a <see cref="MeasureCatalog"/>.
/// Words are compared by stem (a long common prefix: "tydeliggjøring" ~ "tydeliggjøre") and weighted by rarity across the
/// catalogue, so a snippet is linked only when its content words are (nearly) all in one commitment and clearly more in
/// that one than in any other.
/// </summary>
internal static partial class MentionMatcher
{
    /// <summary>Share of a snippet's (weighted) content words that must be found in the commitment.</summary>
    private const double MinSnippetCoverage = 0.8;

    /// <summary>Share of the commitment's (weighted) content words a sentence or bullet must cover.</summary>
    private const double MinCommitmentCoverage = 0.45;

    /// <summary>A numbered section heading ("4.1 Livskrisetilbud") may be short, but its words must be rare and all found.</summary>
    private const double MinHeadingWeight = 2.5;

    private const double MinMargin = 0.15;

    /// <summary>A short paraphrase of a long commitment: its own words nearly all found, and enough rare ones (weighted) to be specific.</summary>
    private const double MinParaphraseWeight = 7.0;

    /// <summary>A looser paraphrase ("Rask psykisk helsehjelp skal bygges ut …") when the shared words are rare enough.</summary>
    private const double MinLooseCoverage = 0.6;

    /// <summary>Abbreviations common in the field, expanded before matching.</summary>
    private static readonly (string Abbreviation, string Expansion)[] Abbreviations =
    [
        ("TSB", "tverrfaglig spesialisert rusbehandling"),
        ("PHV", "psykisk helsevern"),
        ("AMK", "akuttmedisinsk kommunikasjonssentral"),
        ("RPH", "Rask psykisk helsehjelp"),
    ];

    /// <summary>Any of <see cref="Abbreviations"/> as a word; built once (it ran through the regex cache for every snippet).</summary>
    private static readonly Regex AbbreviationPattern = new(@"\b(?:" + string.Join('|', Abbreviations.Select(a => a.Abbreviation)) + @")\b");


    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "og", "i", "av", "for", "på", "til", "med", "om", "at", "som", "den", "det", "de", "en", "et", "ett", "er", "å", "eller",
        "regjeringen", "vil", "skal", "herunder", "samt", "blant", "annet", "ved", "fra", "mer", "bli", "blir", "har", "kan",
        "seg", "sin", "sitt", "sine", "slik", "deres", "dette", "disse", "egen", "eget", "egne", "forts", "ft", "utvalgte", "tiltak", "flere", "alle",
    };

    public static IReadOnlyList<Mention> Find(IReadOnlyList<Paragraph> paragraphs, MeasureCatalog catalog, CancellationToken cancellationToken = default)
    {
        var index = new CatalogIndex(catalog);
        index.AddNames(catalog);
        var best = new Dictionary<int, (double Score, string Evidence, bool IsHeading)>();
        var known = catalog.Entries.Select(e => e.Number).ToHashSet();
        foreach (var snippet in Snippets(paragraphs))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // An explicit reference ("Tiltak 12: …", "(tiltak 59)") names the measure.
            var explicitRef = ExplicitReference().Match(snippet.Text);
            if (explicitRef.Success && int.TryParse(explicitRef.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture, out var referenced)
                && known.Contains(referenced))
            {
                if (!best.TryGetValue(referenced, out var prior) || prior.IsHeading)
                {
                    best[referenced] = (double.MaxValue, snippet.Text, false);
                }

                continue;
            }

            var match = index.Match(snippet.Text, snippet.IsHeading) ?? index.MatchName(snippet.Text);
            if (match is null)
            {
                continue;
            }

            // The first quote of a measure is its lead; a quote beats a section heading that only names it.
            var (measure, score) = match.Value;
            if (!best.TryGetValue(measure, out var existing) || (existing.IsHeading && !snippet.IsHeading))
            {
                best[measure] = (score, snippet.Text, snippet.IsHeading);
            }
        }

        return best.OrderBy(kv => kv.Key).Select(kv => new Mention(kv.Key, kv.Value.Evidence)).ToList();
    }

    private readonly record struct Snippet(string Text, bool IsHeading);

    private static IEnumerable<Snippet> Snippets(IReadOnlyList<Paragraph> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            var text = BulletPrefix().Replace(p.Text, string.Empty).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // A goal heading names a goal, not a measure.
            if (GoalHeading().IsMatch(text))
            {
                continue;
            }

            var heading = SectionHeading().Match(text);
            if (heading.Success)
            {
                yield return new Snippet(text, true);
                continue;
            }

            foreach (var sentence in Sentences.Split(text))
            {
                var s = sentence.Text;
                // A quoted commitment may follow a label on the same line ("Psykisk helsevern og TSB Regjeringen vil …").
                var gov = GovernmentWill().Match(s);
                if (gov.Success && gov.Index > 0)
                {
                    s = s[gov.Index..];
                }

                yield return new Snippet(s.Trim(), false);

                // "Lag en plan – bruk den elektroniske veiledningen …": each side of a spaced dash may quote a measure.
                var dash = s.IndexOf(" – ", StringComparison.Ordinal);
                if (dash > 0)
                {
                    yield return new Snippet(s[(dash + 3)..].Trim(), false);
                }
            }
        }
    }

    private sealed class CatalogIndex
    {
        private readonly List<(int Number, Dictionary<string, double> Stems, double Total)> _entries = [];
        private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

        public CatalogIndex(MeasureCatalog catalog)
        {
            var df = new Dictionary<string, int>(StringComparer.Ordinal);
            var stemSets = new List<(int, HashSet<string>)>();
            foreach (var entry in catalog.Entries)
            {
                var stems = Stems(entry.Commitment).ToHashSet(StringComparer.Ordinal);
                stemSets.Add((entry.Number, stems));
                foreach (var s in stems)
                {
                    df[s] = df.GetValueOrDefault(s) + 1;
                }
            }

            var n = Math.Max(1, catalog.Entries.Count);
            foreach (var (stem, count) in df)
            {
                _idf[stem] = Math.Log(1.0 + (double)n / count);
            }

            foreach (var (number, stems) in stemSets)
            {
                var weights = stems.ToDictionary(s => s, s => _idf[s], StringComparer.Ordinal);
                _entries.Add((number, weights, weights.Values.Sum()));
            }
        }

        /// <summary>
        /// "Rask psykisk helsehjelp": a proper name in a commitment — a capitalised word inside the sentence followed by
        /// lower-case content words, three words or more — that no other commitment has. A snippet that names it mentions
        /// that measure, however it paraphrases the rest ("… skal bygges ut i flere kommuner").
        /// </summary>
        private readonly List<(int Number, string Name)> _names = [];

        public void AddNames(MeasureCatalog catalog)
        {
            var folded = catalog.Entries.Select(e => " " + TextNormalizer.Fold(e.Commitment) + " ").ToList();
            foreach (var entry in catalog.Entries)
            {
                foreach (Match m in ProperName().Matches(entry.Commitment))
                {
                    var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !StopWords.Contains(w)).ToList();
                    if (m.Index == 0 || words.Count < 3)
                    {
                        continue;
                    }

                    var name = " " + TextNormalizer.Fold(string.Join(' ', words)) + " ";
                    if (folded.Count(c => c.Contains(name, StringComparison.Ordinal)) == 1)
                    {
                        _names.Add((entry.Number, name));
                    }
                }
            }
        }

        public (int Measure, double Score)? MatchName(string snippet)
        {
            var folded = " " + TextNormalizer.Fold(snippet) + " ";
            var found = _names.Where(n => folded.Contains(n.Name, StringComparison.Ordinal)).Select(n => n.Number).Distinct().ToList();
            return found.Count == 1 ? (found[0], 1.0) : null;
        }

        private double Idf(string stem) => _idf.TryGetValue(stem, out var w) ? w : Math.Log(1.0 + _entries.Count);

        public (int Measure, double Score)? Match(string snippet, bool isHeading)
        {
            var stems = Stems(snippet).Distinct(StringComparer.Ordinal).ToList();
            if (stems.Count == 0)
            {
                return null;
            }

            // Words that no commitment has (e.g. "Psykisk helsevern og TSB" labels) weigh like rare words, so they lower coverage.
            var snippetTotal = stems.Sum(Idf);
            var scored = new List<(int Number, double SnippetCoverage, double CommitmentCoverage, double Matched)>();
            foreach (var (number, weights, total) in _entries)
            {
                var matched = stems.Where(weights.ContainsKey).Sum(s => weights[s]);
                if (matched <= 0)
                {
                    continue;
                }

                scored.Add((number, matched / snippetTotal, matched / total, matched));
            }

            if (scored.Count == 0)
            {
                return null;
            }

            var ranked = scored.OrderByDescending(s => s.SnippetCoverage + s.CommitmentCoverage).ToList();
            var top = ranked[0];
            var second = ranked.Count > 1 ? ranked[1].SnippetCoverage + ranked[1].CommitmentCoverage : 0;
            var topScore = top.SnippetCoverage + top.CommitmentCoverage;
            if (topScore - second < MinMargin)
            {
                return null;
            }

            var ok = isHeading
                ? top.SnippetCoverage >= 0.99 && top.Matched >= MinHeadingWeight
                : (top.SnippetCoverage >= MinSnippetCoverage && (top.CommitmentCoverage >= MinCommitmentCoverage || top.Matched >= MinParaphraseWeight))
                  || (top.SnippetCoverage >= MinLooseCoverage && top.Matched >= MinParaphraseWeight);
            return ok ? (top.Number, topScore) : null;
        }
    }

    private static IEnumerable<string> Stems(string text)
    {
        text = AbbreviationPattern.Replace(text, m => Abbreviations.First(a => a.Abbreviation == m.Value).Expansion);

        var folded = SectionNumber().Replace(TextNormalizer.Fold(text), " ");
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 2 || StopWords.Contains(word) || word.All(char.IsDigit))
            {
                continue;
            }

            yield return Stem(word);
        }
    }

    /// <summary>A crude Norwegian stem: the first 6 letters of a long word ("revidert" ~ "revidere"), otherwise the word without a common ending.</summary>
    private static string Stem(string word)
    {
        if (word.Length > 7)
        {
            return word[..6];
        }

        foreach (var ending in (string[])["ene", "ane", "er", "en", "et", "e"])
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    [GeneratedRegex(@"^(?:[•▪◦●○■□‣⁃∙·*]|[-–—](?=\s))\s*")]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.?\s+\S")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\b\d{1,2} \d{1,2}\b")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\b[Tt]iltak\s+(?:nr\.?\s*)?(?<n>\d{1,3})\b(?!\s*(?:og|,|-|–)\s*\d)(?![.,]\d)")]
    private static partial Regex ExplicitReference();

    [GeneratedRegex(@"^(?:Mål|MÅL)\s*\d{1,2}\b")]
    private static partial Regex GoalHeading();

    /// <summary>A capitalised word followed by lower-case words, within a clause (the candidate of a proper name).</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)+")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\bRegjeringen vil\b")]
    private static partial Regex GovernmentWill();
}

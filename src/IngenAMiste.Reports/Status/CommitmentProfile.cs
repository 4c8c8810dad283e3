using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Status;

/// <summary>
/// The content words of a measure's commitment, for judging whether something reported is the measure's own deliverable.
/// The main part excludes what follows "herunder", "blant annet" and "inkludert" (details, not the deliverable), and for a
/// sequence ("… og deretter utforme anbefalinger") it is the last step. Words common to nearly every commitment
/// (regjeringen, selvmord, forebygging, tiltak, arbeid …) do not count.
/// </summary>
public sealed partial class CommitmentProfile
{
    private static readonly string[] GenericPrefixes =
    [
        "regjering", "selvmord", "forebygg", "tiltak", "arbeid", "nasjonal", "tjenest", "helse", "barn", "unge", "kommun", "bidra",
        "styrke", "sikre", "vurder", "sørge", "legge", "rette", "gjennom", "etabler", "utvikl", "økt", "øke", "mer", "mulig", "relevant",
        "psykisk", "område", "person", "pasient", "behov", "grunnlag", "kunnskap", "oppfølg", "selvskad",
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "og", "i", "av", "for", "på", "til", "med", "om", "at", "som", "den", "det", "de", "en", "et", "ett", "er", "å", "eller", "vil",
        "skal", "kan", "har", "ble", "blir", "fra", "ved", "hvordan", "hvilke", "hver", "hvert", "enkelt", "både", "samt", "deres", "sin",
        "sitt", "sine", "denne", "dette", "disse", "nå", "også", "ny", "nye", "nytt", "alle", "flere", "egen", "eget", "egne",
        "blant", "mellom", "innen", "innenfor", "utenfor", "under", "etter", "over", "uten", "rundt", "langs", "eventuelt", "slik",
        "hvor", "hvis", "fordi", "andre", "annen", "annet", "være", "blitt",
    };

    private readonly List<string> _main;
    private readonly List<string> _all;

    public CommitmentProfile(string? commitment)
    {
        var text = commitment ?? string.Empty;
        _all = ContentWords(text);
        var main = text;
        var then = main.LastIndexOf("og deretter", StringComparison.OrdinalIgnoreCase);
        if (then >= 0)
        {
            main = main[(then + "og deretter".Length)..];
        }

        foreach (var marker in (string[])["herunder", "blant annet", "inkludert", "f.eks.", "for eksempel"])
        {
            var i = main.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i > 0)
            {
                main = main[..i];
            }
        }

        _main = ContentWords(main);
        var foldedMain = TextNormalizer.Fold(main);
        _mainVerbs = foldedMain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(DeliverableSynonyms.ActNouns.ContainsKey).ToList();
        AskedKinds = DeliverableSynonyms.AskedFor(foldedMain);
        EnsuresState = EnsureWording().IsMatch(foldedMain);
        AsksAssessment = AssessmentWording().IsMatch(foldedMain);
    }

    /// <summary>The commitment asks for an assessment or investigation ("vurdere", "vurderer", "utrede", "evaluere"): its conclusion delivers it.</summary>
    public bool AsksAssessment { get; }

    /// <summary>The kinds of deliverable the commitment's main part names or asks for (<see cref="DeliverableSynonyms"/>).</summary>
    public IReadOnlyList<(DeliverableKind Kind, string Words)> AskedKinds { get; }

    /// <summary>
    /// The commitment asks for a state of the services to be secured ("sikre at …", "sørge for at …") rather than for a product:
    /// a practice put in place in all units meets it.
    /// </summary>
    public bool EnsuresState { get; }

    /// <summary>
    /// Does <paramref name="head"/> (a folded noun) name the act a verb of the commitment's main part asks for ("revisjonen"
    /// for "revidere")? See <see cref="DeliverableSynonyms.ActNouns"/>.
    /// </summary>
    public bool NamesAct(string head) =>
        _mainVerbs.Any(v => DeliverableSynonyms.ActNouns.TryGetValue(v, out var nouns) && nouns.Any(n => head.StartsWith(n, StringComparison.Ordinal) && head.Length <= n.Length + 3));

    private readonly List<string> _mainVerbs;

    /// <summary>The words of the commitment that ask for the kind of deliverable <paramref name="kind"/>, or null.</summary>
    public string? Asks(DeliverableKind kind) => AskedKinds.FirstOrDefault(a => ReferenceEquals(a.Kind, kind)).Words;

    public bool IsEmpty => _all.Count == 0;

    /// <summary>Does any of <paramref name="words"/> match a content word of the commitment's main part?</summary>
    public bool OverlapsMain(IEnumerable<string> words) => words.Select(Bokmal).Where(IsContent).Any(w => _main.Any(c => SameWord(w, c) || RefersTo(w, c)));

    /// <summary>
    /// Nynorsk spellings of word parts the plan's (bokmål) commitments use, with their bokmål form: a nynorsk report's
    /// "tilskotsordninga" is the commitment's "tilskuddsordningen", "sjølvmord" its "selvmord". Only parts that do not occur in
    /// bokmål words, so bokmål text is left as it is.
    /// </summary>
    private static readonly (string Nynorsk, string Bokmal)[] NynorskSpellings =
    [
        ("tilskot", "tilskudd"), ("sjølv", "selv"), ("førebygg", "forebygg"), ("teneste", "tjeneste"), ("tenesta", "tjenesten"),
        ("meistr", "mestr"), ("rettleiar", "veileder"), ("rettleiing", "veiledning"), ("utgreiing", "utredning"),
        ("undersøking", "undersøkelse"), ("føretak", "foretak"), ("etterlatne", "etterlatte"), ("pårørande", "pårørende"),
        ("brukar", "bruker"),
    ];

    /// <summary>A folded report word with its nynorsk spelling parts (<see cref="NynorskSpellings"/>) in bokmål form.</summary>
    private static string Bokmal(string word)
    {
        foreach (var (nn, nb) in NynorskSpellings)
        {
            if (word.Contains(nn, StringComparison.Ordinal))
            {
                word = word.Replace(nn, nb, StringComparison.Ordinal);
            }
        }

        return word;
    }

    /// <summary>Does any word of <paramref name="text"/> occur anywhere in the commitment (also generic ones)?</summary>
    public bool Mentions(string text)
    {
        var words = TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Bokmal);
        var all = TextNormalizer.Fold(_allText ??= string.Join(' ', _all));
        // Three-letter words count when the commitment has the very word: an abbreviation it names ("i AMK").
        var allWords = all.Split(' ');
        return words.Where(w => w.Length >= 3 && !StopWords.Contains(w))
            .Any(w => w.Length == 3 ? allWords.Contains(w, StringComparer.Ordinal) : allWords.Any(c => SameWord(w, c) || RefersTo(w, c)));
    }

    private string? _allText;

    private static List<string> ContentWords(string text) =>
        TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && !StopWords.Contains(w)).ToList();

    /// <summary>A content word: not a stop word, and not a generic word or its inflection (a compound such as "selvmordsrisiko" is content).</summary>
    private static bool IsContent(string w) =>
        w.Length >= 4 && !StopWords.Contains(w) && !GenericPrefixes.Any(g => w.StartsWith(g, StringComparison.Ordinal) && w.Length <= g.Length + 4);

    /// <summary>Same word up to inflection or spelling variant: equal, a common prefix of six letters, or one edit apart (long words).</summary>
    public static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix >= 6 || (prefix >= 4 && prefix == Math.Min(a.Length, b.Length) && Math.Abs(a.Length - b.Length) <= 3))
        {
            return true;
        }

        var sa = Stem(a);
        if (sa.Length >= 4 && sa == Stem(b))
        {
            return true;
        }

        return a.Length >= 7 && b.Length >= 7 && Math.Abs(a.Length - b.Length) <= 1 && EditDistanceAtMostOne(a, b);
    }

    /// <summary>
    /// A short reference to a compound of the commitment: "strategien" for "alkoholstrategi", "ressursen" for "nettressursen".
    /// Not the other way round: "videreutdanningstilbudet" is a kind of "tilbud", not the commitment's tilbud.
    /// </summary>
    public static bool RefersTo(string reportWord, string commitmentWord)
    {
        var head = Stem(reportWord);
        var compound = Stem(commitmentWord);
        return head.Length >= 5 && compound.Length > head.Length && compound.EndsWith(head, StringComparison.Ordinal);
    }

    /// <summary>The word without a common inflectional ending (-ene, -er, -en, -et, -e, -a …).</summary>
    private static string Stem(string w)
    {
        foreach (var ending in (string[])["ene", "ane", "ers", "er", "en", "et", "es", "e", "a", "s"])
        {
            if (w.Length - ending.Length >= 4 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                return w[..^ending.Length];
            }
        }

        return w;
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var diff = 0;
            for (var i = 0; i < a.Length && diff <= 1; i++)
            {
                if (a[i] != b[i])
                {
                    diff++;
                }
            }

            return diff <= 1;
        }

        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        int si = 0, li = 0, edits = 0;
        while (si < s.Length && li < l.Length)
        {
            if (s[si] == l[li])
            {
                si++;
                li++;
            }
            else
            {
                if (++edits > 1)
                {
                    return false;
                }

                li++;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:vurdere|vurderer|utrede|evaluere)\b")]
    private static partial Regex AssessmentWording();

    [GeneratedRegex(@"^(?:regjeringen )?(?:vil )?(?:sikre|sørge for) at\b")]
    private static partial Regex EnsureWording();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Status;

/// <summary>A paragraph of a measure's narrative; list items that follow a plan's heading are plan content, not execution.</summary>
public sealed record NarrativeParagraph(string Text, bool IsListItem = false);

/// <summary>One rule that fired on a narrative.</summary>
public sealed record StatusHit(string RuleId, MeasureStatus Label, double Weight, int Start, int End, string Evidence, string Reason)
{
    /// <summary>Where the signal's statement begins in the narrative (its clause), for choosing the first of equal signals; independent of how the evidence phrase is cut.</summary>
    public int Order { get; init; }

    /// <summary>The start of the sentence the signal is in.</summary>
    public int Sentence { get; init; }

    /// <summary>A completion verb with an object of its own after it ("leverte sin rapport"): it delivers a product.</summary>
    public bool DeliversObject { get; init; }

    /// <summary>The statement is about a next step after a delivery (its evaluation, implementation …) that the commitment does not ask for.</summary>
    public bool NextStep { get; init; }
}

/// <summary>The outcome of classifying one measure's narrative.</summary>
public sealed record StatusResult(MeasureStatus Status, string? Evidence, double Confidence, string Explanation, IReadOnlyList<StatusHit> Hits);

/// <summary>
/// Classifies a measure's status (not_started, planned, in_progress, completed) from its own narrative, judged by the
/// measure's own deliverable (its commitment). Every sentence is matched against the phrase table <see cref="StatusRules"/>;
/// each match is checked for negation, future tense (modal verb before it), purpose clauses ("for å", "til at"), relative
/// clauses describing something else, and plan content (list items under a plan's heading). Completion verbs are judged by
/// what they completed (<see cref="ThemeAnalyzer"/>). The strongest band wins; in a tie in_progress beats planned; the
/// evidence is the first phrase of the winning label in that band, verbatim from the narrative.
/// </summary>
public static partial class StatusClassifier
{
    public static StatusResult Classify(string narrative, string? commitment = null) =>
        Classify(narrative.Split('\n').Select(p => new NarrativeParagraph(p)).ToList(), commitment);

    public static StatusResult Classify(IReadOnlyList<NarrativeParagraph> paragraphs, string? commitment = null)
    {
        var narrative = string.Join("\n", paragraphs.Select(p => p.Text));
        if (string.IsNullOrWhiteSpace(narrative))
        {
            return new StatusResult(MeasureStatus.Planned, null, 0.1, "No narrative: nothing reported, so planned by default.", []);
        }

        if (StatusHistory.Decide(narrative, commitment) is { } history)
        {
            return history;
        }

        var profile = new CommitmentProfile(commitment);
        var planContent = PlanContentParagraphs(paragraphs);
        var paragraphStarts = new List<int>();
        var offset = 0;
        foreach (var p in paragraphs)
        {
            paragraphStarts.Add(offset);
            offset += p.Text.Length + 1;
        }

        var hits = new List<StatusHit>();
        var candidates = StatusRules.Candidates(narrative);
        var dated = new Dictionary<int, (int Date, string Text)>();
        foreach (var sentence in Sentences.Split(narrative))
        {
            dated[sentence.Start] = (SentenceDate(sentence.Text), sentence.Text);
            var paragraphIndex = paragraphStarts.FindLastIndex(s => s <= sentence.Start);
            var inPlan = paragraphIndex >= 0 && planContent.Contains(paragraphIndex);
            hits.AddRange(HitsIn(sentence, inPlan, profile, candidates).Select(h => h with { NextStep = IsNextStep(h.Evidence, commitment) }));
        }

        return Decide(StartUpUnderWay(LatestDatedDecides(SubItemsJudged(hits, paragraphs, paragraphStarts), dated)));
    }

    private static IEnumerable<StatusHit> HitsIn(Sentence sentence, bool inPlan, CommitmentProfile profile, bool[] candidates)
    {
        var text = sentence.Text;
        // A traffic-light field ("Status: Grønn (i rute)", "Status: Rød – stoppet") is a health signal, not a stage: not read.
        if (TrafficLightField().IsMatch(text))
        {
            yield break;
        }

        var taken = new List<(int Start, int End, double Weight)>();
        var sections = SectionLabelSpans(text);
        for (var r = 0; r < StatusRules.All.Count; r++)
        {
            var rule = StatusRules.All[r];
            // Most rules do not match a given sentence: a rule that matches nowhere in the narrative is skipped, then the
            // allocation-free test, the match objects only for a hit.
            if (!candidates[r] || !rule.Pattern.IsMatch(text))
            {
                continue;
            }

            foreach (Match m in rule.Pattern.Matches(text))
            {
                // A report's section label ("Gjennomført i 2023:", "Pågående arbeid:") names a kind of content, not a status:
                // its content decides.
                if (sections is not null && sections.Exists(x => m.Index >= x.Start && m.Index < x.End))
                {
                    continue;
                }

                var label = rule.Label;
                var weight = rule.Weight;
                var reason = rule.Gloss;
                var evStart = EvidenceStart(text, m.Index);
                var evEnd = EvidenceEnd(text, m.Index + m.Length);

                if (rule.DropWhenNegated && IsNegated(text, m))
                {
                    continue;
                }

                if (rule.IgnoreInRelativeClause && InRelativeClause(text, m.Index))
                {
                    continue;
                }

                if (InPurposeClause(text, m.Index) && rule.Label != MeasureStatus.NotStarted)
                {
                    continue;
                }

                if (rule.Kind == RuleKind.Completion)
                {
                    if (IsAttributive(text, m))
                    {
                        continue;
                    }

                    var verdict = ThemeAnalyzer.Judge(text, m, profile);
                    (label, weight, reason, evStart, evEnd) = (verdict.Label, verdict.Weight, verdict.Reason, verdict.EvidenceStart, verdict.EvidenceEnd);
                }
                else if (rule.Kind == RuleKind.Activity)
                {
                    var obj = ThemeAnalyzer.Words(text[(m.Index + m.Length)..Math.Min(text.Length, EvidenceEnd(text, m.Index + m.Length, 12))]);
                    if (WorkingOnVerb().IsMatch(text[m.Index..]) && profile.OverlapsMain(obj))
                    {
                        weight = 4.5;
                        reason = "ongoing work on the measure's own deliverable";
                    }
                }

                if (rule.FutureAware && IsFuture(text, m.Index))
                {
                    (label, weight, reason) = (MeasureStatus.Planned, 1.5, "future: " + reason);
                }

                if (inPlan && label != MeasureStatus.NotStarted)
                {
                    (label, weight, reason) = (MeasureStatus.Planned, 1, "content of a plan: " + reason);
                }

                // A more specific rule already covers this span with a stronger or equal signal.
                if (taken.Any(t => t.Start < m.Index + m.Length && m.Index < t.End && t.Weight >= weight))
                {
                    continue;
                }

                taken.Add((m.Index, m.Index + m.Length, weight));
                var order = sentence.Start + Math.Clamp(Math.Min(evStart, m.Index), 0, text.Length);
                var tail = rule.Kind == RuleKind.Activity ? PhraseTail.Complement : rule.KeepFoundPhrase ? PhraseTail.AsFound : PhraseTail.Core;
                (evStart, evEnd) = EvidencePhrase.Cut(text, m.Index, m.Index + m.Length, Math.Clamp(evEnd, 0, text.Length), tail, rule.IsState, rule.AgentOptional);
                evStart = Math.Clamp(evStart, 0, text.Length);
                evEnd = Math.Clamp(Math.Max(evEnd, evStart), 0, text.Length);
                var evidence = text[evStart..evEnd].Trim().TrimEnd(',', ';', ':', '.');
                if (evidence.Length == 0)
                {
                    evidence = m.Value;
                    evStart = m.Index;
                }

                yield return new StatusHit(rule.Id, label, weight, sentence.Start + evStart, sentence.Start + evStart + evidence.Length, evidence, reason) { Order = order, Sentence = sentence.Start, DeliversObject = rule.Kind == RuleKind.Completion && ObjectFollows().IsMatch(text[(m.Index + m.Length)..]) };
            }
        }
    }

    /// <summary>
    /// The spans of activity-section labels that open the sentence or one of its lines ("Gjennomført i 2023:", "Pågående
    /// arbeid:", "Videre arbeid / plan for 2024:", "Utfordringer:"), or that follow a list item the layout ran into the
    /// same line (then capitalised), or null. Only sentences with a colon are looked at.
    /// </summary>
    private static List<(int Start, int End)>? SectionLabelSpans(string text)
    {
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        List<(int Start, int End)>? spans = null;
        foreach (Match m in SectionLabel().Matches(text))
        {
            (spans ??= []).Add((m.Index, m.Index + m.Length));
        }

        return spans;
    }

    /// <summary>
    /// A run-in section label of a results report: a status-like heading word (gjennomført, pågående, videre arbeid, plan,
    /// planlagt, status, resultater, utfordringer, neste steg, oppnådd, aktiviteter), optionally "i/for/fra 2023" or a second
    /// label after a slash, ending in a colon at the start of a line.
    /// </summary>
    [GeneratedRegex(@"(?:^[ \t]*|(?<=[\p{Ll}\d)][ \t]+)(?=\p{Lu}))(?:[Gg]jennomført(?:e\s+aktiviteter)?|[Pp]ågående(?:\s+arbeid|\s+aktiviteter)?|[Vv]idere\s+arbeid|[Vv]idere\s+oppfølging|[Pp]lan(?:er|lagt)?(?:\s+arbeid)?|[Ss]tatus|[Rr]esultat(?:er)?|[Uu]tfordringer|[Nn]este\s+steg|[Oo]ppnådd|[Aa]ktiviteter|[Ff]orsinkelser)(?:\s+(?:i|for|fra|per)\s+(?:\d{4}|året))?(?:\s*/\s*[\w ]{1,30}?)?[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex SectionLabel();

    /// <summary>Did the narrative's classification come from an explicit statement that the work has not begun?</summary>
    public static bool StatesNotStarted(StatusResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status == MeasureStatus.NotStarted && result.Hits.Any(h => h.Label == MeasureStatus.NotStarted && h.Weight >= ExplicitNotStarted);
    }

    private const double ExplicitProgress = 3;
    private const double ExplicitNotStarted = 5;
    private const double CompletedBand = 4;

    private static StatusResult Decide(List<StatusHit> hits)
    {
        if (hits.Count == 0)
        {
            return new StatusResult(MeasureStatus.Planned, null, 0.1, "No status phrase found: planned by default.", hits);
        }

        StatusHit winner;
        // An explicit "not begun" (band 5) wins over everything; a weaker not-started signal (work postponed, band 3) competes in its band.
        var notStarted = hits.Where(h => h.Label == MeasureStatus.NotStarted && h.Weight >= ExplicitNotStarted).OrderBy(h => h.Order).FirstOrDefault();
        if (notStarted is not null)
        {
            winner = notStarted;
        }
        else
        {
            // Work reported as explicitly under way outranks a completion: the deliverable is not finished while work on it goes on.
            // ("continues" and its nynorsk form are excluded: a delivered scheme that "videreføres" is continued, not unfinished; "work-continues" is not:
            // "Arbeidet fortsetter" says the measure's own work goes on after a delivered sub-product.)
            // Nor does the follow-up of a delivered deliverable ("oppfølgingen av strategiens tiltak er i gang").
            hits = hits.Select(h => h.Label == MeasureStatus.InProgress && h.Weight >= ExplicitProgress && h.Weight < CompletedBand && h.RuleId is not ("continues" or "nn-continues") && !h.NextStep
                ? h with { Weight = CompletedBand + 0.2, Reason = h.Reason + " (work under way outranks a completion)" }
                : h).ToList();
            var band = hits.Max(h => h.Weight);
            var top = hits.Where(h => Math.Abs(h.Weight - band) < 1e-9).ToList();
            var label = top.Select(h => h.Label).OrderBy(Precedence).First();
            winner = top.Where(h => h.Label == label).OrderBy(h => h.Order).First();

            // "En gruppe ble nedsatt og leverte sin rapport": of completions coordinated in one sentence, the one that delivers a
            // product (a verb with its own object) is the statement of completion, not the step that set up who delivers it.
            if (label == MeasureStatus.Completed && !winner.DeliversObject)
            {
                var first = winner;
                winner = top.FirstOrDefault(h => h.Label == label && h.Sentence == first.Sentence && h.Start > first.Start && h.DeliversObject) ?? winner;
            }
        }

        var rivals = hits.Where(h => h.Label != winner.Label && Math.Abs(h.Weight - winner.Weight) < 1e-9).ToList();
        var confidence = winner.Weight switch
        {
            >= 4 => 0.9,
            >= 3 => 0.8,
            >= 2 => 0.65,
            _ => 0.4,
        };
        if (rivals.Count > 0)
        {
            confidence -= 0.2;
        }

        return new StatusResult(winner.Label, winner.Evidence, Math.Round(confidence, 2), Explain(winner, hits), hits);
    }

    /// <summary>In a tie, the more advanced concrete state wins: in progress before planned; completed only by its own band.</summary>
    private static int Precedence(MeasureStatus s) => s switch
    {
        MeasureStatus.NotStarted => 0,
        MeasureStatus.InProgress => 1,
        MeasureStatus.Completed => 2,
        _ => 3,
    };

    private static string Explain(StatusHit winner, List<StatusHit> hits)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{winner.Label.ToCode()} by {winner.RuleId} (weight {winner.Weight}): {winner.Reason} «{winner.Evidence}»");
        var others = hits.Where(h => !ReferenceEquals(h, winner)).OrderByDescending(h => h.Weight).ThenBy(h => h.Start).Take(6).ToList();
        if (others.Count > 0)
        {
            sb.Append(". Also: ");
            sb.Append(string.Join("; ", others.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Label.ToCode()} {h.Weight} {h.RuleId} «{h.Evidence}»"))));
        }

        return sb.ToString();
    }

    /// <summary>Paragraph indexes that are list items following a paragraph that introduces a plan's measures ("… fagplanen i HSØ:").</summary>
    private static HashSet<int> PlanContentParagraphs(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var result = new HashSet<int>();
        var inList = false;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text.TrimEnd();
            if (inList && paragraphs[i].IsListItem)
            {
                result.Add(i);
                continue;
            }

            inList = text.EndsWith(':') && PlanIntro().IsMatch(text);
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:\w*plan\w*|strategi\w*|følgende\s+tiltak)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanIntro();

    private static bool IsNegated(string text, Match m)
    {
        if (Negation().IsMatch(m.Value))
        {
            return true;
        }

        var before = LastWords(text, m.Index, 3);
        return Negation().IsMatch(before);
    }

    /// <summary>Work that follows a delivery: its follow-up, implementation, spreading, evaluation or further work.</summary>
    [GeneratedRegex(@"^(?:(?:og|men)\s+)?(?:(?:en|ei|et|ein|eit|den|det|videre|vidare)\s+)?(?:oppfølging(?:en|a)?|implementering(?:en|a)?|spredning(?:en)?|spreiing(?:a)?|evaluering(?:en|a)?|videre\s+arbeid|vidare\s+arbeid|arbeidet\s+med\s+oppfølging\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    /// <summary>An object noun phrase right after a verb: a determiner or possessive.</summary>
    [GeneratedRegex(@"^\s+(?:en|et|ei|ein|eit|sin|sitt|sine|sin\s+egen|sin\s+eigen|den|det|de|dei|denne|dette|disse|desse)\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectFollows();

    [GeneratedRegex(@"\b(?:ikke|ikkje|aldri|ingen|inga|intet|ingenting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    /// <summary>A traffic-light status field: "Status: Grønn (i rute)", "Status: Gul – forsinket", "Trafikklys: rødt".</summary>
    [GeneratedRegex(@"^\W*(?:status|statusfarge|trafikklys|rag-status)\s*:\s*(?:grønn|gul|rød|grønt|gult|rødt)\b[^.!?]{0,40}[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrafficLightField();

    /// <summary>A modal verb (vil, skal, kan, bør, må …) shortly before the match: the phrase is about the future.</summary>
    private static bool IsFuture(string text, int index) => Modal().IsMatch(LastWords(text, index, 4));

    [GeneratedRegex(@"\b(?:vil|skal|skulle|ville|kan|kunne|bør|må|planlegges|ventes|forventes|tar\s+sikte\s+på|tek\s+sikte\s+på)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    /// <summary>"…, som ble lansert i mars 2021": a relative clause describing something else.</summary>
    private static bool InRelativeClause(string text, int index) => RelativePronoun().IsMatch(LastWords(text, index, 3));

    [GeneratedRegex(@"\bsom\b(?:\s+\S+){0,2}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePronoun();

    /// <summary>"For å stimulere til at flere kommuner etablerer …": purpose or wish, not a report of what was done.</summary>
    private static bool InPurposeClause(string text, int index) =>
        Purpose().IsMatch(LastWords(text, index, 6)) || WhenClause().IsMatch(LastWords(text, index, 12));

    /// <summary>"… når den nye retningslinjen er ferdig": a condition in the future.</summary>
    [GeneratedRegex(@"\bnår\b[^,.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenClause();

    [GeneratedRegex(@"\b(?:for\s+å|(?:stimulere\w*|bidra\w*|føre|medvirke\w*|motivere\w*)\s+til\s+at|slik\s+at|dersom|hvis|viss|med\s+mål\s+om|sikte\s+på\s+å|det\s+er\s+(?:vesentlig|viktig|nødvendig|ønskelig|et\s+mål)\s+at)\b[^,.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    /// <summary>
    /// "… en veileder utarbeidet av professor X", "i revidert nasjonalbudsjett", "den reviderte veilederen": a participle
    /// describing a noun, not an event.
    /// </summary>
    private static bool IsAttributive(string text, Match m)
    {
        if (FiniteState().IsMatch(m.Value))
        {
            return false;
        }

        var previous = LastWords(text, m.Index, 2).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (previous.Length > 0 && AttributiveLead().IsMatch(previous[^1])
            && !(previous[^1].Equals("det", StringComparison.OrdinalIgnoreCase) && previous.Length > 1 && AuxWord().IsMatch(previous[^2])))
        {
            return true;
        }

        var after = text[(m.Index + m.Length)..];
        if (!AgentAv().IsMatch(after))
        {
            return false;
        }

        return !AuxiliaryVerb().IsMatch(LastWords(text, m.Index, 3));
    }

    /// <summary>A finite verb of state ("Det foreligger …", "gikk i Agder"): no participle, so never attributive.</summary>
    [GeneratedRegex(@"^(?:foreligger|inngår\s+nå|gikk\b.*|trådte\b.*|tok\s+til\b.*|gav\s+ut|trådde\b.*|(?:ligg|låg)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteState();

    [GeneratedRegex(@"^(?:i|på|av|til|med|for|fra|frå|om|den|det|de|dei|en|et|ei|ein|eit|sin|sitt|sine|nylig|nyleg|nyss)$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveLead();

    [GeneratedRegex(@"^(?:har|hadde|er|var|ble|blir|blitt|vart|blei|vert|vore|vorte)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuxWord();

    /// <summary>Working on something named right after: "samarbeider nå om implementeringen", "arbeider med å forbedre rutinene", "bistår kommuner i …".</summary>
    [GeneratedRegex(@"^(?:(?:samarbeider|jobber|jobbar|arbeider)\s+(?:nå\s+|no\s+|fortsatt\s+|framleis\s+|videre\s+|vidare\s+)?(?:om|med)\b|bistår\b|veileder\b|rettleier\b|understøtter\b|implementerer\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingOnVerb();

    private static string LastWords(string text, int index, int count)
    {
        var start = index;
        var seen = 0;
        while (start > 0)
        {
            start--;
            if (text[start] is '.' or ';' or '!' or '?')
            {
                start++;
                break;
            }

            if (char.IsWhiteSpace(text[start]) && start + 1 < index && !char.IsWhiteSpace(text[start + 1]) && ++seen > count)
            {
                break;
            }
        }

        return text[start..index];
    }

    /// <summary>Evidence starts at the clause start when the clause opens shortly before the match (the subject), else at the match.</summary>
    private static int EvidenceStart(string text, int index)
    {
        var clause = 0;
        foreach (Match b in Boundary().Matches(text[..index]))
        {
            clause = b.Index + b.Length;
        }

        var words = text[clause..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 6)
        {
            return clause;
        }

        // Keep the auxiliary right before the phrase ("er under utprøving").
        var last = words[^1];
        return AuxWord().IsMatch(last) ? text.LastIndexOf(last, index - 1, StringComparison.Ordinal) : index;
    }

    [GeneratedRegex(@"[,;:(]\s*|\b(?:og|men|mens|medan|der|som)\s+")]
    private static partial Regex Boundary();

    /// <summary>Evidence runs on a few words after the match, to the end of the phrase.</summary>
    private static int EvidenceEnd(string text, int end, int maxWords = 6)
    {
        var i = end;
        var words = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '.' or '(' or '«')
            {
                break;
            }

            if (c == ' ')
            {
                var rest = text.AsSpan(i + 1);
                if (rest.StartsWith("som ") || rest.StartsWith("og ") || rest.StartsWith("der ") || rest.StartsWith("for å") || rest.StartsWith("men ") || ++words >= maxWords)
                {
                    break;
                }
            }

            i++;
        }

        return i;
    }

    /// <summary>"av" right after a participle: its agent follows ("utarbeidet av Helsedirektoratet").</summary>
    [GeneratedRegex(@"^\s+av\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentAv();

    /// <summary>An auxiliary verb (har, er, ble; nynorsk vart, blei, vert, vorte) as a word.</summary>
    [GeneratedRegex(@"\b(?:har|hadde|er|var|ble|blir|blitt|vart|blei|vert|vorte)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryVerb();
}

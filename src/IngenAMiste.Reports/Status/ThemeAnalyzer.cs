using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Status;

/// <summary>What a completion verb completed, and what that means for the measure.</summary>
internal sealed record ThemeVerdict(MeasureStatus Label, double Weight, string Reason, int EvidenceStart, int EvidenceEnd);

/// <summary>
/// Judges a completion verb by its theme — the thing completed — against the measure's commitment:
/// <list type="bullet">
/// <item>the theme is the commitment's deliverable (shares a content word with its main part, is of a kind the commitment asks
/// for in <see cref="DeliverableSynonyms"/>, names the act of its verb, or is "Tiltaket" itself) → completed;</item>
/// <item>a commitment to secure a state ("sikre at", "sørge for at") met by a practice in place in all units → completed;</item>
/// <item>something put into a draft ("tatt inn i høringsutkastet") → in progress; an assessment concluded → completed for a
/// measure that asks for an assessment;</item>
/// <item>…but only in part of the scope ("i to fylker", "i Helse Nord RHF", "flere helseforetak", "en pilot") → in progress;</item>
/// <item>the theme is a planning instrument (plan, strategi, dialog) the commitment does not ask for → planned;</item>
/// <item>the theme is another instrument or sub-step (gruppe, prosjekt, nettside, møte, kartlegging …) → in progress.</item>
/// </list>
/// The theme is the object after the verb for active sentences ("har utarbeidet et ressurskart"), the subject for passive ones
/// ("Nasjonalt forum … ble etablert"), or the inverted subject ("I 2021 ble nasjonal strategi … lansert";
/// "I Helse Nord er det etablert digitale behandlingsopplegg").
/// </summary>
internal static partial class ThemeAnalyzer
{
    /// <summary>Instruments of planning: producing one is planning, unless the commitment asks for it.</summary>
    private static readonly string[] PlanningNouns = ["plan", "strategi", "dialog", "kontakt", "mandat", "prosjektplan", "oppdrag", "beslutning", "oversikt"];

    /// <summary>Instruments and sub-steps of execution: producing one is progress, unless the commitment asks for it.</summary>
    private static readonly string[] MeansNouns =
    [
        "gruppe", "prosjekt", "nettside", "side", "utvalg", "møte", "pilot", "kartlegging", "samarbeid", "organisering", "ressursgruppe",
        "referansegruppe", "styringsgruppe", "arbeidsgruppe", "innhold", "bestemmelse", "lov", "anskaffelse",
        "videreutdanningstilbud", "tilbud", "regelverk", "webinar", "kurs", "utkast", "skisse", "testversjon", "pakke", "forslag",
        // parts of a survey or study (klarspråk report: "Spørreskjemaet til levekårsundersøkelsen er ferdig")
        "skjema", "intervjuguide", "datainnsamling",
    ];

    /// <summary>
    /// Words that say the completion covers only part of the ground. A capitalised name after "i" is a place ("i Agder"), but not
    /// an institution's genitive before a noun ("i Statens vegvesens analyser", "i Helsedirektoratets veileder").
    /// </summary>
    [GeneratedRegex(@"\b(?i:flere|fleire|enkelte|noen|nokre|et\s+utvalg|utvalgte|først|pilot\w*|utprøving\w*|prøveprosjekt\w*|delvis|(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|\d+)\s+av\s+(?:de\s+)?(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|\d+)|[Ii]\s+(?:to|tre|fire|fem|\d+)\s+(?:fylker|kommuner|regioner|helseregioner|helseforetak|fengsler|byer|fylke|kommunar|regionar|helseregionar|helseføretak|fengsel|byar))\b|\b[Ii]\s+(?:Helse\s+(?:Sør-Øst|Vest|Midt-Norge|Midt|Nord)|(?!Norge\b|Norden\b|Europa\b|landet\b|[A-ZÆØÅ][\w-]*(?:ens|ets)\s+\p{Ll})[A-ZÆØÅ][\w-]+(?:(?:,\s*|\s+og\s+)[A-ZÆØÅ][\w-]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex PartialScope();

    [GeneratedRegex(@"\b(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|\d+)\s+(?:av\s+|fylker|kommuner|regioner|helseregioner|helseforetak|fengsler|byer|fylke|kommunar|regionar|helseregionar|helseføretak|fengsel|byar)", RegexOptions.IgnoreCase)]
    private static partial Regex CountedScope();

    [GeneratedRegex(@"\b(?:alle|hele\s+landet|heile\s+landet|samtlige|samtlege)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullScope();

    /// <summary>Verbs that put a practice in place: innført, implementert, tatt i bruk, etablert, "har nå rutiner", i drift.</summary>
    [GeneratedRegex(@"^(?:innført|innførte|implementert|implementerte|etablert|etablerte|opprettet|oppretta|te[kt]ne?\s+i\s+bruk|tatt\s+\w*\s*i\s+bruk|tok\s+\w*\s*i\s+bruk|har\s+nå\s+.+|(?:er|ble)\s+(?:nå\s+)?i\s+drift)$", RegexOptions.IgnoreCase)]
    private static partial Regex InPlace();

    [GeneratedRegex(@"^(?:konkludert|konkluderte)$", RegexOptions.IgnoreCase)]
    private static partial Regex Conclusion();

    /// <summary>Verbs that finish a piece of work: avsluttet, fullført, sluttført, ferdigstilt, gjennomført, utført.</summary>
    [GeneratedRegex(@"^(?:avsluttet|avslutta|fullført|fullførte|sluttført|sluttførte|ferdigstilt|gjennomført|utført)$", RegexOptions.IgnoreCase)]
    private static partial Regex Finishing();

    /// <summary>Verbs that put something into something else: tatt inn (i), innarbeidet (i), inkludert (i), inngår nå (i), er nå (en) del av.</summary>
    [GeneratedRegex(@"^(?:tatt\s+inn|innarbeidet|inkludert|inngår\s+nå|.*\bdel\s+av)$", RegexOptions.IgnoreCase)]
    private static partial Regex Inclusion();

    /// <summary>What something was put into ("i høringsutkastet til …", "i den nye veilederen"); a draft or proposal is named as such.</summary>
    [GeneratedRegex(@"^\s+(?:i\s+)?(?<c>(?:(?:den|det|de|et|en|ny|nye|nytt|reviderte|første)\s+){0,2}(?:(?<draft>\w*utkast\w*|\w*forslag\w*|høringsnotat\w*)|[\w-]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Container();

    [GeneratedRegex(@"\b(?:har|hadde|er|var|ble|blir|har\s+blitt|er\s+blitt|vart|blei|vert|har\s+vorte|er\s+vorte)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    public static ThemeVerdict Judge(string sentence, Match verb, CommitmentProfile commitment)
    {
        var verbText = verb.Value;
        var (theme, evStart, evEnd) = FindTheme(sentence, verb);
        var themeWords = Words(theme);

        // Scope: one region, some units, a pilot → progress, not completion (unless the commitment itself is about that scope).
        // Any scope limitation that the commitment itself does not name ("Piloten" is no limitation when a pilot is what it asks for).
        // A counted scope ("i tre regioner", "to av fem") is partial even when the commitment names the kind of unit ("regionale").
        var scope = PartialScope().Matches(ScopeWindow(sentence, verb)).FirstOrDefault(m => (!commitment.Mentions(m.Value) && !AskedFor(m.Value, commitment)) || CountedScope().IsMatch(m.Value));
        var partial = scope is not null && !(FullScope().IsMatch(sentence) && !scope.Value.Contains(" av ", StringComparison.Ordinal));

        // Inclusion ("er tatt inn i høringsutkastet", "innarbeidet i veilederen"): what it was put into is part of the theme;
        // put into a draft or proposal, it is not delivered yet.
        var container = Inclusion().IsMatch(verbText) ? Container().Match(sentence[(verb.Index + verb.Length)..]) : Match.Empty;
        if (container.Success && container.Groups["draft"].Success)
        {
            return new ThemeVerdict(MeasureStatus.InProgress, 2, $"{verbText}: included in a draft ({container.Groups["draft"].Value}), not yet delivered", evStart, evEnd);
        }

        if (container.Success)
        {
            themeWords = [.. themeWords, .. Words(container.Groups["c"].Value)];
        }

        // An assessment concluded ("Departementet har konkludert med at …") is the deliverable of a measure that asks for one.
        if (Conclusion().IsMatch(verbText))
        {
            return commitment.AsksAssessment
                ? new ThemeVerdict(MeasureStatus.Completed, 4, $"{verbText}: the assessment the measure asks for has concluded", evStart, evEnd)
                : new ThemeVerdict(MeasureStatus.InProgress, 2, $"{verbText}: a conclusion on something other than the deliverable", evStart, evEnd);
        }

        // "Tiltaket er gjennomført", "Oppdraget er levert"; and the work itself finished ("Arbeidet ble avsluttet i 2022").
        var selfReference = themeWords.Any(w => w is "tiltaket" or "oppdraget")
            || (themeWords is ["arbeidet"] or ["arbeidet", "med", "tiltaket"] && Finishing().IsMatch(verbText));
        var head = HeadNoun(themeWords);

        // The deliverable synonym table: a thing of a kind the commitment asks for is its deliverable ("ressurskartet" for
        // "en visuell oversikt", "veilederen" for "tydeliggjøre hvilke regler").
        var kind = head is null ? null : DeliverableSynonyms.KindOf(theme, head);
        var asked = kind is null ? null : commitment.Asks(kind.Value.Kind);
        // The act the commitment names, as a noun ("Revisjonen" for "revidere", "Etableringen" for "etablere").
        var act = head is not null && commitment.NamesAct(head);
        var overlap = selfReference || commitment.OverlapsMain(themeWords) || asked is not null || act;

        if (head is not null && !selfReference && !commitment.Mentions(head) && asked is null && !act)
        {
            if (PlanningNouns.Any(n => InflectionOf(head, n) || head.StartsWith(n, StringComparison.Ordinal)))
            {
                return new ThemeVerdict(MeasureStatus.Planned, 2, $"{verbText}: a planning instrument ({head}) was made, not the deliverable", evStart, evEnd);
            }

            if (MeansNouns.Any(n => InflectionOf(head, n)))
            {
                return new ThemeVerdict(MeasureStatus.InProgress, 2, $"{verbText}: a sub-step ({head}) is done, not the deliverable", evStart, evEnd);
            }
        }

        if (!overlap)
        {
            // "sørge for at personellet har kompetanse" / "CAMS er innført i alle helseregionene": a commitment to secure a state
            // of the services is met by a practice put in place in all of them (not in some: see the scope check above).
            if (commitment.EnsuresState && !partial && InPlace().IsMatch(verbText) && FullScope().IsMatch(ScopeWindow(sentence, verb)))
            {
                return new ThemeVerdict(MeasureStatus.Completed, 4, $"{verbText}: the state the measure secures is in place in all units ({FullScope().Match(ScopeWindow(sentence, verb)).Value})", evStart, evEnd);
            }

            return new ThemeVerdict(MeasureStatus.InProgress, 2, $"{verbText}: something other than the deliverable was completed", evStart, evEnd);
        }

        if (partial)
        {
            return new ThemeVerdict(MeasureStatus.InProgress, 2, $"{verbText}: the deliverable is done only in part («{scope!.Value.Trim()}»)", evStart, evEnd);
        }

        var what = asked is not null && !commitment.OverlapsMain(themeWords)
            ? $"{kind!.Value.Name}, a {kind.Value.Kind.Id} as the commitment asks «{asked}»"
            : string.Join(' ', themeWords.Take(6));
        return new ThemeVerdict(MeasureStatus.Completed, 4, $"{verbText}: the measure's own deliverable ({what})", evStart, evEnd);
    }

    /// <summary>A one-word scope limitation ("piloten", "utprøvingen") of a kind the commitment asks for (a pilot measure's pilot).</summary>
    private static bool AskedFor(string word, CommitmentProfile commitment) =>
        !word.Contains(' ', StringComparison.Ordinal) && DeliverableSynonyms.KindOf(word, TextNormalizer.Fold(word)) is { } k && commitment.Asks(k.Kind) is not null;

    /// <summary>The word is the noun (or a compound ending in it) in one of its inflected forms: side, siden, sider, sidene.</summary>
    private static bool InflectionOf(string word, string noun)
    {
        foreach (var ending in (string[])["", "n", "en", "et", "a", "ne", "r", "er", "ene", "ar", "ane"])
        {
            if (word.EndsWith(noun + ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of the sentence the completion speaks of: from its start to the first comma or relative clause after the verb (at most 12 words).</summary>
    private static string ScopeWindow(string sentence, Match verb)
    {
        var end = verb.Index + verb.Length;
        var words = 0;
        while (end < sentence.Length && sentence[end] is not (',' or ';' or ':'))
        {
            if (sentence[end] == ' ' && (++words > 12 || sentence.AsSpan(end).StartsWith(" som ") || OgVerb().IsMatch(sentence.AsSpan(end))))
            {
                break;
            }

            end++;
        }

        return sentence[..end];
    }

    /// <summary>
    /// The theme inside the verb phrase: "tatt [kriteriene] i bruk", "har nå [rutiner]"; after "er ferdig(e) / i mål med (å gå gjennom)" the
    /// theme is what follows (an empty group: the object after the match).
    /// </summary>
    [GeneratedRegex(@"^(?:tatt|tok)\s+(?<t>\w+)\s+i\s+bruk$|^har\s+nå\s+(?<t>.+)$|^(?:er|ble|var|har\s+blitt|er\s+blitt)\s+(?:nå\s+)?(?:helt\s+)?(?:ferdige?|i\s+mål)\s+med(?:\s+å\s+\w+(?:\s+(?:gjennom|på|opp|ut|over))?)?(?<t>)$", RegexOptions.IgnoreCase)]
    private static partial Regex InnerTheme();

    [GeneratedRegex(@"^(?:foreligger|forelå|inngår\s+nå|gikk(?:\s+av\s+stabelen)?|trådte\s+i\s+kraft|tok\s+til\s+å\s+gjelde|trådde\s+i\s+kraft|(?:ligg|låg)\s+(?:no\s+)?føre|kom\s+ut|ligger\s+(?:nå\s+)?ute|så\s+dagens\s+lys|har\s+vært\s+tilgjengelig\s+(?:siden|fra)|fant\s+sted|skjedde|(?:gikk|kom)\s+(?:\w+\s+)?på\s+luft(?:a|en)|(?:står|sto|stod)\s+(?:nå\s+)?klar[te]?|er\s+(?:nå\s+)?ute)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectVerb();

    [GeneratedRegex(@"^\s+og\s+(?:har|hadde|er|var|ble|vart|blei|skal|vil|kan|fikk|fekk|får)\b")]
    private static partial Regex OgVerb();

    /// <summary>The theme of a completion verb and the span of the evidence phrase in <paramref name="sentence"/>.</summary>
    private static (string Theme, int Start, int End) FindTheme(string sentence, Match verb)
    {
        var before = sentence[..verb.Index];
        var auxMatches = Auxiliary().Matches(before);
        var aux = auxMatches.Count > 0 ? auxMatches[^1] : null;
        var verbIncludesAux = Auxiliary().IsMatch(verb.Value.Split(' ')[0]);
        if (verbIncludesAux)
        {
            aux = Auxiliary().Match(verb.Value);
            aux = aux.Success ? aux : null;
        }

        var after = After(sentence, verb.Index + verb.Length);
        var clauseStart = ClauseStart(sentence, verb.Index);

        // A state verb without an auxiliary ("Veilederen foreligger", "Temaet inngår nå i opplæringen", "Kampanjen gikk i Agder",
        // "Rapporten kom ut i mars", "Brosjyren ligger ute på nett"): its subject is the theme.
        if (SubjectVerb().IsMatch(verb.Value))
        {
            // "Det foreligger en revidert veileder": after an expletive subject the theme follows the verb.
            var stated = sentence[clauseStart..verb.Index];
            return Words(stated) is ["det"] or ["der"] && after.Text.Length > 0
                ? (after.Text, clauseStart, after.End)
                : (stated, StartNear(sentence, clauseStart, verb.Index), PhraseEnd(sentence, verb.Index + verb.Length));
        }

        // The theme inside the verb phrase: "har tatt [kriteriene] i bruk", "har nå [rutiner] for …".
        var inner = InnerTheme().Match(verb.Value);
        if (inner.Success)
        {
            var innerTheme = (inner.Groups["t"].Value + " " + after.Text).Trim();
            return (innerTheme, StartNear(sentence, clauseStart, verb.Index), Math.Max(verb.Index + verb.Length, after.End));
        }

        if (aux is null && EllipticPassive(verb.Value, after.Text) is var elliptic and not null)
        {
            // A participle without an auxiliary, followed by an adverbial, as a table cell is written: "Kriteriene innført fra
            // 2023", "Forumet opprettet høsten 2020" (the subject is the theme); with no subject ("Ferdigstilt i 2021.",
            // "Avklart gjennom rundskriv") the cell speaks of its measure.
            var stated = sentence[clauseStart..verb.Index];
            return Words(stated).Count == 0
                ? ("tiltaket", clauseStart, PhraseEnd(sentence, verb.Index + verb.Length))
                : (stated, StartNear(sentence, clauseStart, verb.Index), PhraseEnd(sentence, verb.Index + verb.Length));
        }

        if (aux is null || (!verbIncludesAux && WordCount(sentence[(aux.Index + aux.Length)..verb.Index]) > 25))
        {
            // Simple past ("leverte sluttrapporten", "publiserte den reviderte veilederen"): object after, else subject.
            var subject = sentence[clauseStart..verb.Index];
            return after.Text.Length > 0
                ? (after.Text, StartNear(sentence, clauseStart, verb.Index), after.End)
                : (subject, clauseStart, verb.Index + verb.Length);
        }

        var auxWord = aux.Value.ToLowerInvariant();
        var auxIndex = verbIncludesAux ? verb.Index + aux.Index : aux.Index;
        var between = verbIncludesAux ? string.Empty : sentence[(aux.Index + aux.Length)..verb.Index];
        // "ble fastsatt i desember og trådte i kraft": the words between belong to a coordinated verb, not an inverted subject.
        var betweenWords = OgWord().IsMatch(between) ? [] : Words(between).Where(w => !Adverb(w)).ToList();
        var subjectText = sentence[clauseStart..Math.Max(clauseStart, auxIndex)];
        var subjectWords = Words(subjectText);
        var expletive = betweenWords.Contains("det") || betweenWords.Contains("der") || subjectWords is ["det"] or ["der"];
        var intransitive = IntransitiveVerb().IsMatch(verb.Value);

        if (auxWord.StartsWith("ha", StringComparison.Ordinal) && !auxWord.Contains("blitt", StringComparison.Ordinal) && !intransitive)
        {
            // Active perfect: "X har utarbeidet [theme]"; evidence from the auxiliary.
            var theme = after.Text.Length > 0 ? after.Text : subjectText;
            return (theme, auxIndex, after.Text.Length > 0 ? after.End : verb.Index + verb.Length);
        }

        if (expletive)
        {
            // "Det er etablert [theme]", "I Helse Nord er det etablert [theme]".
            return (after.Text, clauseStart, after.Text.Length > 0 ? after.End : verb.Index + verb.Length);
        }

        if (betweenWords.Count > 0 && !intransitive)
        {
            // Inverted: "I 2021 ble [nasjonal strategi …] lansert".
            return (string.Join(' ', betweenWords), clauseStart, verb.Index + verb.Length);
        }

        // Passive or intransitive with the theme as subject: "[Nasjonalt forum …] ble etablert".
        var subjectTheme = subjectWords.Count > 0 ? subjectText : after.Text;
        return (subjectTheme, StartNear(sentence, clauseStart, verb.Index), PhraseEnd(sentence, verb.Index + verb.Length));
    }

    /// <summary>
    /// A one-word participle used without an auxiliary (an elliptic passive, "[er] innført"): a form that is only a participle
    /// (ending in -t but not -et or -te: innført, levert, ferdigstilt, avklart), followed by nothing or by an adverbial (a
    /// preposition, a month or season, a year); an -et form (opprettet, utarbeidet: also simple past) only before a time
    /// ("høsten 2020"). Returns the participle, or null for an active verb with its object ("leverte sluttrapporten").
    /// </summary>
    private static string? EllipticPassive(string verb, string after)
    {
        if (verb.Contains(' ', StringComparison.Ordinal) || !verb.EndsWith('t') || verb.EndsWith("te", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var next = Words(after).FirstOrDefault();
        var time = next is not null && (Months.Contains(next) || (next.Length == 4 && next.All(char.IsDigit)));
        if (verb.EndsWith("et", StringComparison.OrdinalIgnoreCase))
        {
            return time ? verb : null;
        }

        return next is null || time || AdverbialStart.Contains(next) ? verb : null;
    }

    private static readonly HashSet<string> AdverbialStart = new(StringComparer.Ordinal)
    {
        "i", "fra", "gjennom", "med", "til", "på", "for", "innen", "etter", "ved", "av", "siden", "og", "som",
    };

    /// <summary>Start the evidence at the clause start, unless the clause runs long before the verb.</summary>
    private static int StartNear(string sentence, int clauseStart, int verbIndex) =>
        WordCount(sentence[clauseStart..verbIndex]) <= 10 ? clauseStart : verbIndex;

    /// <summary>After a passive verb, the adverbials that follow belong to the statement ("ble etablert våren 2021", "ble sendt til alle landets kommuner").</summary>
    private static int PhraseEnd(string sentence, int end)
    {
        var m = ObjectPhrase().Match(sentence[end..]);
        return m.Success ? end + m.Value.TrimEnd().Length : end;
    }

    /// <summary>The object noun phrase after a verb: up to a relative pronoun, conjunction + verb, punctuation, or 10 words.</summary>
    private static (string Text, int End) After(string sentence, int from)
    {
        var rest = sentence[from..];
        var m = ObjectPhrase().Match(rest);
        if (!m.Success || m.Value.Trim().Length == 0)
        {
            return (string.Empty, from);
        }

        var text = m.Value.TrimEnd();
        return (text.Trim(), from + text.Length);
    }

    [GeneratedRegex(@"^(?:\s+(?!(?:som|der|hvor|kvar|men|medan|slik|for\s+å|og\s+(?:har|er|ble|vart|skal|vil|kan|hadde))\b)[^\s,;:.]+(?:\.\w+)*){1,10}")]
    private static partial Regex ObjectPhrase();

    private static int ClauseStart(string sentence, int verbIndex)
    {
        var start = 0;
        foreach (Match m in ClauseBoundary().Matches(sentence[..verbIndex]))
        {
            start = m.Index + m.Length;
        }

        return start;
    }

    [GeneratedRegex(@"(?:;|:|,\s+(?=og\s|men\s|mens\s|medan\s|der\s|hvor\s|da\s|fordi\s|siden\s|sidan\s)|\b(?:og|men|fordi|siden|sidan|da|at)\s+(?=det\s+er\s|det\s+ble\s|det\s+vart\s))\s*")]
    private static partial Regex ClauseBoundary();

    private static bool Adverb(string w) =>
        w is "nå" or "også" or "først" or "allerede" or "ikke" or "derfor" or "dessuten" or "likevel" or "i" or "fra" or "til" or "tidligere" or "siden"
            or "no" or "òg" or "allereie" or "ikkje" or "difor" or "frå" or "tidlegare" or "sidan"
            // Sentence and manner adverbs of administrative prose between the auxiliary and the participle ("ble formelt etablert").
            or "formelt" or "offisielt" or "endelig" or "nylig" or "nyleg" or "imidlertid" or "dermed" or "deretter" or "senere" or "seinare"
        || w.All(char.IsDigit) || Months.Contains(w);

    private static readonly HashSet<string> Months = new([.. NorwegianCalendar.MonthNames, .. NorwegianCalendar.SeasonNames], StringComparer.Ordinal);

    /// <summary>
    /// The first word of a noun phrase that is not a determiner, adjective or a definite genitive in front of another word
    /// ("Helsedirektoratets utredning", "departementets vurdering", "helseforetakenes rapport": the head is the next noun).
    /// </summary>
    private static string? HeadNoun(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (Determiners.Contains(w) || Adverb(w) || AdjectiveEnding().IsMatch(w) || (i + 1 < words.Count && DefiniteGenitive().IsMatch(w)))
            {
                continue;
            }

            return w;
        }

        return null;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "en", "et", "ei", "den", "det", "de", "denne", "dette", "disse", "ny", "nye", "nytt", "felles", "egen", "eget", "egne", "andre",
        "alle", "flere", "enkelte", "noen", "hele", "sin", "sitt", "sine", "ytterligere", "mer", "mange", "to", "tre", "fire", "fem",
        "og", "alt", "all", "selve", "sitt", "hans", "hennes", "deres", "våre", "vår", "vårt", "første", "siste", "neste",
        "ein", "eit", "dei", "desse", "eige", "eigne", "fleire", "nokre", "heile", "sjølve", "hennar", "deira",
    };

    [GeneratedRegex(@"(?:isk|iske|ig|ige|lig|lige|ende|al|alt|ale|elt|elle|ell|ert|erte|ede|ete)$")]
    private static partial Regex AdjectiveEnding();

    /// <summary>A definite noun in the genitive: -ets, -ens, -enes, -ernes (six letters at least).</summary>
    [GeneratedRegex(@"^\w{2,}(?:ets|ens|enes|ernes)$")]
    private static partial Regex DefiniteGenitive();

    internal static List<string> Words(string text) =>
        TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>"og" as a word: a coordinated verb follows.</summary>
    [GeneratedRegex(@"\bog\b")]
    private static partial Regex OgWord();

    /// <summary>Completion verbs that take no object (met, in operation, ready, in place, in force, governing … since …).</summary>
    [GeneratedRegex(@"^(?:.*\bmøter?|.*\bmøttes|.*\bvirket|.*\bi\s+drift|økt|økte|(?:er|ble)\s+(?:nå\s+)?(?:ferdig|klar[te]?|tilgjengelig\w*)|.*\bpå\s+plass|.*\bdel\s+av|.*\bi\s+kraft|.*\bvirkning\s+fra|.*\bi\s+fast\s+(?:bruk|drift)|(?:er|vart)\s+(?:no\s+)?(?:ferdig|klar|tilgjengeleg)|.*\bi\s+bruk|.*\bgjeldt\s+siden|.*\bgjeldende\s+siden|.*\b(?:styrende|retningsgivende|gjeldende)\b.*\bsiden)$", RegexOptions.IgnoreCase)]
    private static partial Regex IntransitiveVerb();
}

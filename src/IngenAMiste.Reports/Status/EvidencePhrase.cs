using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Status;

/// <summary>How the end of an evidence phrase is found.</summary>
public enum PhraseTail
{
    /// <summary>The clause core: the verb group and the head of its object; trailing non-essential phrases are dropped (rules E1–E6).</summary>
    Core,

    /// <summary>An activity ("bistår kommuner i …", "følges opp via …"): what is done is the content, so the complement is kept as found (rule E7).</summary>
    Complement,

    /// <summary>The phrase is the match itself and what the rule found after it (e.g. a plan heading): only word boundaries are enforced.</summary>
    AsFound,
}

/// <summary>
/// Cuts the evidence phrase of a status signal out of its sentence: a short verbatim phrase that a reader can check, the
/// clause's core. One place for all the rules, each tested on its own (EvidencePhraseTests):
/// <list type="bullet">
/// <item>B1 A phrase starts and ends at word boundaries of the joined text; a word ending in a hyphen ("Helse-", a line-end
/// or compound fragment) never ends a phrase.</item>
/// <item>B2 "og" between two proper names ("i Agder og Rogaland", "Helse Vest og Helse Nord") joins them: it ends no phrase.</item>
/// <item>S1 The phrase starts in the clause of the signal: after the last comma, semicolon or colon, after a subordinator (at,
/// der, fordi, når …), after "som" that opens a relative clause, and after "og"/"men" that open a new clause (an auxiliary,
/// det/der or the signal's own verb follows); "Justis- og beredskapsdepartementet" is one name, not two clauses. A
/// conjunction that opens the clause ("…, og arbeidet er …") is not part of the phrase.</item>
/// <item>S2 An expletive subject ("Det er etablert …") or a short fronted adverbial of an inverted clause ("I Helse Nord er det
/// etablert …", "I alle regioner vektlegges …") is kept.</item>
/// <item>S3 A plain subject — at most four words, no preposition, "og" or comma ("Helsedirektoratet har …", "Det reviderte
/// materiellet ble publisert") — is kept; a subject with its own prepositional phrase or coordination ("Brev om … ble sendt",
/// "Justis- og beredskapsdepartementet har …") is not.</item>
/// <item>S4 A longer subject is kept only when the predicate is a bare state with nothing after it ("Arbeidet med revidering av
/// retningslinjen er igangsatt"): the subject is then what the state is about. Otherwise the phrase starts at the finite verb
/// ("… ble lansert i mars 2021").</item>
/// <item>S5 When a long adverbial (four words or more, opened by a preposition) stands between the auxiliary and the main verb,
/// the phrase starts at the main verb ("har i samarbeid med … utarbeidet et ressurskart" → "utarbeidet et ressurskart").</item>
/// <item>S7 A statement about the work itself — a future step, an assessment, "er i gang med" — does not keep an organisation named
/// as its subject (one or two words: "Helsedirektoratet vil i 2023 vurdere" → "vil i 2023 vurdere", "Statens vegvesen vurderer
/// endringer" → "vurderer endringer"); a thing as subject is kept ("Strategien skal følges opp"), and so is the organisation
/// of an action with its product or an activity ("Helsedirektoratet har etablert en pilot", "Medietilsynet arbeider med …").</item>
/// <item>E1 A time phrase ending in a year within eight words after the signal ends the phrase, with all before it ("ble
/// etablert våren 2021", "er gitt som oppdrag i tildelingsbrevet til X for 2021", "ble lansert under Oslo-Pride 23. juni 2021").</item>
/// <item>E2 Otherwise the phrase keeps the object's noun phrase and drops the prepositional phrases after it ("Det er etablert
/// en ressursgruppe [med representanter …]", "Nettverkene er under etablering [i Helse Vest]").</item>
/// <item>E3 …except a "til" phrase (recipient or what a draft is for: "ble sendt til alle kommuner", "utkast til en veileder"),
/// but not "til å" (purpose).</item>
/// <item>E4 …and a one-word phrase that closes the sentence (not after a parenthesis, which closes the noun phrase) ("har begynt planlegging av arbeidet", "… ved FHI"), or a one-word
/// "i" phrase right after the object ("oppdateringer i ressursen").</item>
/// <item>E5 A parenthesis right after the head is kept ("et ressurskart (visuell oversikt)").</item>
/// <item>E6 An activity with nothing after it but a parenthesis, coordinated with "og" and a second status verb, keeps both
/// ("blir gjennomgått og brukes i læringsøyemed"); otherwise "og" ends the phrase ("er forsinket [og ventes ferdig i 2024]").</item>
/// <item>E7 An activity keeps its complement as found; a coordinated noun is kept with it ("vektlegges samarbeid og planlegging").</item>
/// <item>E8 "er i gang med X", "i ferd med X": the "med" phrase is the state's complement, cut like an object.</item>
/// <item>E9 "arbeidet med (å) X": after the noun "arbeid" the "med" phrase says what the work is and is kept.</item>
/// <item>E0 A colon right after the signal closes the phrase ("er kommet halvveis[: 180 kommuner …]").</item>
/// <item>E11 The container of an inclusion is its complement ("inngår nå i den faste driften", "er tatt inn i veilederen").</item>
/// <item>E12 A second completion participle after "og" belongs to the statement ("ble gjennomført og publisert i 2021").</item>
/// <item>E10 An amount is funding evidence, not status evidence: E1 and E3 stop before it ("er økt [til 5,2 mill. kroner i 2022]").</item>
/// </list>
/// </summary>
public static partial class EvidencePhrase
{
    /// <summary>At most this many words of a plain subject are kept (S3).</summary>
    public const int ShortSubject = 4;

    /// <summary>A year this many words after the signal or closer ends the phrase (E1).</summary>
    public const int TimeWindow = 8;

    private readonly record struct Token(int Start, int End, string Word)
    {
        /// <summary>The token as written, with its punctuation.</summary>
        public string Raw { get; init; } = string.Empty;

        /// <summary>The last word of the sentence.</summary>
        public bool Last { get; init; }
    }

    /// <summary>
    /// The span of the evidence phrase in <paramref name="sentence"/> for a signal matched at [<paramref name="matchStart"/>,
    /// <paramref name="matchEnd"/>). <paramref name="foundEnd"/> is where the rule itself saw the phrase end (used by
    /// <see cref="PhraseTail.Complement"/> and <see cref="PhraseTail.AsFound"/>). <paramref name="bareState"/>: the signal is a
    /// state predicate (pågår, er igangsatt, under etablering …), for S4.
    /// </summary>
    public static (int Start, int End) Cut(string sentence, int matchStart, int matchEnd, int foundEnd, PhraseTail tail, bool bareState = false, bool agentOptional = false)
    {
        var tokens = Tokenize(sentence);
        var matchFirst = tokens.FindIndex(t => t.End > matchStart);
        var afterMatch = tokens.FindIndex(t => t.Start >= matchEnd);
        if (matchFirst < 0)
        {
            return (matchStart, matchEnd);
        }

        if (afterMatch < 0)
        {
            afterMatch = tokens.Count;
        }

        var end = tail switch
        {
            PhraseTail.Core => CoreEnd(sentence, tokens, afterMatch, matchEnd),
            PhraseTail.Complement => ComplementEnd(sentence, tokens, matchEnd, Math.Max(foundEnd, matchEnd)),
            _ => Math.Max(foundEnd, matchEnd),
        };
        end = DropFragment(sentence, tokens, matchEnd, end);

        var nothingAfter = tail == PhraseTail.Core && end <= matchEnd + 1;
        var start = tail == PhraseTail.AsFound ? tokens[matchFirst].Start : Start(tokens, matchFirst, bareState && nothingAfter, agentOptional);
        return (start, Math.Max(end, start));
    }

    // ---------------------------------------------------------------- start

    private static int Start(List<Token> tokens, int matchFirst, bool bareState, bool agentOptional = false)
    {
        var clause = ClauseStart(tokens, matchFirst);
        var finite = -1;
        for (var i = clause; i < matchFirst; i++)
        {
            if (Auxiliary().IsMatch(tokens[i].Word))
            {
                finite = i;
                break;
            }
        }

        if (finite < 0)
        {
            finite = matchFirst;
        }

        // S6: an attributive signal ("i flere pågående innsatser") is no predicate: the clause is the phrase.
        if (finite == matchFirst && matchFirst > clause && Attributive().IsMatch(tokens[matchFirst - 1].Word) && matchFirst - clause <= 6)
        {
            return tokens[clause].Start;
        }

        // S5: a long adverbial between the auxiliary and the main verb.
        var between = matchFirst - finite - 1;
        if (finite < matchFirst && between >= 4 && Preposition().IsMatch(tokens[finite + 1].Word) && !Expletive(tokens, finite + 1))
        {
            return tokens[matchFirst].Start;
        }

        var subject = finite - clause;
        if (subject == 0)
        {
            return tokens[finite].Start;
        }

        // S7: an organisation as the agent of a statement about the work itself ("Helsedirektoratet vil i 2023 vurdere").
        if (agentOptional && subject <= 2 && Enumerable.Range(clause, subject).Any(i => Organisation().IsMatch(tokens[i].Raw)))
        {
            return tokens[finite].Start;
        }

        // S2: expletive subject, or a short fronted adverbial of an inverted clause.
        var fronted = Preposition().IsMatch(tokens[clause].Word) || (finite + 1 < tokens.Count && Expletive(tokens, finite + 1));
        if ((subject == 1 && Expletive(tokens, clause)) || (fronted && subject <= 5))
        {
            return tokens[clause].Start;
        }

        // S3 and S4.
        if (SimpleSubject(tokens, clause, finite) || (bareState && subject <= 8))
        {
            return tokens[clause].Start;
        }

        return tokens[finite].Start;
    }

    /// <summary>S3: a plain noun phrase of at most <see cref="ShortSubject"/> words, without a preposition, "og" or comma.</summary>
    private static bool SimpleSubject(List<Token> tokens, int from, int to)
    {
        if (to - from > ShortSubject)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (Preposition().IsMatch(tokens[i].Word) || tokens[i].Word == "og" || tokens[i].Raw.EndsWith(','))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Expletive(List<Token> tokens, int i) => tokens[i].Word is "det" or "der";

    private static int ClauseStart(List<Token> tokens, int matchFirst)
    {
        var start = 0;
        for (var i = 0; i < matchFirst; i++)
        {
            var raw = tokens[i];
            if (raw.Word.Length == 0)
            {
                continue;
            }

            var w = raw.Word;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : string.Empty;
            var afterHyphen = i > 0 && tokens[i - 1].Word.EndsWith('-');
            if (EndsClause(raw))
            {
                start = i + 1;
            }
            else if (Subordinator().IsMatch(w))
            {
                start = i + 1;
            }
            else if (w == "som" && (Auxiliary().IsMatch(next) || i + 1 == matchFirst))
            {
                start = i + 1;
            }
            else if (w is "og" or "men" && !afterHyphen && (Auxiliary().IsMatch(next) || next is "det" or "der" || i + 1 == matchFirst))
            {
                start = i + 1;
            }
        }

        // A clause opened by a conjunction after a comma ("…, og arbeidet er under planlegging") starts after it.
        while (start < matchFirst && tokens[start].Word is "og" or "men" or "samt" or "mens")
        {
            start++;
        }

        return Math.Min(start, matchFirst);
    }

    // ---------------------------------------------------------------- end

    private static int CoreEnd(string sentence, List<Token> tokens, int first, int matchEnd)
    {
        // E0: a colon that closes the signal closes the phrase ("er kommet halvveis: 180 kommuner …").
        if (first > 0 && first < tokens.Count && tokens[first - 1].End >= matchEnd && tokens[first - 1].Raw.TrimEnd().EndsWith(':'))
        {
            return matchEnd;
        }

        // E12: a second completion participle coordinated with "og" belongs to the statement ("ble gjennomført og publisert i
        // 2021", "er ferdigstilt og tatt i bruk"); the phrase goes on from after it.
        if (first < tokens.Count && tokens[first].Word == "og" && SecondParticiple().Match(sentence, tokens[first].Start) is { Success: true } second)
        {
            matchEnd = second.Index + second.Length;
            first = tokens.FindIndex(t => t.Start >= matchEnd);
            if (first < 0)
            {
                return matchEnd;
            }
        }

        // E1: a year close after the signal.
        for (var i = first; i < tokens.Count && i < first + TimeWindow; i++)
        {
            if (StopsPhrase(tokens, i) || IsAmount(tokens, i))
            {
                break;
            }

            if (Year().IsMatch(tokens[i].Word))
            {
                return TrimPunctuation(sentence, tokens[i].Start, tokens[i].End);
            }

            if (EndsClause(tokens[i]))
            {
                break;
            }
        }

        var end = matchEnd;
        var objectWords = 0;
        var lastWasObject = false;
        var sawParenthesis = false;
        var i2 = first;

        // E8: "er i gang med X", "i ferd med X": the "med" phrase is the complement of the state, kept like an object.
        if (i2 + 1 < tokens.Count && tokens[i2].Word == "med" && first > 0 && tokens[first - 1].Word is "gang" or "ferd")
        {
            i2++;
        }

        // E11: what something is put into ("inngår nå i den faste driften", "er tatt inn i veilederen") is the complement of the
        // inclusion, kept like an object.
        if (i2 + 1 < tokens.Count && tokens[i2].Word == "i" && first > 0 && InclusionVerbEnd().IsMatch(sentence[tokens[Math.Max(0, first - 2)].Start..tokens[first - 1].End]))
        {
            i2++;
        }

        while (i2 < tokens.Count)
        {
            var t = tokens[i2];
            var w = t.Word;
            if (sentence[t.Start] == '(')
            {
                // E5: a parenthesis right after the head.
                var close = ParenthesisEnd(sentence, tokens, i2);
                if (close < 0 || close - i2 > 6)
                {
                    break;
                }

                end = TrimPunctuation(sentence, tokens[i2].Start, tokens[close].End, keepParenthesis: true);
                sawParenthesis = true;
                if (EndsClause(tokens[close]))
                {
                    break;
                }

                i2 = close + 1;
                continue;
            }

            if (StopsPhrase(tokens, i2))
            {
                break;
            }

            if (Preposition().IsMatch(w))
            {
                var next = i2 + 1 < tokens.Count ? tokens[i2 + 1] : default;
                if (next.Word is null || (next.Word == "å" && w != "med"))
                {
                    break;
                }

                // E9: "arbeidet med (å) X": the "med" phrase says what the work is.
                // E9 for experience: "erfaringene med den felles opplæringen" — the "med" noun phrase ends the phrase.
                if (w == "med" && lastWasObject && Experience().IsMatch(tokens[i2 - 1].Word) && next.Word != "å")
                {
                    for (var j = i2 + 1; j < tokens.Count && !Preposition().IsMatch(tokens[j].Word) && !StopsPhrase(tokens, j) && sentence[tokens[j].Start] != '(' && j <= i2 + 6; j++)
                    {
                        end = TrimPunctuation(sentence, tokens[j].Start, tokens[j].End);
                        if (EndsClause(tokens[j]))
                        {
                            break;
                        }
                    }

                    return end;
                }

                if (w == "med" && lastWasObject && Work().IsMatch(tokens[i2 - 1].Word))
                {
                    i2 += next.Word == "å" ? 2 : 1;
                    lastWasObject = false;
                    continue;
                }

                if (w == "til" && !IsAmount(tokens, i2 + 1))
                {
                    // E3: keep the "til" phrase: its noun phrase up to the next preposition or stop.
                    var j = i2 + 1;
                    while (j < tokens.Count && !Preposition().IsMatch(tokens[j].Word) && !StopsPhrase(tokens, j) && sentence[tokens[j].Start] != '(')
                    {
                        end = TrimPunctuation(sentence, tokens[j].Start, tokens[j].End);
                        if (EndsClause(tokens[j]))
                        {
                            return end;
                        }

                        j++;
                    }

                    lastWasObject = false;
                    i2 = j;
                    continue;
                }

                // E4: a one-word phrase that closes the clause, or a one-word "i" phrase after the object.
                var closes = next.Last && !sawParenthesis;
                var locative = w == "i" && lastWasObject && !sawParenthesis
                    && (i2 + 2 >= tokens.Count || Preposition().IsMatch(tokens[i2 + 2].Word) || EndsClause(next));
                if (closes || locative)
                {
                    end = TrimPunctuation(sentence, next.Start, next.End);
                    if (closes)
                    {
                        break;
                    }

                    lastWasObject = false;
                    i2 += 2;
                    continue;
                }

                break;
            }

            if (objectWords >= 6)
            {
                break;
            }

            // E2: the object's words.
            end = TrimPunctuation(sentence, t.Start, t.End);
            objectWords++;
            lastWasObject = true;
            if (EndsClause(t))
            {
                break;
            }

            i2++;
        }

        return end;
    }

    /// <summary>
    /// E7: the rule's own end, with a coordinated noun after it ("samarbeid og planlegging"); for a bare predicate also a
    /// parenthesis (E5) and a coordinated second status verb (E6).
    /// </summary>
    private static int ComplementEnd(string sentence, List<Token> tokens, int matchEnd, int foundEnd)
    {
        var end = foundEnd;
        var bare = sentence.AsSpan(matchEnd, foundEnd - matchEnd).Trim().Length == 0;
        var last = tokens.FindLastIndex(t => t.Start < end);
        if (last >= 0 && EndsClause(tokens[last]))
        {
            return end;
        }

        var k = tokens.FindIndex(t => t.Start >= end);
        if (bare && k >= 0 && sentence[tokens[k].Start] == '(')
        {
            var close = ParenthesisEnd(sentence, tokens, k);
            if (close < 0 || close - k > 6)
            {
                return end;
            }

            end = TrimPunctuation(sentence, tokens[k].Start, tokens[close].End, keepParenthesis: true);
            if (EndsClause(tokens[close]))
            {
                return end;
            }

            k = close + 1;
        }

        if (k < 0 || k + 1 >= tokens.Count || tokens[k].Word != "og")
        {
            return end;
        }

        var next = tokens[k + 1];
        if (bare && StartsStatusVerb(sentence, next.Start))
        {
            return SecondPredicateEnd(sentence, tokens, k + 1);
        }

        var nounIsLast = k + 2 >= tokens.Count || EndsClause(next) || Preposition().IsMatch(tokens[k + 2].Word) || StopsPhrase(tokens, k + 2);
        if (!bare && nounIsLast && next.Word.Length > 0 && char.IsLower(sentence[next.Start])
            && !Auxiliary().IsMatch(next.Word) && !Pronoun().IsMatch(next.Word) && !StartsStatusVerb(sentence, next.Start))
        {
            return TrimPunctuation(sentence, next.Start, next.End);
        }

        return end;
    }

    /// <summary>E6: the second predicate of a coordination: its verb and up to three words, to the end of its clause.</summary>
    private static int SecondPredicateEnd(string sentence, List<Token> tokens, int from)
    {
        var end = tokens[from].End;
        for (var i = from; i < tokens.Count && i < from + 4; i++)
        {
            if (i > from && StopsPhrase(tokens, i))
            {
                break;
            }

            end = TrimPunctuation(sentence, tokens[i].Start, tokens[i].End);
            if (EndsClause(tokens[i]))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>E10: an amount ("5,2 mill. kroner", "kr 750 000") is funding, not status: no phrase runs into it.</summary>
    private static bool IsAmount(List<Token> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return false;
        }

        if (tokens[i].Word is "kr" or "nok")
        {
            return true;
        }

        if (!Number().IsMatch(tokens[i].Word))
        {
            return false;
        }

        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
        {
            if (Currency().IsMatch(tokens[j].Word))
            {
                return true;
            }

            if (!Number().IsMatch(tokens[j].Word))
            {
                break;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d[\d.,]*$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:kroner|kr|mill|millioner|million|mrd|milliarder|milliard|nok)$")]
    private static partial Regex Currency();

    private static bool StartsStatusVerb(string sentence, int at)
    {
        var rest = sentence[at..];
        return StatusRules.All.Any(r => r.Pattern.Match(rest) is { Success: true, Index: 0 });
    }

    /// <summary>B1: a phrase never ends in a word fragment ending with a hyphen.</summary>
    private static int DropFragment(string sentence, List<Token> tokens, int matchEnd, int end)
    {
        while (end > matchEnd && end > 0 && sentence[end - 1] == '-')
        {
            var t = tokens.FindLastIndex(x => x.Start < end);
            if (t <= 0 || tokens[t].Start < matchEnd)
            {
                break;
            }

            end = tokens[t - 1].End;
            end = TrimPunctuation(sentence, tokens[t - 1].Start, end);
            if (Preposition().IsMatch(tokens[t - 1].Word) && t - 1 > 0)
            {
                // A preposition left hanging before the fragment goes too ("er oversatt [til nord-, sør- og lulesamisk]").
                end = tokens[t - 2].End > matchEnd ? TrimPunctuation(sentence, tokens[t - 2].Start, tokens[t - 2].End) : matchEnd;
            }
        }

        return end;
    }

    private static int ParenthesisEnd(string sentence, List<Token> tokens, int open)
    {
        for (var i = open; i < tokens.Count; i++)
        {
            if (sentence.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start).Contains(')'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A word that ends the phrase: a relative or subordinate clause, "for å", a new finite verb.</summary>
    private static bool StopsPhrase(List<Token> tokens, int i)
    {
        var w = tokens[i].Word;
        if (w == "og" && NamesAround(tokens, i))
        {
            return false;
        }

        if (Subordinator().IsMatch(w) || w is "som" or "men" or "og" or "slik" or "samt" || Auxiliary().IsMatch(w))
        {
            return true;
        }

        return w == "for" && i + 1 < tokens.Count && tokens[i + 1].Word == "å";
    }

    /// <summary>B2: "og" between two proper names ("i Agder og Rogaland") joins the names; it opens no new clause.</summary>
    private static bool NamesAround(List<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && !EndsClause(tokens[i - 1])
        && tokens[i - 1].Raw.Length > 0 && char.IsUpper(tokens[i - 1].Raw[0]) && tokens[i + 1].Raw.Length > 0 && char.IsUpper(tokens[i + 1].Raw[0]);

    /// <summary>A token that closes a clause: it ends with a comma, semicolon, colon, or is the last word with a full stop.</summary>
    private static bool EndsClause(Token t) =>
        t.Last || t.Raw.EndsWith(',') || t.Raw.EndsWith(';') || t.Raw.EndsWith(':') || t.Raw.EndsWith('!') || t.Raw.EndsWith('?');

    private static int TrimPunctuation(string sentence, int start, int end, bool keepParenthesis = false)
    {
        while (end > start && (sentence[end - 1] is ',' or ';' or ':' or '.' or '!' or '?' or '»' or '"' || (!keepParenthesis && sentence[end - 1] == ')' && !sentence.AsSpan(start, end - start).Contains('('))))
        {
            // A full stop that belongs to a date or abbreviation inside the sentence ("23.") is kept.
            if (sentence[end - 1] == '.' && end < sentence.TrimEnd().Length && char.IsDigit(sentence[end - 2 >= start ? end - 2 : start]))
            {
                break;
            }

            end--;
        }

        return end;
    }

    private static List<Token> Tokenize(string sentence)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < sentence.Length)
        {
            while (i < sentence.Length && char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            var s = i;
            while (i < sentence.Length && !char.IsWhiteSpace(sentence[i]))
            {
                i++;
            }

            if (i > s)
            {
                var raw = sentence[s..i];
                tokens.Add(new Token(s, i, raw.Trim(',', ';', ':', '.', '(', ')', '«', '»', '"', '!', '?').ToLowerInvariant()) { Raw = raw });
            }
        }

        if (tokens.Count > 0)
        {
            tokens[^1] = tokens[^1] with { Last = true };
        }

        return tokens;
    }

    [GeneratedRegex(@"^(?:har|hadde|er|var|ble|blir|vil|skal|kan|kunne|må|bør|skulle|ville|får|fikk|vart|blei|vert|fekk)$")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"^(?:i|på|med|for|av|over|hos|om|fra|under|ved|mot|etter|gjennom|via|blant|rundt|innen|uten|til|mellom|hos|overfor|innenfor|utenfor|langs|frå|hjå|innan|utan)$")]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(?:at|der|hvor|fordi|når|da|mens|dersom|hvis|siden|selv\s+om|slik|medan|viss|sidan|kvar)$")]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"^(?:han|hun|de|vi|man|den|det|dette|disse|jeg|du|ho|dei|desse|eg)$")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:en|et|ei|den|det|de|flere|alle|noen|mange|enkelte|sine|sitt|sin|i|på|av|med|for|til|om|fra|under|ved|nye|nytt|ny|ein|eit|dei|fleire|nokre|frå)$")]
    private static partial Regex Attributive();

    [GeneratedRegex(@"^(?:arbeid|arbeidet|arbeidene|jobben|innsatsen)$")]
    private static partial Regex Work();

    /// <summary>E12: "og" and a second completion participle.</summary>
    [GeneratedRegex(@"\Gog\s+(?:(?:er|ble|vart|blei)\s+)?(?:nå\s+|no\s+)?(?:publisert|lansert|tatt\s+i\s+bruk|sendt\s+ut|distribuert|implementert|innført|vedtatt|evaluert|gjort\s+tilgjengelig|oversatt|utgitt|trykket)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondParticiple();

    /// <summary>E9 also for experience: "erfaringene med den felles opplæringen" says what the experience is of.</summary>
    [GeneratedRegex(@"^erfaring(?:en|er|ene)?$")]
    private static partial Regex Experience();

    /// <summary>E11: an inclusion verb ends the signal (inngår nå, tatt inn, innarbeidet, inkludert).</summary>
    [GeneratedRegex(@"(?:\binngår\s+nå|\btatt\s+inn|\binnarbeidet|\binkludert)$", RegexOptions.IgnoreCase)]
    private static partial Regex InclusionVerbEnd();

    /// <summary>A name of an organisation: a capitalised word ending as an agency, ministry, institute or health trust does, or an acronym (FHI, RVTSene).</summary>
    [GeneratedRegex(@"^(?:[A-ZÆØÅ][\p{L}-]*(?:direktoratet|departementet|instituttet|tilsynet|etaten|etatene|senteret|sentrene|foretaket|foretakene|kontoret|rådet|forbundet|vegvesen)|[A-ZÆØÅ]{2,}[a-zæøå]{0,3}|Statens|Direktoratet|Departementet|Instituttet|Tilsynet)$")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();
}

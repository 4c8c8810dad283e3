using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Model;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// Finds money allocated to a measure in its narrative: "2 millioner kroner", "0,5 millioner", "3 mill. kr",
/// "1,2 milliarder"/"mrd.", "500 000 kroner", "1.500.000 kr", "kr 250 000", "NOK 2 mill.", "250 tkr", "én million kroner". Only sentences that speak of
/// allocation (bevilget, avsatt, tildelt, øremerket, finansiert, tilskudd, midler, budsjett …) count.
/// The evidence is the clause from its start (or from the finite verb when the sentence opens with a named subject:
/// "[Helse- og omsorgsdepartementet] har i 2021 avsatt 35 millioner kroner") to the currency word, stretched to the
/// year when the year comes after the amount ("… 0,5 millioner kroner over statsbudsjettet for 2021").
/// </summary>
public static partial class FundingExtractor
{
    public static IReadOnlyList<Funding> Extract(string narrative)
    {
        var result = new List<Funding>();
        if (string.IsNullOrWhiteSpace(narrative))
        {
            return result;
        }

        foreach (var sentence in Sentences.Split(narrative))
        {
            var text = sentence.Text;
            if (!AllocationWord().IsMatch(text))
            {
                continue;
            }

            foreach (Match m in Amount().Matches(text))
            {
                var amount = ToNok(m);
                if (amount is null or <= 0)
                {
                    continue;
                }

                var start = ClauseStart(text, m.Index);
                var end = m.Index + m.Length;

                // "4 millioner kroner over tre år": an amount for several years has no single year (a year later in the
                // sentence belongs to another statement).
                int? year;
                if (OverSeveralYears().Match(text, end) is { Success: true } overYears && overYears.Index == end)
                {
                    year = null;
                    end += overYears.Length;
                }
                else
                {
                    year = FindYear(text, start, end, out var yearEnd);
                    if (year is not null && yearEnd > end)
                    {
                        end = yearEnd;
                    }
                    else if (year is null && PeriodQualifier().Match(text, end) is { Success: true } period && period.Index == end)
                    {
                        end += period.Length;
                    }
                }

                // "for 2023 og 2024 samlet": an amount for several years together has no single year.
                if (YearSpanAt(text, start, m.Index + m.Length) is { } span)
                {
                    year = null;
                    end = Math.Max(end, span);
                }

                var evidence = EvidenceText(text, start, end);
                if (!result.Any(f => f.AmountNok == amount && f.Evidence == evidence))
                {
                    result.Add(new Funding(amount.Value, year, evidence));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The evidence without a leading conjunction of a coordinated clause ("og i 2023 fikk …") and without the sentence's
    /// full stop when the amount's abbreviation ends the sentence ("… er 25 mill. kr.").
    /// </summary>
    private static string EvidenceText(string text, int start, int end)
    {
        var evidence = text[start..end].Trim().TrimEnd(',', ';');
        var conjunction = LeadingConjunction().Match(evidence);
        if (conjunction.Success && conjunction.Length < evidence.Length)
        {
            evidence = evidence[conjunction.Length..];
        }

        if (evidence.EndsWith('.') && (string.IsNullOrWhiteSpace(text[end..]) || NextSentence().IsMatch(text[end..])))
        {
            evidence = evidence[..^1].TrimEnd();
        }

        return evidence;
    }

    /// <summary>The end of a span of years ("for 2023 og 2024 samlet", "i 2022–2023") in the clause or right after the amount, or null.</summary>
    private static int? YearSpanAt(string text, int start, int end)
    {
        var span = YearSpan().Match(text, start);
        if (!span.Success)
        {
            return null;
        }

        var firstYearAfter = Year().Match(text, end);
        return span.Index < end || (firstYearAfter.Success && span.Index == firstYearAfter.Index)
            ? span.Index + span.Length
            : null;
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}\s*(?:og|til|[–—-])\s*(?:19|20)\d{2}(?!\d)(?:\s+(?:samlet|samla|til\s+sammen|til\s+saman))?")]
    private static partial Regex YearSpan();

    /// <summary>After a currency abbreviation's dot, a capitalised word starts the next sentence ("… 4 mill. kr. Det er …").</summary>
    [GeneratedRegex(@"^\s+\p{Lu}")]
    private static partial Regex NextSentence();

    /// <summary>"… er videreført og økt til " right before the amount: "og" and an increase verb with its preposition.</summary>
    [GeneratedRegex(@"\b(?:er|ble|har\s+blitt)\s+\w+\s+og\s+(?<v>(?:økt|styrket|utvidet|trappet\s+opp)\s+(?:med|til))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedIncrease();

    [GeneratedRegex(@"^(?:og|men|mens)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConjunction();

    private static long? ToNok(Match m)
    {
        // "én million kroner", "ein milliard": the number written as a word (one).
        var raw = m.Groups["one"].Success ? "1" : (m.Groups["num"].Success ? m.Groups["num"].Value : m.Groups["num2"].Value).Trim();
        var unit = (m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["unit3"].Success ? m.Groups["unit3"].Value : m.Groups["unit2"].Value).ToLowerInvariant();
        decimal multiplier = unit switch
        {
            var u when u.StartsWith("milliard", StringComparison.Ordinal) || u.StartsWith("mrd", StringComparison.Ordinal) => 1_000_000_000m,
            var u when u.StartsWith("mill", StringComparison.Ordinal) || u.StartsWith("mln", StringComparison.Ordinal) || u == "mnok" => 1_000_000m,
            "tusen" or "tus." or "tusen kroner" or "tkr" => 1_000m,
            _ => 1m,
        };

        decimal value;
        if (multiplier == 1m)
        {
            // Plain kroner: spaces, dots or thin spaces group thousands; a comma starts øre.
            var digits = raw.Split(',')[0].Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal)
                .Replace("\u00A0", string.Empty, StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }
        }
        else
        {
            var normalised = raw.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
            if (!decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }
        }

        return (long)Math.Round(value * multiplier, MidpointRounding.AwayFromZero);
    }

    private static int ClauseStart(string sentence, int amountIndex)
    {
        // Start of the clause the amount sits in: after the last ';' or ', og'/'. ' before it; after a concessive ', selv om' / ', til tross for at' (also one that opens the sentence).
        var clauseStart = 0;
        foreach (Match sep in ClauseSeparator().Matches(sentence[..amountIndex]))
        {
            clauseStart = sep.Index + sep.Length;
        }

        var clause = sentence[clauseStart..amountIndex];

        // "Tilskuddet er videreført og økt til 10 millioner kroner": the amount is the complement of the second coordinated
        // predicate only; the statement about money starts there.
        var coordinated = CoordinatedIncrease().Match(clause);
        if (coordinated.Success)
        {
            return clauseStart + coordinated.Groups["v"].Index;
        }

        if (OpensWithAdverbialOrExpletive().IsMatch(clause))
        {
            return clauseStart;
        }

        // The giver as subject ("Helse- og omsorgsdepartementet har i 2021 avsatt …"): start at the finite verb.
        // The receiver as subject ("Kampanjen fikk 12 millioner kroner") belongs to the statement.
        var verb = FiniteVerb().Match(clause);
        if (!verb.Success)
        {
            return clauseStart;
        }

        // With a verb of receiving ("har fått", "fikk tildelt", "mottok") even a directorate is the receiver.
        var subject = clause[..verb.Index];
        var receives = ReceiveVerb().IsMatch(clause[verb.Index..]);
        return Giver().IsMatch(subject.Trim()) && !receives ? clauseStart + verb.Index : clauseStart;
    }

    private static int? FindYear(string sentence, int start, int end, out int yearEnd)
    {
        yearEnd = end;
        var inside = Year().Match(sentence[start..end]);
        if (inside.Success)
        {
            return int.Parse(inside.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        var after = Year().Match(sentence, end);
        if (after.Success)
        {
            yearEnd = after.Index + after.Length;
            return int.Parse(after.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>Allocation vocabulary (Norwegian): bevilge (appropriate), avsette/sette av (set aside), tildele (award), øremerke (earmark), finansiere, tilskudd (grant), midler (funds), budsjett, innvilge (grant), brukt/brukte + amount (spent), kostet + amount (cost); nynorsk: løyve (appropriate), sett av, øyremerke, tilskot, auka (increased), fekk (got).</summary>
    [GeneratedRegex(@"\b(?:bevilg\w*|avsatt\w*|satt av|setter av|tildel\w*|øremerk\w*|finansier\w*|\w*tilskudd\w*|\w*midl(?:er|ene|a)\b|midl\w*|\w*budsjett\w*|stilt\s+(?:\S+\s+){0,5}?til\s+disposisjon|(?:la|lagt)(?=\s+(?:\w+\s+){0,2}?\d[\d\s.,]*\s*(?:mill|mrd|milliard|million|kr|kroner|NOK)\b)|innvilg\w*|prioriter\w*|fordel\w*|økt\s+(?:med|til)|styrket\s+med|sett\s+av|set\s+av|løyv\w*|øyremerk\w*|tilskot\w*|auka\s+(?:med|til)|styrkt\s+med|vidareført\s+med|fekk|motteke\w*|ramme\w*|fikk|får|fått|mottok|mottatt|tilført|videreført\s+med|kostnad\w*|disponer\w*|bidro\s+med|bidratt\s+med|bidrar\s+med|brukte(?=\s+(?:om\s+lag\s+|totalt\s+)?\d)|brukt(?=\s+(?:om\s+lag\s+|totalt\s+)?\d)|kostet(?=\s+(?:om\s+lag\s+|totalt\s+|samlet\s+)?\d)|(?:gitt|ga|gav|gjeve)(?=\s+(?:\w+\s+){0,3}?(?:\d|(?:[ée]n|ett|ei|[ée]in)\s+milli|kr\b|NOK\b)))", RegexOptions.IgnoreCase)]
    private static partial Regex AllocationWord();

    [GeneratedRegex(@"(?<![\d.,])(?:(?<num>\d{1,3}(?:[  .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(?<unit>milliardar|milliarder|milliard|mrd\.?|millionar|millioner|million|mill\.?|mln\.?|MNOK|tusen|tkr|kroner|kr\.?|NOK)(?:\s+(?:kroner|kr\b\.?|NOK\b))?|(?:kr\.?|NOK)\s*(?<num2>\d{1,3}(?:[  .]\d{3})+|\d+(?:,\d+)?)(?:\s*(?<unit2>milliardar|milliarder|mrd\.?|millionar|millioner|mill\.?))?|(?<![\w])(?<one>[ée]n|ett|ei|[ée]in)\s+(?<unit3>milliard|million)\s+(?:kroner|kr\b\.?|NOK\b))(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\s*(?:[Ss]elv\s+om|[Tt]il\s+tross\s+for\s+at)\s+|;\s*|,\s+selv\s+om\s+|,\s+til\s+tross\s+for\s+at\s+|,\s+(?=og\s|men\s|mens\s|medan\s|fordi\s|slik\s+at\s)")]
    private static partial Regex ClauseSeparator();

    [GeneratedRegex(@"^\s*(?:Det|Der|I|Over|Til|For|Gjennom|Med|Fra|Totalt|Samlet|Som|Av|Etter|Under|Ved|Innenfor|Både|Dette|Og|Videre|Også|Frå|Vidare|Òg)\b")]
    private static partial Regex OpensWithAdverbialOrExpletive();

    [GeneratedRegex(@"\b(?:har|hadde|ble|blir|er|var|fikk|får|vil|skal|bevilget|bevilger|avsatte|avsetter|tildelte|tildeler|vart|blei|vert|fekk|løyvde|løyver|sette)\b")]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(@"^(?:har|hadde|fikk|fekk|får|mottok|ble|vart|er)?\s*(?:\w+\s+){0,2}?(?:fått|fikk|fekk|får|mottatt|motteke|mottok|tildelt|innvilget)\b")]
    private static partial Regex ReceiveVerb();

    /// <summary>A body that allocates money: a ministry, directorate, institute, the government or parliament, a health trust.</summary>
    [GeneratedRegex(@"(?:departement\w*|direktorat\w*|institutt\w*|[Rr]egjering\w*|[Ss]torting\w*|tilsyn\w*|RHF|HF|\bFHI|\bKS)$")]
    private static partial Regex Giver();

    /// <summary>A period the amount is for, when no year is given: "i planperioden", "per år", "årlig".</summary>
    [GeneratedRegex(@"\s+(?:i\s+(?:hele\s+)?(?:plan)?perioden|per\s+år|i\s+året|årlig)\b")]
    private static partial Regex PeriodQualifier();

    /// <summary>"over tre år" right after the amount: a sum for several years.</summary>
    [GeneratedRegex(@"\G\s+over\s+(?:to|tre|fire|fem|seks|\d)\s+år\b", RegexOptions.IgnoreCase)]
    private static partial Regex OverSeveralYears();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex Year();
}

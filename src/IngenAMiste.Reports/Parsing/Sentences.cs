namespace IngenAMiste.Reports.Parsing;

/// <summary>A sentence of a narrative, with its offset in the narrative string.</summary>
public readonly record struct Sentence(int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// Splits Norwegian running text into sentences: at '.', '!' or '?' followed by a space and a capital letter, digit or
/// quote, and at line breaks (paragraphs); not after common abbreviations ("bl.a.", "jf.", "kap.", "mill.", "pr.", …)
/// nor before a lower-case word ("10. september").
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "bl.a", "f.eks", "jf", "kap", "nr", "mill", "mrd", "kr", "evt", "ca", "mv", "m.fl", "dvs", "inkl", "pr", "st.meld",
        "meld.st", "prop", "o.l", "m.m", "osv", "ift", "mht", "iht", "vedr", "ang", "ref", "s", "tlf", "dr", "prof", "avd",
        "etc", "e.l", "bla", "pkt", "art", "jfr", "tab", "fig", "ekskl", "red", "forts", "min", "maks", "mnd", "nov", "des",
        "jan", "feb", "aug", "sept", "okt", "ft", "kl", "st", "ev", "sml", "hhv", "iflg",
        "m.a", "t.d", "osb", "m.a.o",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                AddSentence(result, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            // Closing quote or bracket right after the terminator belongs to the sentence.
            var end = i + 1;
            while (end < text.Length && text[end] is '»' or '"' or '”' or ')')
            {
                end++;
            }

            if (end < text.Length && text[end] != ' ' && text[end] != '\n')
            {
                continue;
            }

            var next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next < text.Length && text[next] != '\n')
            {
                var n = text[next];
                if (!(char.IsUpper(n) || char.IsDigit(n) || n is '«' or '"' or '“' or '(' or '•' or '-' or '–'))
                {
                    continue;
                }

                if (c == '.' && IsAbbreviation(text, i))
                {
                    continue;
                }
            }

            AddSentence(result, text, start, end);
            start = end;
            i = end - 1;
        }

        AddSentence(result, text, start, text.Length);
        return result;
    }

    private static void AddSentence(List<Sentence> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(start, text[start..end]));
        }
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] != '(')
        {
            s--;
        }

        var token = text[s..dot];
        return Abbreviations.Contains(token) || (token.Length == 1 && char.IsLetter(token[0]));
    }
}

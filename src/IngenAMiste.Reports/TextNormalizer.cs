using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IngenAMiste.Reports;

/// <summary>
/// Text clean-up shared by extraction, parsing and comparison: Unicode NFC, ligatures expanded, soft hyphens removed,
/// white space collapsed, and line joining that undoes end-of-line hyphenation but keeps real hyphens.
/// </summary>
public static partial class TextNormalizer
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>Words after a line-final hyphen that show the hyphen is a shared-suffix hyphen ("helse- og omsorg").</summary>
    private static readonly HashSet<string> SuspendedHyphenFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "og", "eller", "samt", "enn", "som", "til", "and", "or", "&",
    };

    /// <summary>
    /// Normalises the text of one extracted line: NFC, typographic ligatures (ﬁ, ﬂ, ﬀ …) expanded, odd spaces made plain.
    /// Soft hyphens and hyphen glyphs are kept, since <see cref="JoinLines"/> needs them.
    /// </summary>
    public static string NormalizeGlyphs(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uFB00' and <= '\uFB06':
                    sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\t':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\uFEFF':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Joins wrapped lines into one line of text. A soft hyphen at a line end (optionally followed by a visible hyphen glyph)
    /// joins the word halves; a plain hyphen at a line end stays: before "og"/"eller" it is a suspended compound
    /// ("helse- og omsorgstjenesten"), otherwise the halves are joined with the hyphen ("handlingsplanmal-nettsiden").
    /// </summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length == 0)
            {
                sb.Append(line);
                continue;
            }

            AppendJoined(sb, line);
        }

        return Clean(sb.ToString());
    }

    private static void AppendJoined(StringBuilder sb, string next)
    {
        // Trailing soft hyphen, possibly followed by a rendered hyphen glyph: join the word.
        var end = sb.Length;
        var hyphenGlyphs = 0;
        while (end - hyphenGlyphs - 1 >= 0 && IsHyphenGlyph(sb[end - hyphenGlyphs - 1]))
        {
            hyphenGlyphs++;
        }

        var hasSoft = end - hyphenGlyphs - 1 >= 0 && sb[end - hyphenGlyphs - 1] == SoftHyphen;
        if (hasSoft)
        {
            // Remove the soft hyphen and any hyphen glyph after it.
            sb.Length = end - hyphenGlyphs - 1;
            while (sb.Length > 0 && sb[^1] == SoftHyphen)
            {
                sb.Length--;
            }

            sb.Append(next);
            return;
        }

        if (hyphenGlyphs == 1 && end >= 2 && char.IsLetterOrDigit(sb[end - 2]))
        {
            // A visible hyphen after a word: keep it.
            if (sb[end - 1] != '-')
            {
                sb[end - 1] = '-';
            }

            var firstWord = FirstWord(next);
            if (SuspendedHyphenFollowers.Contains(firstWord) || next.StartsWith(','))
            {
                sb.Append(' ');
            }

            sb.Append(next);
            return;
        }

        // A written-out address broken after a slash ("helsenorge.no/" / "psykisk-helse/mestring"): its path goes on in lower
        // case with a further slash, hyphen or dot in the next line's first word; rejoin without a space.
        if (end >= 2 && sb[end - 1] == '/' && EndsInAddress(sb) && ContinuesPath(next))
        {
            sb.Append(next);
            return;
        }

        // A number range broken after its dash ("2020–" / "2025 – Ingen å miste"): rejoin without a space.
        if (end >= 2 && sb[end - 1] is '\u2013' or '\u2014' && char.IsDigit(sb[end - 2]) && next.Length > 0 && char.IsDigit(next[0]))
        {
            sb.Append(next);
            return;
        }

        sb.Append(' ');
        sb.Append(next);
    }

    /// <summary>The text ends in a word with a dot before its final slash and no space ("www.udir.no/", "helsenorge.no/tema/").</summary>
    private static bool EndsInAddress(StringBuilder sb)
    {
        var dot = false;
        for (var i = sb.Length - 2; i >= 0 && !char.IsWhiteSpace(sb[i]); i--)
        {
            if (sb[i] == '.' && i + 1 < sb.Length - 1 && char.IsLetterOrDigit(sb[i + 1]))
            {
                dot = true;
            }
        }

        return dot;
    }

    /// <summary>A line that starts with a lower-case path segment followed by '/', '-' or '.' within its first word.</summary>
    private static bool ContinuesPath(string next)
    {
        if (next.Length < 2 || !(char.IsLower(next[0]) || char.IsDigit(next[0])))
        {
            return false;
        }

        for (var i = 1; i < next.Length - 1 && !char.IsWhiteSpace(next[i]); i++)
        {
            if (next[i] is '/' or '-' or '.' && char.IsLetterOrDigit(next[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does <paramref name="next"/> begin with a word that shows a line-final hyphen before it is a suspended compound ("og", "eller" …)?</summary>
    internal static bool IsSuspendedHyphenFollower(string next) => SuspendedHyphenFollowers.Contains(FirstWord(next.TrimStart()));

    private static bool IsHyphenGlyph(char c) => c is '-' or '\u2010' or '\u2011';

    private static string FirstWord(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return text[..i].TrimEnd(',', '.', ';', ':');
    }

    /// <summary>NFC, ligatures expanded, soft hyphens removed, hyphen variants U+2010/U+2011 as '-', white space collapsed, trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = NormalizeGlyphs(text).Replace(SoftHyphen.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace('\u2010', '-').Replace('\u2011', '-');
        return Whitespace().Replace(s, " ").Trim();
    }

    /// <summary>The comparison form of the corpus rules: NFC, soft hyphens removed, white space collapsed.</summary>
    public static string ForComparison(string? text) => Clean(text);

    /// <summary>A URL in comparison form: no scheme, no trailing slash, host lower-cased.</summary>
    public static string UrlKey(string url)
    {
        var u = url.Trim();
        var scheme = SchemePrefix().Match(u);
        if (scheme.Success)
        {
            u = u[scheme.Length..];
        }

        u = u.TrimEnd('/');
        var slash = u.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? u.ToLowerInvariant() : u[..slash].ToLowerInvariant() + u[slash..];
    }

    /// <summary>Lower-case letters and digits only, for fuzzy matching.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Clean(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                // ToLowerInvariant, not ToLower(c, CultureInfo.InvariantCulture): the same mapping, but the latter's first call
                // builds an ICU collator (~15 ms) to check the culture's ASCII casing.
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*://")]
    private static partial Regex SchemePrefix();
}

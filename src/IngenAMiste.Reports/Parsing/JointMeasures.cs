using System.Globalization;
using System.Text.RegularExpressions;
using IngenAMiste.Reports.Status;

namespace IngenAMiste.Reports.Parsing;

/// <summary>
/// Measures reported jointly: a group heading ("Tiltak 19 og 20", "Tiltak 46–51", "Tiltak 46-51:", "Tiltakene 38, 39 og 40")
/// names several measures that share one narrative and one ministry line; each member's commitment is on a line of its own
/// ("Tiltak 46: …") or in a list item tagged with its number ("– … (tiltak 46)"). In the shared narrative a sentence that
/// names other members and not this one is about them, and a sentence that names this member alone singles it out.
/// </summary>
internal static partial class JointMeasures
{
    /// <summary>Most measures one group heading may name (a range further apart is a typo or a span of a table, not a group).</summary>
    private const int MaxMembers = 20;

    /// <summary>The measure numbers of a group heading alone in its paragraph, in order; null when the text is not one.</summary>
    public static IReadOnlyList<int>? HeadingMembers(string text)
    {
        var m = GroupHeading().Match(text.Trim());
        return m.Success ? Expand(m.Groups["list"].Value) : null;
    }

    /// <summary>
    /// A member's commitment line: "Tiltak N: …" / "Tiltak N – …" with N a member. Returns the number and the commitment.
    /// </summary>
    public static (int Number, string Commitment)? MemberLine(string text, IReadOnlyList<int> members)
    {
        var m = MemberLineRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var rest = m.Groups["rest"].Value.Trim();
        return members.Contains(number) && rest.Length > 0 && (char.IsUpper(rest[0]) || rest[0] is '«' or '"' or '“')
            ? (number, rest)
            : null;
    }

    /// <summary>
    /// List items tagged with their member's number ("– Regjeringen vil … (tiltak 24)"), one or more in a paragraph that ends
    /// with a tag; every tag must name a member. Returns the items (bullet and tag removed) or null.
    /// </summary>
    public static List<(int Number, string Commitment)>? TaggedItems(string text, IReadOnlyList<int> members)
    {
        var tags = Tag().Matches(text);
        if (tags.Count == 0 || tags[^1].Index + tags[^1].Length < text.TrimEnd().Length)
        {
            return null;
        }

        var items = new List<(int, string)>();
        var start = 0;
        foreach (Match tag in tags)
        {
            var number = int.Parse(tag.Groups["n"].Value, CultureInfo.InvariantCulture);
            var item = Bullet().Replace(text[start..tag.Index].Trim(), string.Empty).Trim();
            if (!members.Contains(number) || item.Length == 0)
            {
                return null;
            }

            items.Add((number, item));
            start = tag.Index + tag.Length;
        }

        return items;
    }

    /// <summary>
    /// The shared narrative as seen by one member: sentences that name other members of the group and not this one are left
    /// out (<paramref name="shared"/>); the sentences that name this member and no other member are its own
    /// (<paramref name="own"/>), which decide its status when they state one.
    /// </summary>
    public static (List<NarrativeParagraph> Shared, List<NarrativeParagraph> Own) ForMember(
        IReadOnlyList<NarrativeParagraph> paragraphs, int number, IReadOnlySet<int> members)
    {
        var shared = new List<NarrativeParagraph>();
        var own = new List<NarrativeParagraph>();
        foreach (var paragraph in paragraphs)
        {
            var kept = new List<string>();
            var mine = new List<string>();
            foreach (var sentence in Sentences.Split(paragraph.Text))
            {
                var named = NamedMembers(sentence.Text, members);
                if (named.Count == 0)
                {
                    kept.Add(sentence.Text);
                }
                else if (named.Contains(number))
                {
                    kept.Add(sentence.Text);
                    if (named.Count == 1)
                    {
                        mine.Add(sentence.Text);
                    }
                }
            }

            if (kept.Count > 0)
            {
                shared.Add(paragraph with { Text = string.Join(" ", kept) });
            }

            if (mine.Count > 0)
            {
                own.Add(paragraph with { Text = string.Join(" ", mine) });
            }
        }

        return (shared, own);
    }

    /// <summary>The members of the group a sentence names ("tiltak 47", "tiltakene 46 og 48", "(tiltak 50)", "tiltak 46–48").</summary>
    private static HashSet<int> NamedMembers(string sentence, IReadOnlySet<int> members)
    {
        var named = new HashSet<int>();
        foreach (Match m in Reference().Matches(sentence))
        {
            foreach (var n in Expand(m.Groups["list"].Value) ?? [])
            {
                if (members.Contains(n))
                {
                    named.Add(n);
                }
            }
        }

        return named;
    }

    /// <summary>"19 og 20" → [19, 20]; "46–51" → 46…51; "38, 39 og 40" → [38, 39, 40]; null when not increasing or too many.</summary>
    private static List<int>? Expand(string list)
    {
        var numbers = new List<int>();
        var range = false;
        foreach (Match token in ListToken().Matches(list))
        {
            if (token.Groups["n"].Success)
            {
                var n = int.Parse(token.Groups["n"].Value, CultureInfo.InvariantCulture);
                if (numbers.Count > 0 && n <= numbers[^1])
                {
                    return null;
                }

                if (range)
                {
                    if (n - numbers[^1] >= MaxMembers)
                    {
                        return null;
                    }

                    for (var k = numbers[^1] + 1; k < n; k++)
                    {
                        numbers.Add(k);
                    }
                }

                numbers.Add(n);
                range = false;
            }
            else
            {
                range = token.Groups["range"].Success;
            }
        }

        return numbers.Count is >= 1 and <= MaxMembers ? numbers : null;
    }

    [GeneratedRegex(@"^(?:Tiltak|Tiltakene|TILTAK|TILTAKENE)\s*(?:nr\.?\s*)?(?<list>\d{1,3}(?:\s*(?:,|og|&|til|–|—|-)\s*\d{1,3})+)\s*[:.]?$")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^(?:Tiltak|TILTAK)\s*(?:nr\.?\s*)?(?<n>\d{1,3})\s*[:.–—\-]\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex MemberLineRegex();

    [GeneratedRegex(@"\(\s*(?:tiltak|Tiltak)\s+(?<n>\d{1,3})\s*\)[.;,]?")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[•▪◦●○■□‣⁃∙·*–—\-]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\b(?:tiltak|tiltakene|Tiltak|Tiltakene)\s+(?:nr\.?\s*)?(?<list>\d{1,3}(?:\s*(?:,|og|&|til|–|—|-)\s*\d{1,3})*)\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?<n>\d{1,3})|(?<range>til|–|—|-)|(?:,|og|&)")]
    private static partial Regex ListToken();
}

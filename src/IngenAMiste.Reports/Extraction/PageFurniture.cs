using System.Text;
using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// Finds running headers, footers and page numbers: lines at the top or bottom edge of a page that are a page number
/// ("7", "Side 7 av 16", "- 7 -", "7/16"), or whose text (digits masked) recurs at the same height on many pages.
/// Structural lines (Mål/Tiltak headings, ministry lines) are never furniture, even when they happen to repeat.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How many lines from the top and from the bottom of a page are candidates.</summary>
    private const int EdgeLines = 2;

    public static IReadOnlyList<ExtractedPage> Separate(IReadOnlyList<RawPage> pages)
    {
        // Candidate lines: the top-most and bottom-most lines of each page.
        var edge = new HashSet<ExtractedLine>(ReferenceEqualityComparer.Instance);
        var repeatCount = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var all = page.Blocks.SelectMany(b => b).ToList();
            if (all.Count == 0)
            {
                continue;
            }

            foreach (var line in EdgeLevels(all))
            {
                if (!edge.Add(line))
                {
                    continue;
                }

                if (!repeatCount.TryGetValue(Key(line), out var set))
                {
                    set = [];
                    repeatCount[Key(line)] = set;
                }

                set.Add(page.Number);
            }
        }

        var pagesWithText = pages.Count(p => p.Blocks.Count > 0);
        var minRepeats = Math.Max(2, (int)Math.Ceiling(pagesWithText * 0.4));

        var result = new List<ExtractedPage>(pages.Count);
        foreach (var page in pages)
        {
            var furniture = new List<ExtractedLine>();
            var blocks = new List<ExtractedBlock>(page.Blocks.Count);
            var all = page.Blocks.SelectMany(b => b).ToList();
            foreach (var block in page.Blocks)
            {
                var kept = new List<ExtractedLine>(block.Count);
                foreach (var line in block)
                {
                    if (edge.Contains(line) && IsFurniture(line, repeatCount, minRepeats)
                        && !(IsBareNumber(line) && HasBodyBeside(line, all, edge, repeatCount, minRepeats)))
                    {
                        furniture.Add(line);
                    }
                    else
                    {
                        kept.Add(line);
                    }
                }

                if (kept.Count > 0)
                {
                    blocks.Add(new ExtractedBlock(page.Number, kept));
                }
            }

            if (furniture.Count > 0)
            {
                blocks = WithoutRunningLabels(blocks, furniture, edge, page.Number);
            }

            result.Add(new ExtractedPage
            {
                Number = page.Number,
                Width = page.Width,
                Height = page.Height,
                Blocks = blocks,
                Furniture = furniture,
                Links = page.Links,
                LetterCount = page.LetterCount,
                ImageCount = page.ImageCount,
            });
        }

        return result;
    }

    /// <summary>
    /// The lines of the <see cref="EdgeLines"/> top-most and bottom-most levels of a page. A level is every line on one
    /// height, so a running header written in pieces (or a repeated table header row) is a candidate as a whole.
    /// </summary>
    private static IEnumerable<ExtractedLine> EdgeLevels(List<ExtractedLine> all)
    {
        var byHeight = all.OrderByDescending(l => l.Top).ToList();
        var result = new List<ExtractedLine>();
        AddLevels(byHeight, result);
        byHeight.Reverse();
        AddLevels(byHeight, result);
        return result;
    }

    private static void AddLevels(List<ExtractedLine> ordered, List<ExtractedLine> result)
    {
        var levels = 0;
        ExtractedLine? levelFirst = null;
        foreach (var line in ordered)
        {
            if (levelFirst is null || !SameLevel(levelFirst, line))
            {
                if (++levels > EdgeLines)
                {
                    return;
                }

                levelFirst = line;
            }

            result.Add(line);
        }
    }

    /// <summary>Two lines on one height: their vertical extents overlap by more than half the smaller one.</summary>
    private static bool SameLevel(ExtractedLine a, ExtractedLine b)
    {
        var overlap = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        return overlap > 0.5 * Math.Min(a.Top - a.Bottom, b.Top - b.Bottom);
    }

    private static bool IsBareNumber(ExtractedLine line) => BareNumber().IsMatch(line.Text.Trim());

    /// <summary>
    /// Body text on the same height as a bare number: the number is a table's row number ("12" in the "Nr." column beside
    /// the row's cells), not a page number; a page number stands alone or beside other furniture.
    /// </summary>
    private static bool HasBodyBeside(ExtractedLine number, List<ExtractedLine> all, HashSet<ExtractedLine> edge, Dictionary<string, HashSet<int>> repeatCount, int minRepeats)
    {
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, number) && SameLevel(other, number)
                && !(edge.Contains(other) && IsFurniture(other, repeatCount, minRepeats)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bare "Mål 6" / "Tiltak 12" at the page edge on the same height as a running header: the other half of the header (a
    /// typesetter's running head names the current chapter beside the report title), not a heading. A bare label with no
    /// furniture beside it stays (a heading can be the last line of a page).
    /// </summary>
    private static List<ExtractedBlock> WithoutRunningLabels(List<ExtractedBlock> blocks, List<ExtractedLine> furniture, HashSet<ExtractedLine> edge, int page)
    {
        List<ExtractedBlock>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            bool IsRunningLabel(ExtractedLine l) => edge.Contains(l) && BareLabel().IsMatch(l.Text.Trim()) && furniture.Any(f => SameLevel(f, l));
            if (!block.Lines.Any(IsRunningLabel))
            {
                result?.Add(block);
                continue;
            }

            var kept = block.Lines.Where(l => !IsRunningLabel(l)).ToList();

            result ??= blocks.Take(i).ToList();
            furniture.AddRange(block.Lines.Except(kept));
            if (kept.Count > 0)
            {
                result.Add(new ExtractedBlock(page, kept));
            }
        }

        return result ?? blocks;
    }

    [GeneratedRegex(@"^(?:Mål|Tiltak)\s+\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLabel();

    private static bool IsFurniture(ExtractedLine line, Dictionary<string, HashSet<int>> repeatCount, int minRepeats)
    {
        var text = TextNormalizer.Clean(line.Text);
        if (StructuralLine().IsMatch(text))
        {
            return false;
        }

        if (PageNumber().IsMatch(text))
        {
            return true;
        }

        return repeatCount.TryGetValue(Key(line), out var set) && set.Count >= minRepeats;
    }

    /// <summary>Text with digits masked, so "Side 3 av 16" at the foot of every page shares one key.</summary>
    private static string Key(ExtractedLine line)
    {
        var sb = new StringBuilder();
        foreach (var c in TextNormalizer.Fold(line.Text))
        {
            sb.Append(char.IsDigit(c) ? '#' : c);
        }

        // The size is part of the key: a title that repeats the running header's words is not furniture.
        return Digits().Replace(sb.ToString(), "#") + "|" + Math.Round(line.FontSize).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:(?:side|page|s\.)\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:av|of|/|\|)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:Mål\s+\d|Tiltak\s+\d|Ansvarl[ie]ge?(?:\s+departement|\s*:)|Ansvar\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex StructuralLine();

    [GeneratedRegex(@"^[0-9]{1,3}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"#+")]
    private static partial Regex Digits();
}

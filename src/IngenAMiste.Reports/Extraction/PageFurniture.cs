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

            var byHeight = all.OrderByDescending(l => l.Top).ToList();
            foreach (var line in byHeight.Take(EdgeLines).Concat(byHeight.TakeLast(EdgeLines)))
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
            foreach (var block in page.Blocks)
            {
                var kept = new List<ExtractedLine>(block.Count);
                foreach (var line in block)
                {
                    if (edge.Contains(line) && IsFurniture(line, repeatCount, minRepeats))
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

    [GeneratedRegex(@"#+")]
    private static partial Regex Digits();
}

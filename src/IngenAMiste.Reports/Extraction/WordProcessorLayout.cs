using System.Text.RegularExpressions;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// Page elements that word processors (Word, LibreOffice Writer) put in a PDF and that are not body text, removed after
/// the furniture is set apart:
/// <list type="bullet">
/// <item>table-of-contents entries: lines that end in a dot leader and a page number ("Tiltak 12 ........ 5"), together with
/// the wrapped lines of the same entry above them;</item>
/// <item>footnotes: at the foot of a page, below the body, text in a clearly smaller type than the body that begins with the
/// footnote's number;</item>
/// <item>automatic hyphenation with a plain hyphen: a word processor breaks "kom-" / "munisere" with an ordinary hyphen glyph
/// and no soft hyphen. When a document has no soft hyphens and many lines end in a letter-hyphen before a line that goes
/// on in lower case, those hyphens are hyphenation breaks and become soft hyphens (so joining lines removes them). Single
/// letters, abbreviations and addresses before the hyphen ("e-", "T-", "FoU-", "…/kvalitet-") and a suspended compound
/// ("helse- og") keep the hyphen.</item>
/// </list>
/// </summary>
internal static partial class WordProcessorLayout
{
    /// <summary>Footnote text is at most this share of the body font size.</summary>
    private const double FootnoteSizeRatio = 0.85;

    /// <summary>At least this many hyphenation breaks, and this share of all body lines, make a document auto-hyphenated.</summary>
    private const int MinHyphenBreaks = 5;
    private const double MinHyphenBreakShare = 0.02;

    /// <summary>A table-of-contents entry spans at most this many lines.</summary>
    private const int MaxTocEntryLines = 4;

    public static IReadOnlyList<ExtractedPage> Apply(IReadOnlyList<ExtractedPage> pages)
    {
        var bodySize = BodySize(pages);
        var result = new List<ExtractedPage>(pages.Count);
        foreach (var page in pages)
        {
            var blocks = RemoveFootnotes(RemoveTableOfContents(page.Blocks), bodySize);
            result.Add(ReferenceEquals(blocks, page.Blocks) ? page : page with { Blocks = blocks });
        }

        return MarkHyphenationBreaks(result);
    }

    /// <summary>The most common font size of the body text (weighted by text length).</summary>
    private static double BodySize(IReadOnlyList<ExtractedPage> pages)
    {
        var counts = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p.Blocks).SelectMany(b => b.Lines))
        {
            counts[line.FontSize] = counts.GetValueOrDefault(line.FontSize) + line.Text.Length;
        }

        return counts.Count == 0 ? 0 : counts.MaxBy(kv => kv.Value).Key;
    }

    private static IReadOnlyList<ExtractedBlock> RemoveTableOfContents(IReadOnlyList<ExtractedBlock> blocks)
    {
        List<ExtractedBlock>? changed = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var lines = block.Lines;
            HashSet<int>? drop = null;
            var entryStart = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (!TocEntryEnd().IsMatch(lines[i].Text))
                {
                    continue;
                }

                drop ??= [];
                // The wrapped lines of the same entry: same type size, not more than a few lines back.
                var first = i;
                while (first > entryStart && i - first + 1 < MaxTocEntryLines && Math.Abs(lines[first - 1].FontSize - lines[i].FontSize) < 1)
                {
                    first--;
                }

                for (var k = first; k <= i; k++)
                {
                    drop.Add(k);
                }

                entryStart = i + 1;
            }

            if (drop is null && changed is null)
            {
                continue;
            }

            changed ??= [.. blocks.Take(b)];
            if (drop is null)
            {
                changed.Add(block);
                continue;
            }

            var kept = lines.Where((_, k) => !drop.Contains(k)).ToList();
            if (kept.Count > 0)
            {
                changed.Add(new ExtractedBlock(block.Page, kept));
            }
        }

        return changed ?? blocks;
    }

    private static IReadOnlyList<ExtractedBlock> RemoveFootnotes(IReadOnlyList<ExtractedBlock> blocks, double bodySize)
    {
        if (bodySize <= 0 || blocks.Count < 2)
        {
            return blocks;
        }

        // The run of small-type blocks that ends the page …
        var start = blocks.Count;
        while (start > 1 && blocks[start - 1].Lines.All(l => l.FontSize <= FootnoteSizeRatio * bodySize))
        {
            start--;
        }

        // … from its first block that begins with a footnote number, below the body text above it.
        for (var i = start; i < blocks.Count; i++)
        {
            if (FootnoteNumber().IsMatch(blocks[i].Lines[0].Text) && blocks[i].Top < blocks[i - 1].Bottom)
            {
                return [.. blocks.Take(i)];
            }
        }

        return blocks;
    }

    private static IReadOnlyList<ExtractedPage> MarkHyphenationBreaks(List<ExtractedPage> pages)
    {
        var lines = pages.SelectMany(p => p.Blocks).SelectMany(b => b.Lines).ToList();
        if (lines.Any(l => l.Text.Contains(TextNormalizer.SoftHyphen, StringComparison.Ordinal)))
        {
            return pages;
        }

        var breaks = new HashSet<ExtractedLine>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (IsHyphenationBreak(lines[i].Text, lines[i + 1].Text))
            {
                breaks.Add(lines[i]);
            }
        }

        if (breaks.Count < MinHyphenBreaks || breaks.Count < MinHyphenBreakShare * lines.Count)
        {
            return pages;
        }

        // A compound the document also writes with its hyphen inside a line ("akutt-team") keeps the hyphen where a line
        // ends in it: that line broke at the word's own hyphen, not at a hyphenation point.
        var compounds = HyphenatedWords(lines);
        if (compounds.Count > 0)
        {
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                if (breaks.Contains(lines[i]) && compounds.Contains(WordAcrossBreak(lines[i].Text, lines[i + 1].Text)))
                {
                    breaks.Remove(lines[i]);
                }
            }
        }

        ExtractedLine Soft(ExtractedLine l) => breaks.Contains(l) ? l with { Text = l.Text[..^1] + TextNormalizer.SoftHyphen } : l;
        return pages.Select(p => p.Blocks.Any(b => b.Lines.Any(breaks.Contains))
                ? p with { Blocks = p.Blocks.Select(b => new ExtractedBlock(b.Page, b.Lines.Select(Soft).ToList())).ToList() }
                : p)
            .ToList();
    }

    /// <summary>Words written with a hyphen between two letters inside a line ("lhbtiq-feltet"), lower case.</summary>
    private static HashSet<string> HyphenatedWords(List<ExtractedLine> lines)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var text = line.Text;
            for (var h = text.IndexOf('-', 1); h > 0 && h < text.Length - 1; h = text.IndexOf('-', h + 1))
            {
                if (!char.IsLetter(text[h - 1]) || !char.IsLetter(text[h + 1]))
                {
                    continue;
                }

                var start = h - 1;
                while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
                {
                    start--;
                }

                var end = h + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
                {
                    end++;
                }

                words.Add(text[start..end]);
                h = end - 1;
            }
        }

        return words;
    }

    /// <summary>The word a line ending in "part-" forms with the next line's first word, hyphen kept ("akutt-team").</summary>
    private static string WordAcrossBreak(string line, string next)
    {
        var start = line.Length - 1;
        while (start > 0 && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] == '-'))
        {
            start--;
        }

        var end = 0;
        while (end < next.Length && (char.IsLetterOrDigit(next[end]) || next[end] == '-'))
        {
            end++;
        }

        return string.Concat(line.AsSpan(start), next.AsSpan(0, end));
    }

    /// <summary>
    /// A line ending in a word part and a hyphen, followed by a line that goes on with a lower-case letter: the word part is at
    /// least two letters, lower case after its first letter, and not part of an address; the next word is not "og", "eller" ….
    /// </summary>
    internal static bool IsHyphenationBreak(string line, string next)
    {
        var m = BrokenWord().Match(line);
        if (!m.Success || next.Length == 0 || !char.IsLower(next[0]))
        {
            return false;
        }

        return !TextNormalizer.IsSuspendedHyphenFollower(next);
    }

    /// <summary>Ends in a dot leader (or a row of ellipses / middle dots) and a page number, arabic or roman.</summary>
    [GeneratedRegex(@"(?:\.{4,}|(?:\.\s){4,}|…{2,}|(?:·\s?){4,})\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TocEntryEnd();

    /// <summary>A footnote's number, alone or before its text.</summary>
    [GeneratedRegex(@"^\d{1,3}(?:\s|$)")]
    private static partial Regex FootnoteNumber();

    /// <summary>The last word of a line: a letter, then at least one lower-case letter, then a hyphen; no address or digit in the word.</summary>
    [GeneratedRegex(@"(?:^|[\s(«""'])\p{L}\p{Ll}+-$")]
    private static partial Regex BrokenWord();
}

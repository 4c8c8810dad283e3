using System.Text.RegularExpressions;
using IngenAMiste.Reports.Extraction;

namespace IngenAMiste.Reports.Parsing;

/// <summary>A run of lines that reads as one unit (paragraph, heading, list item), possibly continued over a page break.</summary>
internal sealed class Paragraph
{
    public Paragraph(ExtractedLine first)
    {
        Lines.Add(first);
    }

    public List<ExtractedLine> Lines { get; } = [];

    public int Page => Lines[0].Page;

    public double FontSize => Lines[0].FontSize;

    public bool StartsBold => Lines[0].StartsBold;

    private string? _text;

    /// <summary>The lines joined into one line of normalised text.</summary>
    public string Text => _text ??= TextNormalizer.JoinLines(Lines.Select(l => l.Text));

    public IEnumerable<string> LinkUris => Lines.SelectMany(l => l.LinkUris).Distinct(StringComparer.Ordinal);

    public void Add(ExtractedLine line)
    {
        Lines.Add(line);
        _text = null;
    }

    public void AddRange(IEnumerable<ExtractedLine> lines)
    {
        Lines.AddRange(lines);
        _text = null;
    }

    public override string ToString() => $"p{Page}: {Text}";
}

/// <summary>
/// Turns extracted blocks into paragraphs: splits blocks where a structural line (Mål/Tiltak heading, ministry line,
/// bullet) starts, and joins a paragraph that runs over a page break (or over a block boundary mid-sentence).
/// </summary>
internal static partial class Paragraphs
{
    public static List<Paragraph> Build(ExtractedDocument document)
    {
        var result = new List<Paragraph>();
        foreach (var page in document.Pages)
        {
            var firstOnPage = true;
            var carried = CarriedCells(result);
            foreach (var block in page.Blocks)
            {
                Paragraph? current = null;
                ExtractedLine? previous = null;
                var dashContinuations = DashContinuations(block);
                if (carried is not null && RowNumber().IsMatch(block.Lines[0].Text.Trim()))
                {
                    carried = null;
                }

                foreach (var line in block.Lines)
                {
                    if (current is null)
                    {
                        current = new Paragraph(line);
                        var cell = carried is null ? null : CellAbove(carried, line);
                        if (cell is not null)
                        {
                            // The rest of a table row begun on the page before: each cell's text continues the cell in its column.
                            if (ContinuesCell(cell, line))
                            {
                                cell.Add(line);
                                current = cell;
                            }
                            else
                            {
                                result.Add(current);
                            }
                        }
                        else if (result.Count > 0 && Continues(result[^1], current, firstOnPage) && !IsNextCell(result, line))
                        {
                            result[^1].Add(line);
                            current = result[^1];
                        }
                        else
                        {
                            result.Add(current);
                        }

                        firstOnPage = false;
                    }
                    else if ((StartsNew(current, previous!, line) && !dashContinuations.Contains(line)) || EndsShortBeforeCapital(previous!, line, block) || StartsListItem(result, current, previous!, line))
                    {
                        current = new Paragraph(line);
                        result.Add(current);
                    }
                    else
                    {
                        current.Add(line);
                    }

                    previous = line;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Lines that begin with a dash but continue the sentence of the line before ("… retningslinjene #chatsafe" / "– en ung
    /// persons veiledning …"): the line before does not end a sentence or a colon and is not itself a dash item, the dash line
    /// has the same font size and no paragraph gap above it, and no other line of the block starts with a dash or bullet (a
    /// list has siblings). Such a line is not a bullet.
    /// </summary>
    private static HashSet<ExtractedLine> DashContinuations(ExtractedBlock block)
    {
        var result = new HashSet<ExtractedLine>(ReferenceEqualityComparer.Instance);
        var lines = block.Lines;
        var dashLines = lines.Where(l => Bullet().IsMatch(l.Text)).ToList();
        if (dashLines.Count != 1 || !DashStart().IsMatch(dashLines[0].Text))
        {
            return result;
        }

        var i = 0;
        while (!ReferenceEquals(lines[i], dashLines[0]))
        {
            i++;
        }

        if (i == 0)
        {
            return result;
        }

        var previous = lines[i - 1];
        var line = lines[i];
        var previousText = previous.Text.TrimEnd();
        var pitch = previous.Bottom - line.Bottom;
        if (previousText.Length > 0 && !EndsSentence(previousText) && !previousText.EndsWith(':')
            && Math.Abs(previous.FontSize - line.FontSize) < 1.5
            && !(line.Page == previous.Page && pitch > ParagraphGapFactor * Math.Max(previous.FontSize, line.FontSize)))
        {
            result.Add(line);
        }

        return result;
    }

    [GeneratedRegex(@"^[-–—]\s")]
    private static partial Regex DashStart();

    [GeneratedRegex(@"^[0-9]{1,3}[.)]?$")]
    private static partial Regex RowNumber();

    /// <summary>Inside a block: does <paramref name="line"/> start a new paragraph?</summary>
    private static bool StartsNew(Paragraph current, ExtractedLine previous, ExtractedLine line)
    {
        var text = line.Text;
        if (Structural().IsMatch(text) || Bullet().IsMatch(text) || LetteredItem().IsMatch(text) || MeasureFields.IsFieldLine(text))
        {
            return true;
        }

        if (MinistryLine().IsMatch(previous.Text) && !EndsOpen(previous.Text))
        {
            return true;
        }

        if (Math.Abs(previous.FontSize - line.FontSize) >= 1.5)
        {
            return true;
        }

        // The field block under a measure heading ("Status: Igangsatt") ends where a line starts at another left edge or in
        // another font size: the narrative.
        if (MeasureFields.IsFieldLine(current.Lines[0].Text)
            && (Math.Abs(line.Left - previous.Left) > 3 || Math.Abs(line.FontSize - previous.FontSize) >= 0.75))
        {
            return true;
        }

        // A vertical gap clearly larger than the line pitch separates paragraphs the segmenter kept together.
        var pitch = previous.Bottom - line.Bottom;
        var size = Math.Max(previous.FontSize, line.FontSize);
        if (line.Page == previous.Page && pitch > ParagraphGapFactor * size)
        {
            return true;
        }

        // A run-in measure heading whose commitment ends a line (its first or a wrapped one that runs to the margin), then a
        // small paragraph gap and a capital: the narrative begins ("Tiltak 60 Regjeringen vil styrke … selvskading." /
        // "Rammen for …"). Within a commitment of two sentences the lines keep the normal leading.
        return line.Page == previous.Page && pitch > HeadingGapFactor * size && RunInHeading().IsMatch(current.Lines[0].Text)
            && EndsSentence(previous.Text.TrimEnd()) && text.Length > 0 && char.IsUpper(text[0]);
    }

    /// <summary>Baseline distance, in font sizes, above which a run-in heading line that ends a sentence ends its paragraph.</summary>
    private const double HeadingGapFactor = 1.45;

    /// <summary>A measure heading with its commitment on the same line ("Tiltak 12 Regjeringen vil …").</summary>
    [GeneratedRegex(@"^Tiltak\s*(?:nr\.?\s*)?\d{1,3}\s*[:.–—-]?\s+\p{Lu}")]
    private static partial Regex RunInHeading();

    /// <summary>
    /// Items of a list whose bullets are drawn as graphics (no glyph to split on), after an introducing line ending in ':':
    /// the first item is indented from that line; each following line at the item indentation starts a new item when the line
    /// before it does not end open and stops short of 90% of the introduction's width (a wrapped item runs on to the edge).
    /// </summary>
    private static bool StartsListItem(List<Paragraph> result, Paragraph current, ExtractedLine previous, ExtractedLine line)
    {
        var em = Math.Max(line.FontSize, 1);
        if (previous.Text.TrimEnd().EndsWith(':') && line.Left > previous.Left + em)
        {
            return true;
        }

        // Walk back over the items of the list to its introduction.
        var itemLeft = current.Lines[0].Left;
        if (Math.Abs(line.Left - itemLeft) > em / 2 || EndsOpen(previous.Text.TrimEnd()))
        {
            return false;
        }

        var i = result.Count - 1;
        while (i >= 0 && !ReferenceEquals(result[i], current))
        {
            i--;
        }

        var intro = current.Lines.FirstOrDefault(l => l.Left < itemLeft - em && l.Text.TrimEnd().EndsWith(':'));
        for (var k = i - 1; intro is null && k >= 0 && k >= i - 12; k--)
        {
            var first = result[k].Lines[0];
            if (Math.Abs(first.Left - itemLeft) <= em / 2 && first.Page == line.Page)
            {
                continue;
            }

            var last = result[k].Lines[^1];
            intro = last.Left < itemLeft - em && last.Text.TrimEnd().EndsWith(':') ? last : null;
            break;
        }

        return intro is not null && previous.Right - itemLeft < 0.9 * (intro.Right - intro.Left);
    }

    /// <summary>Baseline distance, in font sizes, above which two lines are in different paragraphs (normal leading is 1.2–1.5).</summary>
    private const double ParagraphGapFactor = 1.8;

    /// <summary>
    /// A line that stops well short of the block's right edge, followed by a line that starts with a capital letter, ends a
    /// paragraph or list item (bullets drawn as graphics leave no glyph to split on).
    /// </summary>
    private static bool EndsShortBeforeCapital(ExtractedLine previous, ExtractedLine line, ExtractedBlock block)
    {
        var width = block.Right - block.Left;
        if (width <= 0 || line.Text.Length == 0 || EndsOpen(previous.Text.TrimEnd()) || BareHeading().IsMatch(previous.Text))
        {
            return false;
        }

        // A very short line ends an item whatever follows; a moderately short one when a capital or a number follows.
        var first = line.Text[0];
        return previous.Right < block.Left + 0.55 * width
            || (previous.Right < block.Left + 0.7 * width && (char.IsUpper(first) || char.IsDigit(first)));
    }

    /// <summary>
    /// Does <paramref name="line"/> start the next cell of a numbered table row: the paragraph before the last one is a bare
    /// row number, and the line is level with it and with the last paragraph's first line (a cell beside, not below)?
    /// A commitment cell that ends open ("… prøve ut en" / "modell …" below) is not continued by the ministry cell beside it.
    /// </summary>
    private static bool IsNextCell(List<Paragraph> result, ExtractedLine line)
    {
        if (result.Count < 2)
        {
            return false;
        }

        var number = result[^2];
        var cell = result[^1].Lines[0];
        var first = number.Lines[0];
        return number.Lines.Count == 1 && RowNumber().IsMatch(first.Text.Trim()) && line.Page == first.Page
            && line.Left > cell.Left && Level(line, first) && Level(cell, first);
    }

    /// <summary>
    /// The cells of the table row that ends the text so far (the paragraphs after a bare row number level with the first of
    /// them, in at least two columns), or null when the text does not end in such a row.
    /// </summary>
    private static List<Paragraph>? CarriedCells(List<Paragraph> result)
    {
        for (var k = result.Count - 2; k >= 0 && k >= result.Count - 16; k--)
        {
            var number = result[k];
            var first = number.Lines[0];
            if (number.Lines.Count != 1 || !RowNumber().IsMatch(first.Text.Trim()))
            {
                continue;
            }

            var cells = result.GetRange(k + 1, result.Count - k - 1);
            var lefts = cells.Select(c => Math.Round(c.Lines[0].Left)).Distinct().Count();
            return cells.All(c => c.Page == first.Page && c.Lines[0].Left > first.Right) && lefts >= 2 && Level(cells[0].Lines[0], first)
                ? cells
                : null;
        }

        return null;
    }

    /// <summary>The carried cell whose column (left edge) the line starts in.</summary>
    private static Paragraph? CellAbove(List<Paragraph> cells, ExtractedLine line)
    {
        for (var k = cells.Count - 1; k >= 0; k--)
        {
            if (Math.Abs(cells[k].Lines[0].Left - line.Left) < 2)
            {
                return cells[k];
            }
        }

        return null;
    }

    /// <summary>A cell's text continues on the next page when its sentence is open or the new text starts in lower case.</summary>
    private static bool ContinuesCell(Paragraph cell, ExtractedLine line)
    {
        var text = line.Text;
        return Math.Abs(cell.Lines[^1].FontSize - line.FontSize) < 1.5
            && (!EndsSentence(cell.Lines[^1].Text.TrimEnd()) || (text.Length > 0 && char.IsLower(text[0])));
    }

    private static bool Level(ExtractedLine a, ExtractedLine b) => Math.Abs(a.Top - b.Top) < 0.5 * Math.Max(a.FontSize, b.FontSize);

    /// <summary>Does the first line of a new block continue the last paragraph (over a page break or a block split)?</summary>
    private static bool Continues(Paragraph last, Paragraph next, bool pageBreak)
    {
        var nextText = next.Lines[0].Text;
        if (Structural().IsMatch(nextText) || Bullet().IsMatch(nextText) || LetteredItem().IsMatch(nextText) || MeasureFields.IsFieldLine(nextText))
        {
            return false;
        }

        if (Math.Abs(last.Lines[^1].FontSize - next.FontSize) >= 1.5)
        {
            return false;
        }

        // A table row's number cell, left of where the last paragraph ran: a new row, even after an open sentence.
        if (RowNumber().IsMatch(nextText) && next.Lines[0].Right < last.Lines[^1].Left)
        {
            return false;
        }

        var lastText = last.Lines[^1].Text.TrimEnd();
        if (MinistryLine().IsMatch(last.Lines[0].Text) && !EndsOpen(lastText))
        {
            return false;
        }

        var startsLower = nextText.Length > 0 && char.IsLower(nextText[0]);
        if (EndsSentence(lastText))
        {
            return false;
        }

        if (pageBreak)
        {
            return true;
        }

        // Same page, a new block although the sentence is open: join when it plainly continues.
        return startsLower || EndsOpen(lastText);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or '»' or '"' or ')' && !EndsOpen(text);

    /// <summary>Ends with a hyphen, comma or a word that cannot end a sentence.</summary>
    private static bool EndsOpen(string text) => OpenEnding().IsMatch(text);

    [GeneratedRegex(@"^(?:Mål\s*(?:nr\.?\s*)?\d{1,2}\b|Tiltak\s*(?:nr\.?\s*)?\d{1,3}\b|Ansvarl[ie]ge?(?:\s+departement|\s*:)|Ansvar\s*:|Departement(?:er|a)?\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex Structural();

    /// <summary>A heading label alone on its line ("TILTAK 7", "Tiltak 54:"); its text follows on the next line.</summary>
    [GeneratedRegex(@"^(?:Tiltak|Mål)\s*(?:nr\.?\s*)?\d{1,3}\s*[:.–—-]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareHeading();

    [GeneratedRegex(@"^(?:[•▪◦●○■□‣⁃∙·*]|[-–—]\s)\s*")]
    private static partial Regex Bullet();

    /// <summary>A lettered list item "a) …" / "(b) …": a sub-item of a measure starts its own paragraph.</summary>
    [GeneratedRegex(@"^\(?[a-j]\)\s+\S")]
    private static partial Regex LetteredItem();

    [GeneratedRegex(@"^(?:Ansvarl[ie]ge?(?:\s+(?:departement|dep\.)|\s*:)|Ansvar\s*:|Departement(?:er|a)?\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex MinistryLine();

    [GeneratedRegex(@"(?:[-\u00AD\u2010,]|\b(?:og|i|om|for|av|til|med|på|fra|ved|eller|samt|at|som|en|et|ett|den|det|de|the|and|of))$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnding();
}

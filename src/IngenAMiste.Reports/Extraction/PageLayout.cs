namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// A purpose-built layout analysis over a page's glyphs, in place of PdfPig's generic nearest-neighbour word grouping,
/// Docstrum and reading-order detection (which took some 70 % of the extraction time):
/// glyphs are grouped into line segments by baseline and horizontal gap (a gap wider than a font size ends the segment,
/// so a column gutter is never bridged), segments into blocks by line pitch, horizontal overlap and font size, and blocks
/// are put in reading order by cuts along vertical gutters (columns, left to right) and horizontal gaps (top to bottom).
/// </summary>
internal static class PageLayout
{
    /// <summary>A glyph reduced to what the layout needs.</summary>
    internal readonly record struct Glyph(string Value, double X0, double X1, double Left, double Right, double Bottom, double Top, double BaseLine, double Size, double PointSize, bool Bold, bool SpaceBefore);

    /// <summary>A line segment: glyphs on one baseline without a wide gap, left to right (as indices into the page's glyphs).</summary>
    internal sealed class Segment
    {
        public required List<Glyph> Source { get; init; }
        public List<int> Items { get; } = new(64);
        public double Left;
        public double Right;
        /// <summary>Where the last glyph's advance ends (the text position), for gaps.</summary>
        public double End;
        public double Bottom;
        public double Top;
        public double BaseLine;
        public double Size;

        public Glyph First => Source[Items[0]];

        public Glyph Last => Source[Items[^1]];

        public void Add(int index)
        {
            var g = Source[index];
            Items.Add(index);
            Left = Math.Min(Left, g.Left);
            Right = Math.Max(Right, g.Right);
            End = Math.Max(End, g.X1);
            Bottom = Math.Min(Bottom, g.Bottom);
            Top = Math.Max(Top, g.Top);
            Size = Math.Max(Size, g.Size);
        }

        public static Segment Start(List<Glyph> source, int index)
        {
            var g = source[index];
            var s = new Segment { Source = source, Left = g.Left, Right = g.Right, End = g.X1, Bottom = g.Bottom, Top = g.Top, BaseLine = g.BaseLine, Size = g.Size };
            s.Items.Add(index);
            return s;
        }
    }

    /// <summary>Lines of one block, top to bottom.</summary>
    internal sealed class Block
    {
        public List<Segment> Lines { get; } = [];
        public double Left = double.MaxValue;
        public double Right = double.MinValue;
        public double Bottom = double.MaxValue;
        public double Top = double.MinValue;

        public void Add(Segment s)
        {
            Lines.Add(s);
            Left = Math.Min(Left, s.Left);
            Right = Math.Max(Right, s.Right);
            Bottom = Math.Min(Bottom, s.Bottom);
            Top = Math.Max(Top, s.Top);
        }
    }

    /// <summary>Glyphs from a page's letters (content-stream order) into <paramref name="glyphs"/> (cleared first), soft hyphens resolved, white space turned into word-break marks.</summary>
    public static void ToGlyphs(List<PdfLetter> letters, List<Glyph> glyphs)
    {
        glyphs.Clear();
        var space = false;
        double? markerEnd = null; // where the note marker being left out ends, while its digits follow one another
        string? lastFont = null;
        var lastBold = false;
        for (var i = 0; i < letters.Count; i++)
        {
            var l = letters[i];
            var value = l.Value;
            if (PdfTextExtractor.IsSoftHyphenGlyph(letters, i))
            {
                // A soft hyphen followed by a drawn hyphen is where the line broke: one U+00AD at the hyphen's place.
                if (i + 1 < letters.Count && letters[i + 1].Value is "\u2010" or "-" or "\u2011"
                    && Math.Abs(letters[i + 1].StartY - l.StartY) < 1.0)
                {
                    l = letters[++i];
                    value = "\u00AD";
                }
                else
                {
                    continue;
                }
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                space = true;
                continue;
            }

            // The glyph's box from the font's advance, ascent and descent rather than its outline, so that a line's edges and
            // height (and the distance between line bottoms) do not depend on which letters it starts with or has descenders.
            var size = l.PointSize > 0.5 ? l.PointSize : Math.Max(1, l.LooseTop - l.LooseBottom);
            var font = l.FontName;
            bool bold;
            if (ReferenceEquals(font, lastFont))
            {
                bold = lastBold;
            }
            else
            {
                bold = IsBold(l);
                lastFont = font;
                lastBold = bold;
            }

            var glyph = new Glyph(value, Math.Min(l.StartX, l.EndX), Math.Max(l.StartX, l.EndX), l.LooseLeft, l.LooseRight, l.LooseBottom, l.LooseTop,
                l.StartY, size, l.PointSize, bold, space);
            if (glyphs.Count > 0 && !space && Math.Abs(glyph.X0 - (markerEnd ?? glyphs[^1].X1)) < 0.5 * glyphs[^1].PointSize
                && PdfTextExtractor.IsNoteMarker(glyph, glyphs[^1], glyphs[^1].PointSize))
            {
                // A footnote marker right after its word ("kunnskapsoppsummeringene⁵") is left out here, before lines and cells
                // are formed: raised above the word, it would otherwise stand apart as a one-glyph line (a bare number, like a
                // table's row number). Its further digits follow on from where it ends.
                markerEnd = glyph.X1;
                continue;
            }

            glyphs.Add(glyph);
            space = false;
            markerEnd = null;
        }

    }

    private static bool IsBold(PdfLetter letter)
    {
        var name = letter.FontName ?? string.Empty;
        return letter.Font?.IsBold == true
            || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.Contains(",B", StringComparison.Ordinal);
    }

    /// <summary>Blocks in reading order.</summary>
    public static List<Block> Analyse(List<Glyph> glyphs)
    {
        if (glyphs.Count == 0)
        {
            return [];
        }

        var segments = Segments(glyphs);
        var blocks = Blocks(segments);
        var ordered = new List<Block>(blocks.Count);
        Order(blocks, ordered, 0);
        return ordered;
    }

    private static bool SameLine(double baseLineA, double sizeA, double baseLineB, double sizeB) =>
        Math.Abs(baseLineA - baseLineB) < 0.3 * Math.Min(sizeA, sizeB);

    /// <summary>Horizontal gap (in font sizes) above which two runs on one baseline are different segments.</summary>
    private const double SegmentGap = 1.0;

    /// <summary>The same, for glyphs the content stream writes one after the other with a space glyph between.</summary>
    private const double SpacedGap = 2.5;

    private static List<Segment> Segments(List<Glyph> glyphs)
    {
        // Runs in content-stream order: glyphs that follow each other on one baseline, moving right.
        var runs = new List<Segment>();
        Segment? run = null;
        for (var index = 0; index < glyphs.Count; index++)
        {
            var g = glyphs[index];
            if (run is not null && SameLine(run.BaseLine, run.Size, g.BaseLine, g.Size))
            {
                // A space glyph between them (justified text stretches spaces) allows a wider gap than a jump in position.
                var last = run.Last;
                var gap = g.X0 - last.X1;
                if (gap > -0.5 * Math.Min(g.Size, last.Size)
                    && gap < (g.SpaceBefore || IsRunInLabelEnd(last, g) ? SpacedGap : SegmentGap) * Math.Max(g.Size, last.Size))
                {
                    run.Add(index);
                    continue;
                }
            }

            run = Segment.Start(glyphs, index);
            runs.Add(run);
        }

        // Runs on one baseline that touch or nearly touch (the producer wrote a line in pieces) become one segment.
        runs.Sort(static (a, b) => b.BaseLine != a.BaseLine ? b.BaseLine.CompareTo(a.BaseLine) : a.Left.CompareTo(b.Left));
        var result = new List<Segment>(runs.Count);
        var i = 0;
        while (i < runs.Count)
        {
            // A band of runs on the same baseline.
            var j = i + 1;
            while (j < runs.Count && SameLine(runs[i].BaseLine, runs[i].Size, runs[j].BaseLine, runs[j].Size))
            {
                j++;
            }

            if (j - i > 1)
            {
                runs.Sort(i, j - i, Comparer<Segment>.Create(static (a, b) => a.First.X0.CompareTo(b.First.X0)));
            }

            Segment? current = null;
            for (var k = i; k < j; k++)
            {
                var r = runs[k];
                if (current is not null && (r.First.X0 - current.End < SegmentGap * Math.Max(r.Size, current.Size) || IsBulletOnly(current, r))
                    && !IsSeparateCell(current, r))
                {
                    foreach (var index in r.Items)
                    {
                        current.Add(index);
                    }

                    continue;
                }

                current = r;
                result.Add(current);
            }

            i = j;
        }

        foreach (var s in result)
        {
            SortByPosition(s);
        }

        return result;
    }

    /// <summary>
    /// A bold run-in label ("Tiltak 25:", "Tiltak 26 –") followed in the content stream by regular text on its baseline: a
    /// typesetter (TeX's run-in headings) puts an em quad or more of glue after the label and draws no space glyph.
    /// </summary>
    private static bool IsRunInLabelEnd(Glyph last, Glyph next) =>
        last.Bold && !next.Bold && last.Value is ":" or "–" or "—" or ".";

    /// <summary>Orders a segment's glyphs left to right (they usually already are).</summary>
    private static void SortByPosition(Segment s)
    {
        var items = s.Items;
        var glyphs = s.Source;
        for (var k = 1; k < items.Count; k++)
        {
            if (glyphs[items[k]].X0 < glyphs[items[k - 1]].X0)
            {
                items.Sort((a, b) => glyphs[a].X0.CompareTo(glyphs[b].X0));
                return;
            }
        }
    }

    /// <summary>Gap (in font sizes) between two pieces of one baseline, written apart in the content stream, that keeps them apart.</summary>
    private const double CellGap = 0.6;

    /// <summary>
    /// Two runs on one baseline that the content stream does not write one after the other, with more than a word space
    /// between them: neighbouring table cells (a producer writes a table cell by cell, so the lines of two cells at the same
    /// height are far apart in the stream), not the pieces of one line.
    /// </summary>
    private static bool IsSeparateCell(Segment current, Segment next) =>
        next.Items[0] != current.Items[^1] + 1 && next.First.X0 - current.End > CellGap * Math.Max(next.Size, current.Size);

    /// <summary>A bullet glyph alone, followed on its baseline by the item's text a little further right.</summary>
    private static bool IsBulletOnly(Segment current, Segment next) =>
        current.Items.Count == 1 && current.First.Value is "•" or "▪" or "◦" or "●" or "○" or "■" or "□" or "‣" or "⁃" or "∙" or "·" or "*" or "-" or "–" or "—"
        && next.First.X0 - current.End < 4 * Math.Max(current.Size, next.Size);

    private static List<Block> Blocks(List<Segment> segments)
    {
        // The page's usual line pitch (in font sizes): paragraphs set apart by a little extra space are separate blocks.
        var ratios = new List<double>();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            for (var j = i + 1; j < segments.Count; j++)
            {
                var t = segments[j];
                var pitch = s.BaseLine - t.BaseLine;
                if (pitch > 2 * s.Size)
                {
                    break;
                }

                if (pitch > 0.5 * s.Size && Math.Abs(s.Size - t.Size) < 0.6 && Math.Min(s.Right, t.Right) > Math.Max(s.Left, t.Left))
                {
                    ratios.Add(pitch / Math.Max(s.Size, t.Size));
                    break;
                }
            }
        }

        var usual = 1.4;
        if (ratios.Count >= 3)
        {
            ratios.Sort();
            usual = ratios[ratios.Count / 3];
        }

        var maxRatio = Math.Clamp(usual * 1.2, 1.1, 1.75);

        // Segments are sorted top to bottom, then left to right. Each joins the open block whose last line sits just
        // above it, overlaps it horizontally and has about the same font size.
        var blocks = new List<Block>();
        foreach (var s in segments)
        {
            Block? best = null;
            var bestPitch = double.MaxValue;
            foreach (var b in blocks)
            {
                var last = b.Lines[^1];
                var pitch = last.BaseLine - s.BaseLine;
                var size = Math.Max(last.Size, s.Size);
                if (pitch < 0.5 * size || pitch > maxRatio * size || Math.Abs(last.Size - s.Size) >= 1.5)
                {
                    continue;
                }

                var overlap = Math.Min(last.Right, s.Right) - Math.Max(last.Left, s.Left);
                if (overlap <= 0)
                {
                    continue;
                }

                if (pitch < bestPitch)
                {
                    best = b;
                    bestPitch = pitch;
                }
            }

            if (best is null || EndsParagraphBefore(best, s, usual))
            {
                best = new Block();
                blocks.Add(best);
            }

            best.Add(s);
        }

        return blocks;
    }

    /// <summary>Pitch, relative to the block's own line pitch, that sets a paragraph apart after a finished sentence.</summary>
    private const double ParagraphSkip = 1.1;

    /// <summary>
    /// A paragraph set apart by only a little extra space (TeX's \parskip of half an ex): the block's last line ends a
    /// sentence (in justified text it may run to the right edge), and the next line sits further below it than the block's
    /// lines sit below each other (all of one font size).
    /// </summary>
    private static bool EndsParagraphBefore(Block block, Segment next, double usualRatio)
    {
        var lines = block.Lines;
        var last = lines[^1];
        if (Math.Abs(last.Size - next.Size) > 0.1 || last.Last.Value is not ("." or ":"))
        {
            return false;
        }

        double pitch;
        if (lines.Count >= 2)
        {
            var before = lines[^2];
            if (Math.Abs(last.Size - before.Size) > 0.1)
            {
                return false;
            }

            pitch = before.BaseLine - last.BaseLine;
        }
        else
        {
            // A one-line paragraph in body type (not a bold heading) that ends short of the next line's right edge: the
            // page's usual line pitch.
            if (last.First.Bold || last.Right > next.Right - 2 * last.Size)
            {
                return false;
            }

            pitch = usualRatio * last.Size;
        }

        return pitch > 0 && last.BaseLine - next.BaseLine > ParagraphSkip * pitch;
    }

    /// <summary>Smallest empty strip, in points, that separates blocks side by side.</summary>
    private const double MinGutter = 2.0;

    /// <summary>
    /// Reading order: a region whose blocks fall apart along an empty vertical strip is read column by column; otherwise
    /// it is cut along empty horizontal strips and read top to bottom, where neighbouring strips that together stand in
    /// columns (two columns with a paragraph break at the same height, a column's first line set higher than the other's)
    /// are read as one region.
    /// </summary>
    private static void Order(List<Block> region, List<Block> output, int depth)
    {
        if (region.Count <= 1 || depth > 64)
        {
            region.Sort(static (a, b) => b.Top != a.Top ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
            output.AddRange(region);
            return;
        }

        var columns = SplitAlong(region, vertical: true);
        if (TableRows(region, columns, output, depth))
        {
            return;
        }

        if (columns.Count > 1)
        {
            foreach (var c in columns)
            {
                Order(c, output, depth + 1);
            }

            return;
        }

        var strips = SplitAlong(region, vertical: false);
        if (strips.Count <= 1)
        {
            region.Sort(static (a, b) => b.Top != a.Top ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
            output.AddRange(region);
            return;
        }

        var merged = new List<List<Block>>();
        var current = strips[0];
        for (var i = 1; i < strips.Count; i++)
        {
            var next = strips[i];
            var union = new List<Block>(current.Count + next.Count);
            union.AddRange(current);
            union.AddRange(next);
            // A table row (a number cell beside its other cells) is never one of two text columns with its neighbour.
            if (IsColumnLayout(union) && !IsTableRow(current) && !IsTableRow(next))
            {
                current = union;
                continue;
            }

            merged.Add(current);
            current = next;
        }

        merged.Add(current);
        foreach (var m in merged)
        {
            Order(m, output, depth + 1);
        }
    }

    /// <summary>
    /// Do the blocks stand in columns of comparable width (each at least a quarter of the whole)? A narrow column of labels
    /// beside their values (a table) is read row by row instead.
    /// </summary>
    private static bool IsColumnLayout(List<Block> region)
    {
        var columns = SplitAlong(region, vertical: true);
        if (columns.Count < 2)
        {
            return false;
        }

        var left = double.MaxValue;
        var right = double.MinValue;
        var narrowest = double.MaxValue;
        foreach (var c in columns)
        {
            var l = c.Min(b => b.Left);
            var r = c.Max(b => b.Right);
            left = Math.Min(left, l);
            right = Math.Max(right, r);
            narrowest = Math.Min(narrowest, r - l);
        }

        return narrowest >= 0.25 * (right - left);
    }

    /// <summary>Width of a table's number column, as a share of the table's width, above which it is not read as one.</summary>
    private const double NumberColumnShare = 0.15;

    /// <summary>
    /// A table whose first column holds row numbers ("Nr." | "Tiltak" | "Ansvar" | "Status"): the region's leftmost column
    /// is narrow and holds one-line number labels (and, above them, at most header cells), each number increasing down the
    /// column and level with the first line of a cell to its right. Such a region is read row by row, each row's cells left
    /// to right (a cell top to bottom), instead of column by column; what lies above the first number (a header row, the rest
    /// of a row begun on the page before) is read first. Returns false, writing nothing, when the region is not such a table.
    /// </summary>
    private static bool TableRows(List<Block> region, List<List<Block>> columns, List<Block> output, int depth)
    {
        var numbers = NumberCells(region, columns);
        if (numbers is null)
        {
            return false;
        }

        var head = new List<Block>();
        var rows = new List<Block>[numbers.Count];
        for (var k = 0; k < rows.Length; k++)
        {
            rows[k] = [];
        }

        foreach (var b in region)
        {
            if (numbers.Contains(b))
            {
                continue;
            }

            // The row of the lowest number whose line is level with or above the block's top.
            var row = -1;
            for (var k = 0; k < numbers.Count; k++)
            {
                if (numbers[k].Top + 0.5 * numbers[k].Lines[0].Size >= b.Top)
                {
                    row = k;
                }
                else
                {
                    break;
                }
            }

            (row < 0 ? head : rows[row]).Add(b);
        }

        if (head.Count > 0)
        {
            Order(head, output, depth + 1);
        }

        for (var k = 0; k < numbers.Count; k++)
        {
            output.Add(numbers[k]);
            if (rows[k].Count == 0)
            {
                continue;
            }

            foreach (var cell in SplitAlong(rows[k], vertical: true))
            {
                Order(cell, output, depth + 1);
            }
        }

        return true;
    }

    /// <summary>Is this strip one row of a numbered table (see <see cref="TableRows"/>)?</summary>
    private static bool IsTableRow(List<Block> strip) => NumberCells(strip, SplitAlong(strip, vertical: true)) is not null;

    /// <summary>The number cells of a numbered table, top to bottom, or null when the region is not one.</summary>
    private static List<Block>? NumberCells(List<Block> region, List<List<Block>> columns)
    {
        // The number column and at least two more (the measure and its account, as a rule also the ministry): a number with
        // one block of text beside it is a footnote or a numbered paragraph, not a table row.
        if (columns.Count < 3)
        {
            return null;
        }

        var first = columns[0];
        var left = double.MaxValue;
        var right = double.MinValue;
        foreach (var b in region)
        {
            left = Math.Min(left, b.Left);
            right = Math.Max(right, b.Right);
        }

        var firstRight = double.MinValue;
        foreach (var b in first)
        {
            firstRight = Math.Max(firstRight, b.Right);
        }

        if (firstRight - left > NumberColumnShare * (right - left))
        {
            return null;
        }

        var cells = new List<Block>(first);
        cells.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        var numbers = new List<Block>();
        var previous = 0;
        foreach (var b in cells)
        {
            if (b.Lines.Count != 1)
            {
                return null;
            }

            var value = NumberLabel(b.Lines[0]);
            if (value < 0)
            {
                // Only header cells ("Nr.") may stand above the numbers.
                if (numbers.Count > 0)
                {
                    return null;
                }

                continue;
            }

            if (value <= previous || !HasCellBeside(b, region, firstRight))
            {
                return null;
            }

            numbers.Add(b);
            previous = value;
        }

        return numbers.Count > 0 ? numbers : null;
    }

    /// <summary>A block right of the number column whose first line is level with the number's line.</summary>
    private static bool HasCellBeside(Block number, List<Block> region, double columnRight)
    {
        var line = number.Lines[0];
        foreach (var b in region)
        {
            if (b.Left > columnRight && SameLine(b.Lines[0].BaseLine, b.Lines[0].Size, line.BaseLine, line.Size))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a one-line number label ("12", "12.", "12)"), or -1.</summary>
    private static int NumberLabel(Segment line)
    {
        var value = 0;
        var digits = 0;
        for (var k = 0; k < line.Items.Count; k++)
        {
            var text = line.Source[line.Items[k]].Value;
            if (text.Length == 1 && char.IsAsciiDigit(text[0]) && digits < 3)
            {
                value = value * 10 + (text[0] - '0');
                digits++;
            }
            else if (!(k == line.Items.Count - 1 && digits > 0 && text is "." or ")"))
            {
                return -1;
            }
        }

        return digits > 0 ? value : -1;
    }

    /// <summary>Groups of blocks separated by empty strips: vertical strips (left to right) or horizontal (top to bottom).</summary>
    private static List<List<Block>> SplitAlong(List<Block> region, bool vertical)
    {
        var sorted = new List<Block>(region);
        if (vertical)
        {
            sorted.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        }
        else
        {
            sorted.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        }

        var groups = new List<List<Block>>();
        var group = new List<Block> { sorted[0] };
        var reach = vertical ? sorted[0].Right : sorted[0].Bottom;
        for (var i = 1; i < sorted.Count; i++)
        {
            var b = sorted[i];
            var separated = vertical ? b.Left - reach >= MinGutter : reach - b.Top >= 0.01;
            if (separated)
            {
                groups.Add(group);
                group = [];
            }

            group.Add(b);
            reach = vertical ? Math.Max(reach, b.Right) : Math.Min(reach, b.Bottom);
        }

        groups.Add(group);
        return groups;
    }
}

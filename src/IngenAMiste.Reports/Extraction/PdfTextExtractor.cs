using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// Reads the text layer of a PDF with PdfPig's layout analysis: words by nearest-neighbour grouping of glyphs,
/// lines and blocks by Docstrum, blocks in reading order, link annotations attached to the lines under them,
/// and page furniture (running headers/footers, page numbers) set apart. Pages are independent and are read on
/// several cores, each worker with its own <see cref="PdfDocument"/> over the same bytes.
/// Failures are reported as <see cref="ReportRejectedException"/>; PdfPig exceptions never escape.
/// </summary>
public static class PdfTextExtractor
{
    private const int PagesPerWorkerThreshold = 6;

    public static ExtractedDocument Extract(Stream pdf, ReportParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var bytes = ReadAll(pdf);
        return Extract(bytes, options, cancellationToken);
    }

    public static ExtractedDocument Extract(byte[] bytes, ReportParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        options ??= new ReportParserOptions();
        cancellationToken.ThrowIfCancellationRequested();

        if (bytes.Length == 0 || bytes.All(b => b is 0 or (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            throw new ReportRejectedException(RejectionReason.Empty, "The file is empty.");
        }

        if (!LooksLikePdf(bytes))
        {
            throw new ReportRejectedException(RejectionReason.NotPdf, "The file is not a PDF (no %PDF header).");
        }

        int pageCount;
        string? infoTitle;
        using (var probe = Open(bytes, null))
        {
            try
            {
                pageCount = probe.NumberOfPages;
                infoTitle = probe.Information?.Title;
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not ReportRejectedException)
            {
                throw Map(ex, null);
            }
        }

        if (pageCount <= 0)
        {
            throw new ReportRejectedException(RejectionReason.Damaged, "The PDF has no pages.", 0);
        }

        if (pageCount > options.MaxPages)
        {
            throw new ReportRejectedException(RejectionReason.TooManyPages,
                $"The PDF has {pageCount} pages; the limit is {options.MaxPages}.", pageCount);
        }

        var pages = new RawPage?[pageCount];
        var failures = new string?[pageCount];
        var workers = pageCount < PagesPerWorkerThreshold ? 1 : Math.Clamp(Math.Min(options.MaxDegreeOfParallelism, Environment.ProcessorCount), 1, 8);

        void Work(int worker)
        {
            using var doc = Open(bytes, pageCount);
            for (var i = worker; i < pageCount; i += workers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    pages[i] = ReadPage(doc.GetPage(i + 1));
                }
                catch (Exception ex) when (ex is PdfDocumentEncryptedException)
                {
                    throw Map(ex, pageCount);
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not ReportRejectedException and not OutOfMemoryException)
                {
                    failures[i] = $"Page {i + 1} could not be read ({ex.GetType().Name}: {ex.Message}).";
                }
            }
        }

        if (workers == 1)
        {
            Work(0);
        }
        else
        {
            try
            {
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, Work);
            }
            catch (AggregateException ae)
            {
                var inner = ae.Flatten().InnerExceptions;
                var first = inner.FirstOrDefault(e => e is ReportRejectedException) ?? inner.FirstOrDefault(e => e is OperationCanceledException) ?? inner[0];
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            }
        }

        var warnings = failures.Where(f => f is not null).Select(f => f!).ToList();
        if (pages.All(p => p is null))
        {
            throw new ReportRejectedException(RejectionReason.Damaged, "No page of the PDF could be read. " + string.Join(" ", warnings.Take(3)), pageCount);
        }

        var raw = pages.Select((p, i) => p ?? RawPage.Empty(i + 1)).ToList();
        if (raw.Sum(p => p.LetterCount) == 0)
        {
            throw new ReportRejectedException(RejectionReason.NoTextLayer,
                $"The PDF's {pageCount} page(s) have no text layer (scanned images?).", pageCount);
        }

        var result = PageFurniture.Separate(raw);
        return new ExtractedDocument
        {
            PageCount = pageCount,
            Pages = result,
            InfoTitle = string.IsNullOrWhiteSpace(infoTitle) ? null : TextNormalizer.Clean(infoTitle),
            Warnings = warnings,
        };
    }

    private static PdfDocument Open(byte[] bytes, int? pageCount)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, ClipPaths = false, SkipMissingFonts = true });
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw Map(ex, pageCount);
        }
    }

    private static ReportRejectedException Map(Exception ex, int? pageCount) => ex switch
    {
        ReportRejectedException r => r,
        PdfDocumentEncryptedException => new ReportRejectedException(RejectionReason.PasswordProtected,
            "The PDF is encrypted and needs a password to open.", pageCount, ex),
        _ when ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) =>
            new ReportRejectedException(RejectionReason.PasswordProtected, "The PDF is encrypted and needs a password to open.", pageCount, ex),
        _ => new ReportRejectedException(RejectionReason.Damaged, $"The PDF is damaged and cannot be read ({ex.GetType().Name}: {ex.Message}).", pageCount, ex),
    };

    private static byte[] ReadAll(Stream pdf)
    {
        if (pdf is MemoryStream ms && ms.Position == 0 && ms.TryGetBuffer(out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length)
        {
            return segment.Array;
        }

        using var copy = new MemoryStream();
        pdf.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool LooksLikePdf(byte[] bytes)
    {
        var span = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return span.IndexOf("%PDF-"u8) >= 0;
    }

    private static RawPage ReadPage(Page page)
    {
        var letters = page.Letters;
        var letterCount = 0;
        foreach (var l in letters)
        {
            if (!string.IsNullOrWhiteSpace(l.Value))
            {
                letterCount++;
            }
        }

        var words = NearestNeighbourWordExtractor.Instance.GetWords(PrepareLetters(letters))
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .ToList();

        var links = new List<PageLink>();
        foreach (var h in page.GetHyperlinks())
        {
            if (string.IsNullOrWhiteSpace(h.Uri))
            {
                continue;
            }

            links.Add(new PageLink(page.Number, h.Uri.Trim(), TextNormalizer.Clean(h.Text), h.Bounds.Left, h.Bounds.Bottom, h.Bounds.Right, h.Bounds.Top));
        }

        IReadOnlyList<TextBlock> blocks = words.Count == 0
            ? []
            : Segmenter.GetBlocks(words);
        var ordered = blocks.Count > 1 ? ReadingOrder.Get(blocks).OrderBy(b => b.ReadingOrder).ToList() : blocks.ToList();

        var resultBlocks = new List<IReadOnlyList<ExtractedLine>>(ordered.Count);
        foreach (var block in ordered)
        {
            var lines = new List<ExtractedLine>(block.TextLines.Count);
            foreach (var tl in block.TextLines)
            {
                var line = ToLine(page.Number, tl, links);
                if (line is not null)
                {
                    lines.Add(line);
                }
            }

            if (lines.Count > 0)
            {
                resultBlocks.Add(lines);
            }
        }

        int images;
        try
        {
            images = page.NumberOfImages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            images = 0;
        }

        return new RawPage(page.Number, page.Width, page.Height, resultBlocks, links, letterCount, images);
    }

    /// <summary>
    /// Soft hyphens (U+00AD) are kept by some producers (Chromium) as zero-width glyphs wherever the source had one, which
    /// breaks words apart. They are dropped, except where a line actually broke at one: there the soft hyphen is followed by a
    /// drawn hyphen glyph, and that pair becomes a single U+00AD at the hyphen's place, so that joining lines rejoins the word.
    /// </summary>
    internal static IReadOnlyList<Letter> PrepareLetters(IReadOnlyList<Letter> letters)
    {
        List<Letter>? result = null;
        for (var i = 0; i < letters.Count; i++)
        {
            var l = letters[i];
            if (!IsSoftHyphenGlyph(letters, i))
            {
                result?.Add(l);
                continue;
            }

            result ??= new List<Letter>(letters.Take(i));
            if (i + 1 < letters.Count && letters[i + 1].Value is "\u2010" or "-" or "\u2011"
                && Math.Abs(letters[i + 1].StartBaseLine.Y - l.StartBaseLine.Y) < 1.0)
            {
                var h = letters[i + 1];
                result.Add(new Letter("\u00AD", h.BoundingBox, h.GlyphRectangleLoose, h.StartBaseLine, h.EndBaseLine, h.Width, h.FontSize,
                    h.FontDetails, h.RenderingMode, h.StrokeColor, h.FillColor, h.PointSize, h.TextSequence));
                i++;
            }
        }

        return result ?? letters;
    }

    /// <summary>
    /// A soft hyphen: the character U+00AD, or (as Chromium writes it) a space glyph that does not advance the text,
    /// so the next glyph on the line starts inside it.
    /// </summary>
    private static bool IsSoftHyphenGlyph(IReadOnlyList<Letter> letters, int i)
    {
        var l = letters[i];
        if (l.Value == "\u00AD")
        {
            return true;
        }

        if (l.Value != " " || i + 1 >= letters.Count)
        {
            return false;
        }

        var next = letters[i + 1];
        var advance = next.StartBaseLine.X - l.StartBaseLine.X;
        return Math.Abs(next.StartBaseLine.Y - l.StartBaseLine.Y) < 1.0
            && l.Width > 0.5
            && advance > -0.5
            && advance < 0.5 * l.Width;
    }

    private static readonly DocstrumBoundingBoxes Segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    private static readonly UnsupervisedReadingOrderDetector ReadingOrder = UnsupervisedReadingOrderDetector.Instance;

    private static ExtractedLine? ToLine(int pageNumber, TextLine tl, List<PageLink> links)
    {
        var words = tl.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.BoundingBox.Left).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var text = TextNormalizer.NormalizeGlyphs(string.Join(' ', words.Select(w => w.Text)));
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var box = tl.BoundingBox;
        var sizes = new Dictionary<double, int>();
        foreach (var w in words)
        {
            foreach (var l in w.Letters)
            {
                var size = Math.Round(l.PointSize, 1);
                sizes[size] = sizes.GetValueOrDefault(size) + 1;
            }
        }

        var fontSize = sizes.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
        var boldWords = words.Select(IsBold).ToList();

        List<string>? uris = null;
        foreach (var link in links)
        {
            var overlapY = Math.Min(link.Top, box.Top) - Math.Max(link.Bottom, box.Bottom);
            var overlapX = Math.Min(link.Right, box.Right) - Math.Max(link.Left, box.Left);
            if (overlapX > 0.5 && overlapY > 0.4 * Math.Max(1, box.Height))
            {
                uris ??= [];
                if (!uris.Contains(link.Uri))
                {
                    uris.Add(link.Uri);
                }
            }
        }

        return new ExtractedLine
        {
            Page = pageNumber,
            Text = text.Trim(),
            Left = box.Left,
            Right = box.Right,
            Bottom = box.Bottom,
            Top = box.Top,
            FontSize = fontSize,
            StartsBold = boldWords[0],
            AllBold = boldWords.All(b => b),
            LinkUris = uris ?? (IReadOnlyList<string>)[],
        };
    }

    private static bool IsBold(Word word)
    {
        var letter = word.Letters.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l.Value));
        if (letter is null)
        {
            return false;
        }

        var name = letter.FontName ?? string.Empty;
        return letter.FontDetails?.IsBold == true
            || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.Contains(",B", StringComparison.Ordinal);
    }
}

/// <summary>A page as read, before furniture is separated.</summary>
internal sealed record RawPage(int Number, double Width, double Height, IReadOnlyList<IReadOnlyList<ExtractedLine>> Blocks, IReadOnlyList<PageLink> Links, int LetterCount, int ImageCount)
{
    public static RawPage Empty(int number) => new(number, 0, 0, [], [], 0, 0);
}

using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// Reads the text layer of a PDF: PdfPig's glyphs, grouped into lines and blocks in reading order by <see cref="PageLayout"/>,
/// link annotations attached to the lines under them,
/// and page furniture (running headers/footers, page numbers) set apart. Pages are independent and are read on
/// several cores, each worker with its own <see cref="PdfDocument"/> over the same bytes.
/// Failures are reported as <see cref="ReportRejectedException"/>; PdfPig exceptions never escape.
/// </summary>
public static class PdfTextExtractor
{
    private const int PagesPerWorkerThreshold = 6;

    private static int _warmUpStarted;

    /// <summary>
    /// Starts, on a thread-pool thread, the one-time set-up that the first PDF opened in a process waits for: PdfPig parses
    /// the metrics of all standard 14 fonts (40 AFM files, about 50 ms of one core) the first time a document is opened.
    /// A process that is about to read a PDF can call this first, so that the set-up runs while it does other work
    /// (parsing its command line, reading the file, <see cref="PdfStructureGuard"/>). Calling it again does nothing.
    /// </summary>
    public static void WarmUp()
    {
        if (Interlocked.Exchange(ref _warmUpStarted, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static _ => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14).TypeHandle),
                null);
        }
    }

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

        // Pages are handed out one at a time (not split in fixed shares), so a worker that drew short pages takes more of them
        // and both cores finish together.
        var nextPage = -1;

        void Work(int _)
        {
            using var doc = Open(bytes, pageCount);
            doc.AddPageFactory<RawPage, RawPageFactory>();
            for (var i = Interlocked.Increment(ref nextPage); i < pageCount; i = Interlocked.Increment(ref nextPage))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    pages[i] = doc.GetPage<RawPage>(i + 1);
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

        var result = WordProcessorLayout.Apply(PageFurniture.Separate(raw));
        return new ExtractedDocument
        {
            PageCount = pageCount,
            Pages = result,
            InfoTitle = string.IsNullOrWhiteSpace(infoTitle) ? null : TextNormalizer.Clean(infoTitle),
            Warnings = warnings,
            UnreadablePages = Enumerable.Range(0, pageCount).Where(i => failures[i] is not null).Select(i => i + 1).ToList(),
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

    /// <summary>The whole PDF as bytes; a MemoryStream that owns exactly its buffer is used without a copy.</summary>
    internal static byte[] ReadAll(Stream pdf)
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

    /// <summary>
    /// One page from its letters (content-stream order) and link annotations: glyphs, lines and blocks in reading order.
    /// <paramref name="glyphs"/> is a buffer the caller reuses from page to page.
    /// </summary>
    internal static RawPage ReadPage(int pageNumber, double width, double height, List<PdfLetter> letters, List<PageLayout.Glyph> glyphs, List<PageLink> links, int images)
    {
        PageLayout.ToGlyphs(letters, glyphs);
        var blocks = PageLayout.Analyse(glyphs);
        var resultBlocks = new List<IReadOnlyList<ExtractedLine>>(blocks.Count);
        foreach (var block in blocks)
        {
            var lines = new List<ExtractedLine>(block.Lines.Count);
            foreach (var segment in block.Lines)
            {
                var line = ToLine(pageNumber, segment, links);
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

        return new RawPage(pageNumber, width, height, resultBlocks, links, glyphs.Count, images);
    }

    /// <summary>
    /// A soft hyphen: the character U+00AD, or (as Chromium writes it) a space glyph that does not advance the text,
    /// so the next glyph on the line starts inside it. Soft hyphens are kept by some producers wherever the source had
    /// one; they are dropped, except where a line actually broke at one (see <see cref="PageLayout.ToGlyphs"/>).
    /// </summary>
    internal static bool IsSoftHyphenGlyph(List<PdfLetter> letters, int i)
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
        var advance = next.StartX - l.StartX;
        return Math.Abs(next.StartY - l.StartY) < 1.0
            && l.Width > 0.5
            && advance > -0.5
            && advance < 0.5 * l.Width;
    }

    /// <summary>Gap between glyphs, in font sizes, that separates words when the producer wrote no space glyph.</summary>
    private const double WordGap = 0.2;

    /// <summary>A footnote marker is at most this share of the line's type size.</summary>
    private const double NoteMarkerSizeRatio = 0.75;

    /// <summary>
    /// A footnote (or endnote) marker in the running text: a digit in clearly smaller type than the line, raised above the
    /// baseline of the text before it ("Oppsummeringen¹" as a word processor writes it). It is left out of the line's text.
    /// </summary>
    internal static bool IsNoteMarker(PageLayout.Glyph g, PageLayout.Glyph previous, double lineSize) =>
        g.Value.Length == 1 && char.IsAsciiDigit(g.Value[0])
        && g.PointSize <= NoteMarkerSizeRatio * lineSize
        && g.BaseLine > previous.BaseLine + 0.2 * Math.Max(previous.PointSize, 1);

    private static ExtractedLine? ToLine(int pageNumber, PageLayout.Segment segment, List<PageLink> links)
    {
        var items = segment.Items;
        var glyphs = segment.Source;
        var sb = new System.Text.StringBuilder(items.Count + 16);
        // The most common glyph size (ties: the larger) is the line's font size and the reference for footnote markers.
        var sizes = new Dictionary<double, int>();
        foreach (var index in items)
        {
            var size = Math.Round(glyphs[index].PointSize, 1);
            sizes[size] = sizes.GetValueOrDefault(size) + 1;
        }

        var fontSize = 0.0;
        var best = -1;
        foreach (var (size, count) in sizes)
        {
            if (count > best || (count == best && size > fontSize))
            {
                fontSize = size;
                best = count;
            }
        }

        var startsBold = segment.First.Bold;
        var allBold = true;
        var wordBold = true;
        PageLayout.Glyph previous = default;
        for (var i = 0; i < items.Count; i++)
        {
            var g = glyphs[items[i]];
            if (i > 0 && IsNoteMarker(g, previous, fontSize))
            {
                continue;
            }

            if (i > 0 && (g.SpaceBefore || g.X0 - previous.X1 > WordGap * Math.Max(g.Size, previous.Size)))
            {
                sb.Append(' ');
                allBold &= wordBold;
                wordBold = g.Bold;
            }
            else if (i == 0)
            {
                wordBold = g.Bold;
            }

            sb.Append(g.Value);
            previous = g;
        }

        allBold &= wordBold;
        var text = TextNormalizer.NormalizeGlyphs(sb.ToString());
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        List<string>? uris = null;
        var height = segment.Top - segment.Bottom;
        foreach (var link in links)
        {
            var overlapY = Math.Min(link.Top, segment.Top) - Math.Max(link.Bottom, segment.Bottom);
            var overlapX = Math.Min(link.Right, segment.Right) - Math.Max(link.Left, segment.Left);
            if (overlapX > 0.5 && overlapY > 0.4 * Math.Max(1, height))
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
            Left = segment.Left,
            Right = segment.Right,
            Bottom = segment.Bottom,
            Top = segment.Top,
            FontSize = fontSize,
            StartsBold = startsBold,
            AllBold = allBold,
            LinkUris = uris ?? (IReadOnlyList<string>)[],
        };
    }
}

/// <summary>A page as read, before furniture is separated.</summary>
internal sealed record RawPage(int Number, double Width, double Height, IReadOnlyList<IReadOnlyList<ExtractedLine>> Blocks, IReadOnlyList<PageLink> Links, int LetterCount, int ImageCount)
{
    public static RawPage Empty(int number) => new(number, 0, 0, [], [], 0, 0);
}

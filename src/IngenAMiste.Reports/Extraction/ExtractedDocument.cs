namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// The text layer of a PDF after layout analysis: per page, the text blocks (paragraph-like groups of lines)
/// in reading order, with running headers, footers and page numbers moved to <see cref="ExtractedPage.Furniture"/>.
/// Independent of how it is later interpreted, so extraction and parsing can be measured and tested apart.
/// </summary>
public sealed record ExtractedDocument
{
    public required int PageCount { get; init; }
    public required IReadOnlyList<ExtractedPage> Pages { get; init; }
    /// <summary>The title in the PDF's document information dictionary, if any.</summary>
    public string? InfoTitle { get; init; }
    /// <summary>Problems met while reading that did not stop the extraction (e.g. a page that could not be read).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>
    /// 1-based numbers of the pages that could not be read (each also named in <see cref="Warnings"/>); they appear in
    /// <see cref="Pages"/> as empty pages. Non-empty means a partly damaged copy.
    /// </summary>
    public IReadOnlyList<int> UnreadablePages { get; init; } = [];

    /// <summary>All body blocks of all pages in reading order.</summary>
    public IEnumerable<ExtractedBlock> Blocks => Pages.SelectMany(p => p.Blocks);
}

/// <summary>One page of an <see cref="ExtractedDocument"/>.</summary>
public sealed record ExtractedPage
{
    /// <summary>1-based page number.</summary>
    public required int Number { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>Body text blocks in reading order.</summary>
    public required IReadOnlyList<ExtractedBlock> Blocks { get; init; }
    /// <summary>Lines recognised as page furniture (running header/footer, page number) and left out of <see cref="Blocks"/>.</summary>
    public IReadOnlyList<ExtractedLine> Furniture { get; init; } = [];
    /// <summary>Link annotations on the page (URI links only).</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];
    /// <summary>Number of glyphs on the page that are not white space.</summary>
    public int LetterCount { get; init; }
    /// <summary>Number of images on the page.</summary>
    public int ImageCount { get; init; }

    public bool IsLandscape => Width > Height;
}

/// <summary>A group of lines that belong together (a paragraph, heading or list item), as the layout analysis found it.</summary>
public sealed record ExtractedBlock(int Page, IReadOnlyList<ExtractedLine> Lines)
{
    public double Left => Lines.Min(l => l.Left);
    public double Right => Lines.Max(l => l.Right);
    public double Top => Lines.Max(l => l.Top);
    public double Bottom => Lines.Min(l => l.Bottom);

    /// <summary>The block's text with lines joined (hyphenation undone), normalised.</summary>
    public string Text => TextNormalizer.JoinLines(Lines.Select(l => l.Text));
}

/// <summary>
/// One line of text. <see cref="Text"/> is NFC with ligatures expanded; a soft hyphen at the end of the line is kept
/// so that joining lines can undo the hyphenation.
/// </summary>
public sealed record ExtractedLine
{
    public required int Page { get; init; }
    public required string Text { get; init; }
    public required double Left { get; init; }
    public required double Right { get; init; }
    public required double Bottom { get; init; }
    public required double Top { get; init; }
    /// <summary>The most common font size (points) of the line's glyphs.</summary>
    public required double FontSize { get; init; }
    /// <summary>The first word is set in a bold font.</summary>
    public bool StartsBold { get; init; }
    /// <summary>Every word is set in a bold font.</summary>
    public bool AllBold { get; init; }
    /// <summary>URIs of link annotations whose area overlaps this line.</summary>
    public IReadOnlyList<string> LinkUris { get; init; } = [];
}

/// <summary>A URI link annotation and its rectangle on the page.</summary>
public sealed record PageLink(int Page, string Uri, double Left, double Bottom, double Right, double Top);

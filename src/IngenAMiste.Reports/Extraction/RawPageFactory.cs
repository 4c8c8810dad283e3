using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// A glyph as PdfPig's content-stream interpretation places it, reduced to what <see cref="PageLayout.ToGlyphs"/> reads:
/// the text, the baseline from the start to the end of the advance, the box from the font's advance, ascent and descent,
/// the type size in points and the font.
/// </summary>
internal readonly record struct PdfLetter(
    string Value, double StartX, double StartY, double EndX, double Width, double LooseLeft, double LooseRight, double LooseBottom, double LooseTop,
    double PointSize, FontDetails? Font)
{
    public string? FontName => Font?.Name;
}

/// <summary>
/// Reads a page straight into a <see cref="RawPage"/> (registered with <c>PdfDocument.AddPageFactory</c>, one per open
/// document, so one per extraction worker). PdfPig still interprets the content stream (fonts, text state, matrices, form
/// XObjects); its own page model is not built: no <c>Letter</c> object per glyph (a third of what the extraction
/// allocated), no paths, no marked-content tree. The glyphs of a page go into buffers this factory reuses from page to page,
/// so a long document does not allocate a large array per page (which made the collector run full collections).
/// The content stream is tokenized by <see cref="FastContentStreamParser"/>.
/// </summary>
internal sealed class RawPageFactory : BasePageFactory<RawPage>
{
    private readonly List<PdfLetter> _letters = new(4096);
    private readonly List<PageLayout.Glyph> _glyphs = new(4096);

    // PdfPig finds this constructor by its parameter types (PdfDocument.AddPageFactory<TPage, TFactory>). Content streams
    // (the page's, and those of its form XObjects) are read by FastContentStreamParser, with PdfPig's parser behind it.
    public RawPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, new FastContentStreamParser(pageContentParser), parsingOptions)
    {
    }

    protected override RawPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox,
        UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        _letters.Clear();
        var images = 0;
        if (operations.Count > 0)
        {
            var collector = new LetterCollector(_letters, pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
            images = collector.Process(pageNumber, operations);
        }

        var links = ReadLinks(pageNumber, dictionary, initialMatrix, namedDestinations);
        var bounds = cropBox.GetVisibleBounds(rotation);
        return PdfTextExtractor.ReadPage(pageNumber, bounds.Width, bounds.Height, _letters, _glyphs, links, images);
    }

    /// <summary>The page's link annotations that open a web address (<c>/A &lt;&lt; /S /URI /URI (...) &gt;&gt;</c>), with their rectangles.</summary>
    private List<PageLink> ReadLinks(int pageNumber, DictionaryToken dictionary, TransformationMatrix initialMatrix, NamedDestinations namedDestinations)
    {
        var links = new List<PageLink>();
        if (!dictionary.ContainsKey(NameToken.Annots))
        {
            return links;
        }

        foreach (var annotation in new AnnotationProvider(PdfScanner, dictionary, initialMatrix, namedDestinations, ParsingOptions.Logger).GetAnnotations())
        {
            if (annotation.Type != AnnotationType.Link
                || !annotation.AnnotationDictionary.TryGet<DictionaryToken>(NameToken.A, PdfScanner, out var action)
                || !action.TryGet<NameToken>(NameToken.S, PdfScanner, out var kind) || kind != NameToken.Uri
                || !action.TryGet<IDataToken<string>>(NameToken.Uri, PdfScanner, out var uri)
                || string.IsNullOrWhiteSpace(uri.Data))
            {
                continue;
            }

            var r = annotation.Rectangle;
            links.Add(new PageLink(pageNumber, uri.Data.Trim(), r.Left, r.Bottom, r.Right, r.Top));
        }

        return links;
    }

    /// <summary>
    /// Receives PdfPig's glyphs for one page and keeps each as a <see cref="PdfLetter"/>, positioned exactly as PdfPig
    /// positions its letters (the same transforms, and a combining diacritic joined to the letter before it); counts the
    /// images; ignores paths and marked content, which the extraction does not read.
    /// </summary>
    private sealed class LetterCollector(
        List<PdfLetter> letters, int pageNumber, IResourceStore resourceStore, IPdfTokenScanner pdfScanner, IPageContentParser pageContentParser,
        ILookupFilterProvider filterProvider, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix,
        ParsingOptions parsingOptions)
        : BaseStreamProcessor<int>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
    {
        private int _images;
        private int _lastTextSequence = -1;

        public override int Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
        {
            PageNumber = pageNumberCurrent;
            CloneAllStates();
            ProcessOperations(operations);
            return _images;
        }

        public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset,
            in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
        {
            if (currentOffset > 0 && letters.Count > 0 && _lastTextSequence == TextSequence && Diacritics.IsInCombiningDiacriticRange(unicode)
                && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, letters[^1].Value, out var combined))
            {
                letters[^1] = letters[^1] with { Value = combined };
                return;
            }

            var advance = PerformantRectangleTransformer.Transform(in renderingMatrix, in textMatrix, in transformationMatrix,
                new PdfRectangle(0.0, 0.0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
            var loose = PerformantRectangleTransformer.Transform(in renderingMatrix, in textMatrix, in transformationMatrix,
                new PdfRectangle(0.0, font.GetDescent(), characterBoundingBox.Width, font.GetAscent()));
            letters.Add(new PdfLetter(unicode, advance.BottomLeft.X, advance.BottomLeft.Y, advance.BottomRight.X, advance.Width,
                Math.Min(loose.Left, loose.Right), Math.Max(loose.Left, loose.Right), Math.Min(loose.Bottom, loose.Top), Math.Max(loose.Bottom, loose.Top),
                pointSize, font.Details));
            _lastTextSequence = TextSequence;
        }

        protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) => _images++;

        protected override void RenderInlineImage(InlineImage inlineImage) => _images++;

        public override void BeginSubpath()
        {
        }

        public override PdfPoint? CloseSubpath() => null;

        public override void StrokePath(bool close)
        {
        }

        public override void FillPath(FillingRule fillingRule, bool close)
        {
        }

        public override void FillStrokePath(FillingRule fillingRule, bool close)
        {
        }

        public override void MoveTo(double x, double y)
        {
        }

        public override void BezierCurveTo(double x2, double y2, double x3, double y3)
        {
        }

        public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
        {
        }

        public override void LineTo(double x, double y)
        {
        }

        public override void Rectangle(double x, double y, double width, double height)
        {
        }

        public override void EndPath()
        {
        }

        public override void ClosePath()
        {
        }

        public override void ModifyClippingIntersect(FillingRule clippingRule)
        {
        }

        protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
        {
        }

        public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
        {
        }

        public override void EndMarkedContent()
        {
        }

        public override void PaintShading(NameToken shadingName)
        {
        }
    }
}

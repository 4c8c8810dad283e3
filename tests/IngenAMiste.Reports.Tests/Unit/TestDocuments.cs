using IngenAMiste.Reports.Extraction;
using IngenAMiste.Reports.Model;
using IngenAMiste.Reports.Parsing;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>Synthetic extracted text for unit tests of the paragraph building: lines on one A4 page, in one block.</summary>
internal static class TestDocuments
{
    /// <summary>A 10 pt line on page 1, 10 points high, with its bottom edge at <paramref name="bottom"/>.</summary>
    public static ExtractedLine Line(string text, double left, double right, double bottom) =>
        new() { Page = 1, Text = text, Left = left, Right = right, Bottom = bottom, Top = bottom + 10, FontSize = 10 };

    /// <summary>The texts of the paragraphs <see cref="Paragraphs.Build"/> makes of the lines, as one block on one page.</summary>
    public static List<string> ParagraphTexts(params ExtractedLine[] lines) =>
        Paragraphs.Build(new ExtractedDocument
        {
            PageCount = 1,
            Pages = [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = [new ExtractedBlock(1, lines)] }],
        }).Select(p => p.Text).ToList();

    /// <summary>
    /// The parse of a one-page document whose lines are <paramref name="lines"/>, each a block of its own 20 points below
    /// the one before, bold where marked (headings).
    /// </summary>
    public static ParsedReport ParseLines(IEnumerable<(string Text, bool Bold)> lines)
    {
        List<ExtractedBlock> blocks = [];
        var bottom = 800.0;
        foreach (var (text, bold) in lines)
        {
            blocks.Add(new ExtractedBlock(1, [Line(text, 60, 520, bottom) with { StartsBold = bold, AllBold = bold }]));
            bottom -= 20;
        }

        return ReportTextParser.Parse(new ExtractedDocument
        {
            PageCount = 1,
            Pages = [new ExtractedPage { Number = 1, Width = 595, Height = 842, Blocks = blocks }],
        });
    }
}

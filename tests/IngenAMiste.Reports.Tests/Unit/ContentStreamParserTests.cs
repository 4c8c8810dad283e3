using System.Text;
using IngenAMiste.Reports.Extraction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace IngenAMiste.Reports.Tests.Unit;

/// <summary>
/// <see cref="FastContentStreamParser"/> must give exactly the operations PdfPig's own content-stream parser gives: on
/// every page of every test PDF (read without falling back), and on hand-written streams with the forms it hands to
/// PdfPig instead.
/// </summary>
public sealed class ContentStreamParserTests
{
    private static readonly ILog Log = new ParsingOptions().Logger;

    private static readonly PageContentParser PdfPigParser = new(ReflectionGraphicsStateOperationFactory.Instance, StackDepthGuard.Infinite, useLenientParsing: true);

    public static TheoryData<string> TestPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Corpus", "Variations" })
        {
            foreach (var path in Directory.GetFiles(TestFiles.Dir(folder), "*.pdf").Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(folder, Path.GetFileName(path)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestPdfs))]
    public void Every_page_reads_to_the_operations_PdfPig_reads_without_falling_back(string relativePath)
    {
        using var doc = PdfDocument.Open(Path.Combine(AppContext.BaseDirectory, relativePath), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var streams = 0;
        for (var n = 1; n <= doc.NumberOfPages; n++)
        {
            foreach (var content in ContentStreams(doc, n))
            {
                var parser = new FastContentStreamParser(PdfPigParser);
                Assert.True(parser.TryParse(content, out var fast), $"page {n} went to PdfPig's parser");
                var expected = PdfPigParser.Parse(n, new MemoryInputBytes(content), Log);
                Assert.Equal(Serialise(expected), Serialise(fast));
                Assert.Equal(expected.Select(o => o.GetType()), fast.Select(o => o.GetType()));
                streams++;
            }
        }

        Assert.True(streams >= doc.NumberOfPages);
    }

    [Theory]
    [InlineData("BT /F1 12 Tf 72 712.5 Td (Hello world) Tj ET")]
    [InlineData("q 1 0 0 -1 0 842 cm BT /F2 -9.75 Tf [<0036>-3<0048> 12.25 <004C004F>] TJ ET Q")]
    [InlineData("BT\r\n.5 -.25 Td +3 Tc 0 Tw 100 Tz\n<00 4c\n00 4f> Tj T* (a) ' 1 2 (b) \" ET")]
    [InlineData("/Span <</MCID 3>> BDC BT /F1 1 Tf (x) Tj ET EMC")]
    [InlineData("/NonStruct <</MCID 0 >>BDC BT /F5 26.66 Tf <063c> Tj ET EMC /P <</MCID 1 /Lang (nb) /E [1 <</A 2>>]>> BDC EMC")]
    [InlineData("/Span <</MCID 3 /Alt 4 0 R>> BDC EMC /Span <</MCID>> BDC EMC")]
    [InlineData("BT /F1 12 Tf (a \\(b\\) c) Tj ET")]
    [InlineData("BT /F1 12 Tf (outer (inner) text) Tj ET")]
    [InlineData("BT /F#231 12 Tf (x) Tj ET /Contents#20Heading <</MCID 0>> BDC EMC /N#c3#a5 1 Tf /F#e51 1 Tf /F#2 1 Tf")]
    [InlineData("BT [(\\r\\t)6(\\b)2(\\f)(\\101\\12x\\7)(\\0015)(a\\\r\n  b)(\\q\\\\)(\\)\\()(\u00fe\u00ff\u0000A)] TJ ET")]
    [InlineData("1 0 0 1 0 0 cm 1e3 0 m 2 2 l S")]
    [InlineData("q 2 0 0 2 0 0 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \u0080 EI Q")]
    [InlineData("% a comment\nBT /F1 12 Tf (x) Tj ET")]
    [InlineData("0.1 0.2 0.3 rg 0 0 10 10 re f [1 2] 0 d 3 w 1.5.2 0 m")]
    public void A_hand_written_stream_reads_to_the_operations_PdfPig_reads(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        var parser = new FastContentStreamParser(PdfPigParser);
        var fast = parser.Parse(1, new MemoryInputBytes(bytes), Log);
        var expected = PdfPigParser.Parse(1, new MemoryInputBytes(bytes), Log);
        Assert.Equal(Serialise(expected), Serialise(fast));
        Assert.Equal(expected.Select(o => o.GetType()), fast.Select(o => o.GetType()));
    }

    [Theory]
    [InlineData("BT /F1 12 Tf (outer (inner) text) Tj ET")] // nested parentheses
    [InlineData("BT /F#e51 12 Tf (x) Tj ET")] // a name that is not UTF-8 (PdfPig reads it as Windows-1252)
    [InlineData("BT /F#2 12 Tf (x) Tj ET")] // a broken # escape
    [InlineData("1e3 0 m")] // an exponent
    [InlineData("q BI /W 1 /H 1 /BPC 8 /CS /G ID \u0080 EI Q")] // an inline image
    [InlineData("/Span <</MCID 3 /Alt 4 0 R>> BDC EMC")] // an indirect reference in a dictionary
    [InlineData("/Span <</MCID>> BDC EMC")] // a key without a value
    [InlineData("% a comment\nBT ET")]
    public void Forms_it_does_not_read_itself_go_to_PdfPig(string text)
    {
        var parser = new FastContentStreamParser(PdfPigParser);
        parser.Parse(1, new MemoryInputBytes(Encoding.Latin1.GetBytes(text)), Log);
        Assert.Equal(1, parser.Fallbacks);
    }

    [Theory]
    [InlineData("BT /F1 12 Tf 72 712.5 Td (Hello world) Tj ET")]
    [InlineData("BT [<0036>-3<0048> 12.25 (x)] TJ 0 -14.4 TD ET")]
    [InlineData("/NonStruct <</MCID 0 >>BDC BT /F5 26.66 Tf <063c> Tj ET EMC /P <</MCID 1 /Lang (nb) /E [1 <</A 2>>]>> BDC EMC")]
    [InlineData("/Contents#20Heading<</MCID 0>>BDC BT /F4 10.5 Tf[(\\b)2(\\r\\t)-6<0a0b>(\\101\\12x)]TJ ET EMC")]
    public void Text_streams_as_producers_write_them_are_read_without_PdfPig(string text)
    {
        var parser = new FastContentStreamParser(PdfPigParser);
        parser.Parse(1, new MemoryInputBytes(Encoding.Latin1.GetBytes(text)), Log);
        Assert.Equal(0, parser.Fallbacks);
    }

    /// <summary>
    /// Differential check on damaged input: bytes of real content streams replaced, at random (seeded) places, by bytes
    /// that matter to a tokenizer. Whatever the fast reader accepts must read exactly as PdfPig reads it; where PdfPig
    /// throws, so must the fast reader (by handing the stream to PdfPig).
    /// </summary>
    [Theory]
    [InlineData("Corpus/arsrapport-2020-2021.pdf", 1)]
    [InlineData("Variations/ordbehandler-2024.pdf", 2)]
    [InlineData("Variations/links.pdf", 3)]
    public void Damaged_streams_read_as_PdfPig_reads_them(string relativePath, int seed)
    {
        byte[] interesting = [.. "0123456789.-+eE()\\<>[]{}/#% \n\rTjBIDEQqm"u8, 0x00, 0x80, 0x9F, 0xC3, 0xFE, 0xFF];
        using var doc = PdfDocument.Open(Path.Combine(AppContext.BaseDirectory, relativePath), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var original = ContentStreams(doc, 1).First();
        var random = new Random(seed);
        var accepted = 0;
        for (var round = 0; round < 600; round++)
        {
            var damaged = (byte[])original.Clone();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                damaged[random.Next(damaged.Length)] = interesting[random.Next(interesting.Length)];
            }

            var expected = Read(() => PdfPigParser.Parse(1, new MemoryInputBytes(damaged), Log));
            var parser = new FastContentStreamParser(PdfPigParser);
            var fast = Read(() => parser.Parse(1, new MemoryInputBytes(damaged), Log));
            Assert.Equal(expected, fast);
            accepted += parser.Fallbacks == 0 ? 1 : 0;
        }

        // Some damage (a changed digit, a space for a letter) leaves a stream the fast reader still reads itself: the
        // comparison above covered its own reading, not only its hand-over to PdfPig.
        Assert.InRange(accepted, 40, 600);
    }

    private static string Read(Func<IReadOnlyList<IGraphicsStateOperation>> parse)
    {
        try
        {
            var operations = parse();
            return Serialise(operations) + "\n" + string.Join(",", operations.Select(o => o.GetType().Name));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return "threw " + ex.GetType().Name;
        }
    }

    private static string Serialise(IReadOnlyList<IGraphicsStateOperation> operations)
    {
        using var stream = new MemoryStream();
        foreach (var operation in operations)
        {
            operation.Write(stream);
            stream.WriteByte((byte)'\n');
        }

        return Encoding.Latin1.GetString(stream.ToArray());
    }

    /// <summary>The decoded content streams of page <paramref name="number"/> (one, or each of an array).</summary>
    private static IEnumerable<byte[]> ContentStreams(PdfDocument doc, int number)
    {
        var page = doc.GetPage(number);
        if (!page.Dictionary.TryGet(NameToken.Contents, out var contents))
        {
            yield break;
        }

        var references = contents is ArrayToken array ? array.Data : [contents];
        foreach (var reference in references.OfType<IndirectReferenceToken>())
        {
            if (doc.Structure.GetObject(reference.Data).Data is StreamToken stream)
            {
                yield return stream.Decode(DefaultFilterProvider.Instance).ToArray();
            }
        }
    }
}

using System.IO.Compression;
using System.Text;
using IngenAMiste.Integration.Tests.Infrastructure;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>Bad, broken and hostile uploads, all made in code from the samples (no binary test files, no external tools).</summary>
internal static class HostileInputs
{
    public static byte[] Sample2020 => File.ReadAllBytes(TestFiles.AnnualReport2020);

    public static byte[] Sample2021 => File.ReadAllBytes(TestFiles.Sample("arsrapport-2021-2022.pdf"));

    public static byte[] HeaderOnly => Encoding.ASCII.GetBytes("%PDF-1.7\n");

    public static byte[] Truncated(byte[] pdf, double share) => pdf[..(int)(pdf.Length * share)];

    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A grey-scale PNG: white with dark bars, like a scanned page of text.</summary>
    public static byte[] Png(int width = 600, int height = 800)
    {
        var raw = new byte[height * (width + 1)];
        for (var y = 0; y < height; y++)
        {
            raw[y * (width + 1)] = 0; // filter: none
            var line = y % 40 is >= 20 and < 32 && y > 60 && y < height - 60;
            for (var x = 0; x < width; x++)
            {
                raw[y * (width + 1) + 1 + x] = line && x > 60 && x < width - 60 && (x / 7) % 9 != 0 ? (byte)30 : (byte)250;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // grey-scale
        PngChunk(png, "IHDR", header);
        PngChunk(png, "IDAT", compressed.ToArray());
        PngChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void PngChunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>A Word document (a zip of XML parts), as someone might upload it renamed to .pdf.</summary>
    public static byte[] Docx()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Part("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Årsrapport 2020–2021. Mål 1. Tiltak 1.</w:t></w:r></w:p></w:body></w:document>""");
        }

        return zip.ToArray();
    }

    /// <summary>A "scanned" document: every page an image, no text layer.</summary>
    public static byte[] ImageOnly(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var png = Png();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(png, new PdfRectangle(0, 0, 595, 842));
        }

        return builder.Build();
    }

    /// <summary>A readable document that is not a report of the plan: meeting minutes, no goals, no measures.</summary>
    public static byte[] NoStructure()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        string[][] pages =
        [
            // The standard fonts of PdfPig's writer have no æ, ø, å: written as ae, o, a.
            ["Referat fra styremote i velforeningen", "Til stede: fem av sju styremedlemmer.", "Sak 1: Dugnad pa lekeplassen blir lordag 14. mai.",
             "Sak 2: Regnskapet for fjoraret ble godkjent uten merknader.", "Sak 3: Styret vurderer ny gjerdeavtale med kommunen."],
            ["Eventuelt", "Det ble foreslatt a kjope inn en ny gressklipper.", "Neste mote holdes i september.", "Referent: sekretaeren."],
        ];
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], i == 0 ? 16 : 11, new PdfPoint(60, y), i == 0 ? bold : font);
                y -= i == 0 ? 36 : 18;
            }
        }

        return builder.Build();
    }

    /// <summary>The same report <paramref name="times"/> times in one file (PdfPig's merger).</summary>
    public static byte[] Concatenated(byte[] pdf, int times) => PdfMerger.Merge(Enumerable.Repeat(pdf, times).ToArray());

    /// <summary>100 000 nested arrays in the catalog, which every reader must parse to open the file.</summary>
    public static byte[] DeepNesting(int depth = 100_000) =>
        MinimalPdf.OnePage(catalogExtra: "/Nested " + new string('[', depth) + new string(']', depth) + " ").ToBytes();

    /// <summary>100 000 nested dictionaries in the catalog.</summary>
    public static byte[] DeepDictionaries(int depth = 100_000)
    {
        var nested = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            nested.Append("<< /A ");
        }

        nested.Append("1 ");
        for (var i = 0; i < depth; i++)
        {
            nested.Append(">> ");
        }

        return MinimalPdf.OnePage(catalogExtra: "/Nested " + nested).ToBytes();
    }

    /// <summary>The page's content is object 6, which is only "7 0 R", which is only "6 0 R".</summary>
    public static byte[] ReferenceLoop() =>
        MinimalPdf.OnePage().Set(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
            .Set(6, "7 0 R").Set(7, "6 0 R").ToBytes();

    /// <summary>A name tree (named destinations) whose /Kids contain the node itself.</summary>
    public static byte[] NameTreeLoop() =>
        MinimalPdf.OnePage(catalogExtra: "/Names << /Dests 6 0 R >> ").Set(6, "<< /Kids [6 0 R] >>").ToBytes();

    /// <summary>A shading whose stitching function contains itself.</summary>
    public static byte[] FunctionLoop() =>
        MinimalPdf.OnePage(content: "/Sh1 sh " + MinimalPdf.Text, resourcesExtra: "/Shading << /Sh1 6 0 R >> ")
            .Set(6, "<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 100 0] /Function 7 0 R >>")
            .Set(7, "<< /FunctionType 3 /Domain [0 1] /Functions [7 0 R] /Bounds [] /Encode [0 1] >>").ToBytes();

    /// <summary>20 000 form XObjects, each drawing the next: no loop, just deeper than any real document.</summary>
    public static byte[] DeepForms(int depth = 20_000)
    {
        var pdf = MinimalPdf.OnePage(content: "/X Do", resourcesExtra: "/XObject << /X 10 0 R >> ");
        for (var i = 0; i < depth; i++)
        {
            var last = i == depth - 1;
            pdf.Stream(10 + i, last ? MinimalPdf.Text : "/X Do",
                $"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> {(last ? "" : $"/XObject << /X {11 + i} 0 R >> ")}>> ");
        }

        return pdf.ToBytes();
    }

    /// <summary>A page tree 20 000 levels deep.</summary>
    public static byte[] DeepPageTree(int depth = 20_000)
    {
        var pdf = MinimalPdf.OnePage().Set(1, "<< /Type /Catalog /Pages 10 0 R >>");
        for (var i = 0; i < depth; i++)
        {
            pdf.Set(10 + i, $"<< /Type /Pages /Kids [{11 + i} 0 R] /Count 1 {(i > 0 ? $"/Parent {9 + i} 0 R " : "")}>>");
        }

        pdf.Set(10 + depth, $"<< /Type /Page /Parent {9 + depth} 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.Set(2, "null").Set(3, "null");
        return pdf.ToBytes();
    }

    /// <summary>
    /// The page's content stream is the text followed by 256 MiB of spaces, Flate-compressed to about 260 KB (with
    /// <paramref name="layers"/> = 2, compressed twice: about 1 KB). The reader decodes a content stream whole in memory.
    /// </summary>
    public static byte[] DecompressionBomb(int layers = 1)
    {
        byte[] data;
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(Encoding.Latin1.GetBytes(MinimalPdf.Text + "\n"));
                var spaces = new byte[1 << 20];
                Array.Fill(spaces, (byte)' ');
                for (var i = 0; i < 256; i++)
                {
                    zlib.Write(spaces);
                }
            }

            data = compressed.ToArray();
        }

        for (var layer = 1; layer < layers; layer++)
        {
            using var again = new MemoryStream();
            using (var zlib = new ZLibStream(again, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            data = again.ToArray();
        }

        var filters = "/Filter [" + string.Concat(Enumerable.Repeat("/FlateDecode ", layers)) + "] ";
        return MinimalPdf.OnePage().Stream(4, Encoding.Latin1.GetString(data), filters).ToBytes();
    }

    /// <summary>The page's content stream declares 999 999 999 999 bytes and has no <c>endstream</c> to find its true end by.</summary>
    public static byte[] HugeLength() =>
        MinimalPdf.OnePage().Stream(4, MinimalPdf.Text, length: "999999999999", terminated: false).ToBytes();

    /// <summary>
    /// <paramref name="pdf"/> with its first stream's direct /Length replaced by 999 999 999 999. The offsets after it move by
    /// a few bytes, which a reader must survive too.
    /// </summary>
    public static byte[] HugeLengthIn(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"/Length (\d+)>> stream");
        Assert.True(match.Success, "the sample has a stream with a direct length");
        return Encoding.Latin1.GetBytes(text[..match.Groups[1].Index] + "999999999999" + text[(match.Groups[1].Index + match.Groups[1].Length)..]);
    }

    /// <summary>
    /// <paramref name="pdf"/> (one classic cross-reference table) with its trailer's /Prev pointing at that same table, and an
    /// empty update section after it whose /Prev points at the first: a cycle a reader must not follow for ever.
    /// </summary>
    public static byte[] CrossReferenceLoop(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxrefAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var xref = int.Parse(text[(startxrefAt + 9)..].Trim().Split('\n', '\r')[0], System.Globalization.CultureInfo.InvariantCulture);
        var trailerAt = text.IndexOf("trailer", xref, StringComparison.Ordinal);
        var dictionaryEnd = text.LastIndexOf(">>", startxrefAt, StringComparison.Ordinal);
        var looped = text[..dictionaryEnd] + $" /Prev {xref} " + text[dictionaryEnd..];
        var size = System.Text.RegularExpressions.Regex.Match(text[trailerAt..], @"/Size\s+(\d+)").Groups[1].Value;
        var root = System.Text.RegularExpressions.Regex.Match(text[trailerAt..], @"/Root\s+(\d+\s+\d+\s+R)").Groups[1].Value;
        var update = $"xref\n0 0\ntrailer\n<< /Size {size} /Root {root} /Prev {xref} >>\nstartxref\n{looped.Length}\n%%EOF\n";
        return Encoding.Latin1.GetBytes(looped + update);
    }
}

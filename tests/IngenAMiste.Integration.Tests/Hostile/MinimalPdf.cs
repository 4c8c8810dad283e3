using System.Globalization;
using System.Text;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>
/// Writes small PDFs object by object, with a correct cross-reference table, so that each hostile file is broken in
/// exactly one intended way. Object 1 is the catalog, 2 the page tree, 3 the one page, 4 its content, 5 a standard font.
/// </summary>
internal sealed class MinimalPdf
{
    private readonly SortedDictionary<int, string> _objects = [];

    public const string Text = "BT /F1 12 Tf 72 720 Td (Referat fra et m\\370te uten m\\345l og tiltak.) Tj ET";

    /// <summary>A readable one-page document: catalog, pages, page, content, font.</summary>
    public static MinimalPdf OnePage(string content = Text, string catalogExtra = "", string pageExtra = "", string resourcesExtra = "")
    {
        var pdf = new MinimalPdf();
        pdf.Set(1, $"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>");
        pdf.Set(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Set(3, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> {resourcesExtra}>> {pageExtra}>>");
        pdf.Stream(4, content);
        pdf.Set(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        return pdf;
    }

    public MinimalPdf Set(int number, string body)
    {
        _objects[number] = body;
        return this;
    }

    /// <param name="length">The declared /Length (default: the true one).</param>
    /// <param name="terminated">Whether <c>endstream</c> follows the data.</param>
    public MinimalPdf Stream(int number, string data, string extraDictionary = "", string? length = null, bool terminated = true)
    {
        _objects[number] = $"<< /Length {length ?? Encoding.Latin1.GetByteCount(data).ToString(CultureInfo.InvariantCulture)} {extraDictionary}>>\nstream\n{data}{(terminated ? "\nendstream" : "")}";
        return this;
    }

    /// <summary>The file; <paramref name="trailerExtra"/> goes into the trailer dictionary (<c>{xref}</c> is replaced by the table's offset).</summary>
    public byte[] ToBytes(string trailerExtra = "")
    {
        var text = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new Dictionary<int, int>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = text.Length; // Latin-1: one byte per character
            text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = text.Length;
        var size = _objects.Keys.Max() + 1;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
        {
            text.Append(offsets.TryGetValue(i, out var offset)
                ? offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n"
                : "0000000000 65535 f \n");
        }

        var extra = trailerExtra.Replace("{xref}", xref.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root 1 0 R {extra}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}

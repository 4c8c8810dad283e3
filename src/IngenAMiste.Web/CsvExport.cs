using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace IngenAMiste.Web;

/// <summary>CSV for spreadsheets: UTF-8 with a byte-order mark, so Excel shows æøå; one header row.</summary>
public static class CsvExport
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        // Cells that start with = + - @ would run as formulas in a spreadsheet: CsvHelper prefixes them.
        InjectionOptions = InjectionOptions.Escape,
    };

    public static byte[] Write<T>(IEnumerable<T> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            csv.WriteRecords(rows);
        }

        return buffer.ToArray();
    }
}

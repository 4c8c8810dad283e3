using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IngenAMiste.Storage.Tables;

/// <summary>Turns free text (blob names, ETags) into valid PartitionKey/RowKey values, reversibly where it fits.</summary>
public static class TableKeys
{
    private const int MaxKeyChars = 512; // keys may be 1 KiB; leave room

    /// <summary>Row key of a measure: its number, zero-padded so keys sort by number.</summary>
    public static string Measure(int number) => number.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>
    /// Escapes the characters Table Storage forbids in keys (<c>/ \ # ?</c>, control characters) and <c>%</c> itself.
    /// Very long values are shortened with a hash so they still fit and stay distinct.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= MaxKeyChars)
        {
            return builder.ToString();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        return string.Concat(builder.ToString(0, MaxKeyChars - 65), "~", hash);
    }
}

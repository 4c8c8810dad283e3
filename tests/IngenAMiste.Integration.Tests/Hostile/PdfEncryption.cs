// MD5 (and RC4) are what this PDF encryption revision is made of; this file only makes test inputs.
#pragma warning disable CA5351

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>
/// Encrypts a PDF with the standard security handler, 128-bit RC4 (V 2, R 3; ISO 32000-1 §7.6.3, algorithms 1, 2, 3
/// and 5), as Acrobat's "Require a password to open" or "Restrict editing" does. Written for the test samples (one
/// classic cross-reference table, no object streams, direct stream lengths: what Chromium writes), so the tests need
/// no external tool. Every string and stream is encrypted with its object's key; the file is rewritten with a new
/// cross-reference table.
/// </summary>
internal static class PdfEncryption
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    /// <summary>Permissions: print and copy allowed, editing not (bits 3 and 5 set, reserved bits 7, 8, 13–32 set).</summary>
    private const int Permissions = unchecked((int)0xFFFFF0D4);

    /// <param name="userPassword">Needed to open the file; empty: anyone can open it (owner password only restricts).</param>
    public static byte[] Encrypt(byte[] pdf, string userPassword, string ownerPassword)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var objects = ReadObjects(pdf, out var trailer);
        var id = MD5.HashData(pdf); // any 16 bytes; derived from the content so the output is reproducible
        var owner = OwnerValue(userPassword, ownerPassword);
        var fileKey = FileKey(userPassword, owner, Permissions, id);
        var user = UserValue(fileKey, id);

        var output = new MemoryStream();
        Write(output, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, generation, body) in objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} {generation} obj\n");
            var key = ObjectKey(fileKey, number, generation);
            EncryptObject(body, key, output);
            Write(output, "\nendobj\n");
        }

        var encryptNumber = offsets.Keys.Max() + 1;
        offsets[encryptNumber] = output.Position;
        Write(output, $"{encryptNumber} 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /P {Permissions} /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> >>\nendobj\n");

        var xref = output.Position;
        var size = encryptNumber + 1;
        Write(output, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
        {
            Write(output, offsets.TryGetValue(i, out var offset) ? $"{offset:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        var hexId = Convert.ToHexString(id);
        Write(output, $"trailer\n<< /Size {size} /Root {trailer["Root"]} {(trailer.TryGetValue("Info", out var info) ? "/Info " + info : "")} /Encrypt {encryptNumber} 0 R /ID [<{hexId}> <{hexId}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    // Algorithm 3: the O entry.
    private static byte[] OwnerValue(string userPassword, string ownerPassword)
    {
        var hash = MD5.HashData(Pad(string.IsNullOrEmpty(ownerPassword) ? userPassword : ownerPassword));
        for (var i = 0; i < 50; i++)
        {
            hash = MD5.HashData(hash);
        }

        var result = Rc4(hash, Pad(userPassword));
        for (byte i = 1; i <= 19; i++)
        {
            result = Rc4(hash.Select(b => (byte)(b ^ i)).ToArray(), result);
        }

        return result;
    }

    // Algorithm 2: the file key.
    private static byte[] FileKey(string userPassword, byte[] owner, int permissions, byte[] id)
    {
        var input = new List<byte>();
        input.AddRange(Pad(userPassword));
        input.AddRange(owner);
        input.AddRange(BitConverter.GetBytes(permissions)); // little-endian on every .NET platform this runs on
        input.AddRange(id);
        var hash = MD5.HashData(input.ToArray());
        for (var i = 0; i < 50; i++)
        {
            hash = MD5.HashData(hash);
        }

        return hash;
    }

    // Algorithm 5: the U entry (revision 3).
    private static byte[] UserValue(byte[] fileKey, byte[] id)
    {
        var result = Rc4(fileKey, MD5.HashData([.. Padding, .. id]));
        for (byte i = 1; i <= 19; i++)
        {
            result = Rc4(fileKey.Select(b => (byte)(b ^ i)).ToArray(), result);
        }

        return [.. result, .. new byte[16]];
    }

    // Algorithm 1: the key of one object.
    private static byte[] ObjectKey(byte[] fileKey, int number, int generation) =>
        MD5.HashData([.. fileKey, (byte)number, (byte)(number >> 8), (byte)(number >> 16), (byte)generation, (byte)(generation >> 8)]);

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    public static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    /// <summary>Copies one object's body, strings replaced by their encrypted hex form, stream data encrypted.</summary>
    private static void EncryptObject(byte[] body, byte[] key, Stream output)
    {
        var p = 0;
        var depth = 0;
        while (p < body.Length)
        {
            var c = body[p];
            if (c == '(')
            {
                var value = ReadLiteral(body, ref p);
                Write(output, "<" + Convert.ToHexString(Rc4(key, value)) + ">");
            }
            else if (c == '<' && p + 1 < body.Length && body[p + 1] == '<')
            {
                depth++;
                output.Write(body, p, 2);
                p += 2;
            }
            else if (c == '>' && p + 1 < body.Length && body[p + 1] == '>')
            {
                depth--;
                output.Write(body, p, 2);
                p += 2;
            }
            else if (c == '<')
            {
                var end = Array.IndexOf(body, (byte)'>', p);
                var hex = new string(Encoding.Latin1.GetString(body, p + 1, end - p - 1).Where(Uri.IsHexDigit).ToArray());
                var value = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
                Write(output, "<" + Convert.ToHexString(Rc4(key, value)) + ">");
                p = end + 1;
            }
            else if (depth == 0 && StartsWith(body, p, "stream"))
            {
                p += "stream".Length;
                if (body[p] == '\r')
                {
                    p++;
                }

                if (body[p] == '\n')
                {
                    p++;
                }

                var length = DirectLength(body);
                Write(output, "stream\n");
                output.Write(Rc4(key, body.AsSpan(p, length).ToArray()));
                Write(output, "\nendstream");
                return;
            }
            else if (c == '%')
            {
                while (p < body.Length && body[p] is not ((byte)'\n' or (byte)'\r'))
                {
                    output.WriteByte(body[p++]);
                }
            }
            else
            {
                output.WriteByte(c);
                p++;
            }
        }
    }

    private static byte[] ReadLiteral(byte[] body, ref int p)
    {
        var value = new List<byte>();
        var level = 0;
        p++; // (
        while (p < body.Length)
        {
            var c = body[p++];
            if (c == '\\')
            {
                var e = body[p++];
                switch (e)
                {
                    case (byte)'n': value.Add((byte)'\n'); break;
                    case (byte)'r': value.Add((byte)'\r'); break;
                    case (byte)'t': value.Add((byte)'\t'); break;
                    case (byte)'b': value.Add((byte)'\b'); break;
                    case (byte)'f': value.Add((byte)'\f'); break;
                    case (byte)'\r':
                        if (p < body.Length && body[p] == '\n')
                        {
                            p++;
                        }

                        break;
                    case (byte)'\n': break;
                    case >= (byte)'0' and <= (byte)'7':
                        var octal = e - '0';
                        for (var k = 0; k < 2 && p < body.Length && body[p] is >= (byte)'0' and <= (byte)'7'; k++)
                        {
                            octal = octal * 8 + (body[p++] - '0');
                        }

                        value.Add((byte)octal);
                        break;
                    default: value.Add(e); break;
                }
            }
            else if (c == '(')
            {
                level++;
                value.Add(c);
            }
            else if (c == ')')
            {
                if (level-- == 0)
                {
                    return [.. value];
                }

                value.Add(c);
            }
            else
            {
                value.Add(c);
            }
        }

        throw new InvalidDataException("Unterminated string.");
    }

    private static int DirectLength(byte[] body)
    {
        var text = Encoding.Latin1.GetString(body);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"/Length\s+(\d+)(\s+\d+\s+R)?");
        if (!match.Success || match.Groups[2].Success)
        {
            throw new InvalidDataException("Only direct stream lengths are supported by this test encryptor.");
        }

        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The in-use objects of the file's one classic cross-reference table, each body from after <c>obj</c> to <c>endobj</c>.</summary>
    private static List<(int Number, int Generation, byte[] Body)> ReadObjects(byte[] pdf, out Dictionary<string, string> trailer)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n', '\r')[0], CultureInfo.InvariantCulture);
        if (!text.AsSpan(startxref).StartsWith("xref", StringComparison.Ordinal))
        {
            throw new InvalidDataException("Only files with a classic cross-reference table are supported by this test encryptor.");
        }

        var trailerAt = text.IndexOf("trailer", startxref, StringComparison.Ordinal);
        var lines = text[(startxref + 4)..trailerAt].Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var result = new List<(int, int, byte[])>();
        var number = 0;
        foreach (var line in lines)
        {
            var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                number = int.Parse(parts[0], CultureInfo.InvariantCulture);
                continue;
            }

            if (parts.Length == 3 && parts[2] == "n")
            {
                var offset = int.Parse(parts[0], CultureInfo.InvariantCulture);
                var generation = int.Parse(parts[1], CultureInfo.InvariantCulture);
                var start = text.IndexOf("obj", offset, StringComparison.Ordinal) + 3;
                var end = EndOfObject(pdf, start);
                result.Add((number, generation, pdf.AsSpan(start, end - start).ToArray()));
            }

            number++;
        }

        trailer = [];
        var dictionary = text[trailerAt..text.IndexOf("startxref", trailerAt, StringComparison.Ordinal)];
        foreach (var key in new[] { "Root", "Info" })
        {
            var match = System.Text.RegularExpressions.Regex.Match(dictionary, $@"/{key}\s+(\d+\s+\d+\s+R)");
            if (match.Success)
            {
                trailer[key] = match.Groups[1].Value;
            }
        }

        return result;
    }

    /// <summary>Where <c>endobj</c> starts, skipping stream data by its length.</summary>
    private static int EndOfObject(byte[] pdf, int start)
    {
        var streamAt = IndexOf(pdf, "stream", start);
        var endobj = IndexOf(pdf, "endobj", start);
        if (streamAt >= 0 && streamAt < endobj)
        {
            var header = pdf.AsSpan(start, streamAt - start).ToArray();
            var data = streamAt + 6 + (pdf[streamAt + 6] == '\r' ? 1 : 0) + 1;
            var afterData = data + DirectLength(header);
            return IndexOf(pdf, "endobj", afterData);
        }

        return endobj;
    }

    private static int IndexOf(byte[] haystack, string needle, int from)
    {
        var found = haystack.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(needle));
        return found < 0 ? -1 : from + found;
    }

    private static bool StartsWith(byte[] body, int p, string word) =>
        body.AsSpan(p).StartsWith(Encoding.ASCII.GetBytes(word));

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}

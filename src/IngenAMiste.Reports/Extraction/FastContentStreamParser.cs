using System.Buffers;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// Reads a content stream into PdfPig's operations, faster than PdfPig's general token scanner, which reads a byte at a
/// time through an interface and took about half of the extraction time. The tokens a page's text is made of (numbers,
/// names, hex and literal strings, arrays, inline dictionaries, operators) are read here from a span, in PdfPig's own token types
/// and with PdfPig's number arithmetic, and each operation is built by PdfPig's operation factory. Anything else (inline
/// images, comments, nested parentheses in a string, a name that is not ASCII or UTF-8, a number PdfPig would read
/// in its own way, an operation the factory rejects) hands the whole stream
/// to PdfPig's parser: the operations are always the ones PdfPig would have produced.
/// One instance per open document (it keeps a buffer); not thread-safe.
/// </summary>
internal sealed class FastContentStreamParser(IPageContentParser fallback) : IPageContentParser
{
    /// <summary>Arrays and dictionaries nested deeper than this go to PdfPig.</summary>
    private const int MaxDepth = 8;

    private char[] _chars = new char[256];

    // PdfPig allocates a new OperatorToken for all but a few operators ("Tj", "TJ", "Td", "cm" included); they are kept here.
    private readonly Dictionary<string, OperatorToken> _operators = new(StringComparer.Ordinal);

    /// <summary>How many streams went to PdfPig's parser (for tests and profiling).</summary>
    public int Fallbacks { get; private set; }

    public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
    {
        var length = (int)inputBytes.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            inputBytes.Seek(0);
            var read = inputBytes.Read(buffer.AsSpan(0, length));
            if (TryParse(buffer.AsSpan(0, read), out var operations))
            {
                return operations;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever this reader trips over, PdfPig's parser reads (or reports) below.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Fallbacks++;
        inputBytes.Seek(0);
        return fallback.Parse(pageNumber, inputBytes, log);
    }

    /// <summary>The operations of <paramref name="stream"/>, or false where PdfPig's parser must read it.</summary>
    internal bool TryParse(ReadOnlySpan<byte> stream, out List<IGraphicsStateOperation> operations)
    {
        operations = new List<IGraphicsStateOperation>(Math.Max(16, stream.Length / 24));
        var operands = new List<IToken>(8);
        var i = 0;
        while (true)
        {
            SkipSeparators(stream, ref i);
            if (i >= stream.Length)
            {
                return true;
            }

            if (!TryReadToken(stream, ref i, 0, out var token))
            {
                return false;
            }

            if (token is not OperatorToken op)
            {
                operands.Add(token);
                continue;
            }

            if (op.Data is "BI" or "ID" or "EI")
            {
                return false;
            }

            IGraphicsStateOperation? operation;
            try
            {
                operation = ReflectionGraphicsStateOperationFactory.Instance.Create(op, operands);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return false;
            }

            if (operation is null)
            {
                return false;
            }

            operations.Add(operation);
            operands.Clear();
        }
    }

    private bool TryReadToken(ReadOnlySpan<byte> s, ref int i, int depth, out IToken token)
    {
        token = null!;
        var b = s[i];
        switch (b)
        {
            case (byte)'/':
                return TryReadName(s, ref i, out token);
            case (byte)'<':
                return i + 1 < s.Length && (s[i + 1] == (byte)'<' ? depth < MaxDepth && TryReadDictionary(s, ref i, depth + 1, out token) : TryReadHex(s, ref i, out token));
            case (byte)'(':
                return TryReadLiteral(s, ref i, out token);
            case (byte)'[':
                return depth < MaxDepth && TryReadArray(s, ref i, depth + 1, out token);
            case (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9':
                return TryReadNumber(s, ref i, out token);
            default:
                return IsOperatorByte(b) && TryReadOperator(s, ref i, out token);
        }
    }

    private bool TryReadArray(ReadOnlySpan<byte> s, ref int i, int depth, out IToken token)
    {
        token = null!;
        var items = new List<IToken>();
        i++; // '['
        while (true)
        {
            SkipSeparators(s, ref i);
            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == (byte)']')
            {
                i++;
                token = new ArrayToken(items);
                return true;
            }

            if (!TryReadToken(s, ref i, depth, out var item) || item is OperatorToken)
            {
                return false;
            }

            items.Add(item);
        }
    }

    /// <summary>
    /// An inline dictionary (<c>/Span &lt;&lt;/MCID 3&gt;&gt; BDC</c>, which a tagged PDF has around every run of text): name
    /// and value pairs; a key that is not a name, a key without a value, or an operator (<c>R</c>) inside go to PdfPig.
    /// </summary>
    private bool TryReadDictionary(ReadOnlySpan<byte> s, ref int i, int depth, out IToken token)
    {
        token = null!;
        var entries = new Dictionary<NameToken, IToken>();
        i += 2; // '<<'
        while (true)
        {
            SkipSeparators(s, ref i);
            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == (byte)'>')
            {
                if (i + 1 >= s.Length || s[i + 1] != (byte)'>')
                {
                    return false;
                }

                i += 2;
                token = new DictionaryToken(entries);
                return true;
            }

            if (!TryReadToken(s, ref i, depth, out var key) || key is not NameToken name)
            {
                return false;
            }

            SkipSeparators(s, ref i);
            if (i >= s.Length || s[i] == (byte)'>' || !TryReadToken(s, ref i, depth, out var value) || value is OperatorToken)
            {
                return false;
            }

            entries[name] = value;
        }
    }

    /// <summary>PdfPig's NumericTokenizer arithmetic, for the plain forms <c>[+-]digits[.digits]</c>; exponents and odd sign placement go to PdfPig.</summary>
    private static bool TryReadNumber(ReadOnlySpan<byte> s, ref int i, out IToken token)
    {
        token = null!;
        var negative = false;
        if (s[i] is (byte)'-' or (byte)'+')
        {
            negative = s[i] == (byte)'-';
            i++;
        }

        double whole = 0;
        long fraction = 0;
        var fractionDigits = 0;
        var digits = 0;
        var point = false;
        for (; i < s.Length; i++)
        {
            var b = s[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
                if (point)
                {
                    fraction = (fraction * 10) + (b - '0');
                    fractionDigits++;
                }
                else
                {
                    whole = (whole * 10.0) + (b - '0');
                }
            }
            else if (b == (byte)'.' && !point)
            {
                point = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0 || fractionDigits > 17
            || (i < s.Length && s[i] is (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E'))
        {
            return false;
        }

        var value = fractionDigits switch
        {
            0 => whole,
            1 => whole + (fraction / 10.0),
            2 => whole + (fraction / 100.0),
            3 => whole + (fraction / 1000.0),
            _ => whole + (fraction / Math.Pow(10.0, fractionDigits)),
        };
        if (negative)
        {
            value = -value;
        }

        token = value == 0.0 ? NumericToken.Zero : new NumericToken(value);
        return true;
    }

    /// <summary>A name, with PdfPig's decoding: <c>#hh</c> escapes, then UTF-8 where the bytes are valid UTF-8; a malformed escape or other bytes go to PdfPig.</summary>
    private bool TryReadName(ReadOnlySpan<byte> s, ref int i, out IToken token)
    {
        token = null!;
        Span<byte> decoded = stackalloc byte[128];
        var n = 0;
        var ascii = true;
        for (i++; i < s.Length && !IsEndOfName(s[i]); i++)
        {
            var b = s[i];
            if (b == (byte)'#')
            {
                if (i + 2 >= s.Length || !char.IsAsciiHexDigit((char)s[i + 1]) || !char.IsAsciiHexDigit((char)s[i + 2]))
                {
                    return false;
                }

                b = (byte)((HexValue(s[i + 1]) << 4) | HexValue(s[i + 2]));
                i += 2;
            }
            else if (b < 0x21)
            {
                return false;
            }

            if (n == decoded.Length)
            {
                return false;
            }

            ascii &= b < 0x80;
            decoded[n++] = b;
        }

        var bytes = decoded[..n];
        if (ascii)
        {
            token = NameToken.Create(Ascii(bytes));
            return true;
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return false; // PdfPig reads such a name as Windows-1252
        }

        token = NameToken.Create(System.Text.Encoding.UTF8.GetString(bytes));
        return true;
    }

    private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private bool TryReadHex(ReadOnlySpan<byte> s, ref int i, out IToken token)
    {
        token = null!;
        var n = 0;
        for (i++; i < s.Length; i++)
        {
            var b = s[i];
            if (b == (byte)'>')
            {
                i++;
                token = new HexToken(_chars.AsSpan(0, n));
                return true;
            }

            if (IsWhitespace(b))
            {
                continue;
            }

            if (!char.IsAsciiHexDigit((char)b))
            {
                return false;
            }

            if (n == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }

            _chars[n++] = (char)b;
        }

        return false;
    }

    /// <summary>
    /// A literal string, with PdfPig's reading of escapes (<c>\n \r \t \b \f</c>, <c>\(</c>, <c>\)</c>, <c>\\</c>, up to three
    /// octal digits, a backslash before a line end continuing the line, a backslash before any other character dropped).
    /// Nested parentheses and a UTF-16 byte order mark go to PdfPig.
    /// </summary>
    private bool TryReadLiteral(ReadOnlySpan<byte> s, ref int i, out IToken token)
    {
        token = null!;
        var n = 0;
        var escaped = false;
        var lineBreaking = false;
        var octal = 0;
        var octalDigits = 0;
        for (var k = i + 1; k < s.Length; k++)
        {
            var c = (char)s[k];
            if (octalDigits > 0)
            {
                if (c is >= '0' and <= '7')
                {
                    octal = (octal * 8) + (c - '0');
                    if (++octalDigits == 3)
                    {
                        Append((char)octal, ref n);
                        octalDigits = 0;
                    }

                    continue;
                }

                Append((char)octal, ref n);
                octalDigits = 0;
            }

            switch (c)
            {
                case ')' when !escaped:
                    if (n >= 2 && ((_chars[0] == '\u00FE' && _chars[1] == '\u00FF') || (_chars[0] == '\u00FF' && _chars[1] == '\u00FE')))
                    {
                        return false; // a UTF-16 byte order mark: PdfPig decodes the string
                    }

                    i = k + 1;
                    token = new StringToken(new string(_chars, 0, n), StringToken.Encoding.Iso88591);
                    return true;
                case '(' when !escaped:
                    return false; // nested parentheses: PdfPig
                case ')' or '(' or '\\':
                    lineBreaking = false;
                    if (escaped)
                    {
                        Append(c, ref n);
                        escaped = false;
                    }
                    else
                    {
                        escaped = true;
                    }

                    break;
                default:
                    if (lineBreaking)
                    {
                        if (c is '\r' or '\n')
                        {
                            continue;
                        }

                        lineBreaking = false;
                        Append(c, ref n);
                    }
                    else if (escaped)
                    {
                        escaped = false;
                        switch (c)
                        {
                            case 'n': Append('\n', ref n); break;
                            case 'r': Append('\r', ref n); break;
                            case 't': Append('\t', ref n); break;
                            case 'b': Append('\b', ref n); break;
                            case 'f': Append('\f', ref n); break;
                            case >= '0' and <= '7':
                                octal = c - '0';
                                octalDigits = 1;
                                break;
                            case '\r' or '\n':
                                lineBreaking = true;
                                break;
                            default:
                                Append(c, ref n);
                                break;
                        }
                    }
                    else
                    {
                        Append(c, ref n);
                    }

                    break;
            }
        }

        return false;
    }

    private void Append(char c, ref int n)
    {
        if (n == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[n++] = c;
    }

    private bool TryReadOperator(ReadOnlySpan<byte> s, ref int i, out IToken token)
    {
        token = null!;
        var start = i;
        while (i < s.Length && IsOperatorByte(s[i]))
        {
            i++;
        }

        // PdfPig's plain tokenizer ends an operator only at white space or a delimiter.
        if (i < s.Length && !IsWhitespace(s[i]) && s[i] is not ((byte)'(' or (byte)')' or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'))
        {
            return false;
        }

        var length = i - start;
        if (length > _chars.Length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            _chars[k] = (char)s[start + k];
        }

        var text = _chars.AsSpan(0, length);
        switch (text)
        {
            case "true":
                token = BooleanToken.True;
                return true;
            case "false":
                token = BooleanToken.False;
                return true;
            case "null":
                token = NullToken.Instance;
                return true;
        }

        var operators = _operators.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!operators.TryGetValue(text, out var op))
        {
            op = OperatorToken.Create(text);
            operators[text] = op;
        }

        token = op;
        return true;
    }

    private string Ascii(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _chars.Length)
        {
            Array.Resize(ref _chars, bytes.Length);
        }

        for (var k = 0; k < bytes.Length; k++)
        {
            _chars[k] = (char)bytes[k];
        }

        return new string(_chars, 0, bytes.Length);
    }

    /// <summary>White space, and the control characters PdfPig's scanner skips between tokens.</summary>
    private static void SkipSeparators(ReadOnlySpan<byte> s, ref int i)
    {
        while (i < s.Length && (s[i] <= 0x20 || s[i] is >= 0x7F and <= 0x9F))
        {
            i++;
        }
    }

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsEndOfName(byte b) => b is 32 or 13 or 10 or 9 or 62 or 60 or 91 or 47 or 93 or 41 or 40 or 0 or 12;

    private static bool IsOperatorByte(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'*' or (byte)'\'' or (byte)'"';
}

using System.IO.Compression;

namespace IngenAMiste.Reports.Extraction;

/// <summary>
/// A pre-scan of the raw bytes for object graphs that make PdfPig (0.1.16) recurse without end or without a depth limit.
/// Such recursion ends in a <see cref="StackOverflowException"/>, which cannot be caught: it kills the whole process.
/// Found by hostile tests: a loop of objects that are only a reference to the next (<c>7 0 obj 8 0 R endobj</c>,
/// <c>8 0 obj 7 0 R endobj</c>), a name tree whose <c>/Kids</c> loop, a stitching function that contains itself
/// (<c>/Functions</c>), and long finite chains of each, or of form XObjects drawing one another.
/// Nesting inside one object (<c>[[[[…</c>) is not checked here: PdfPig limits it itself (256 levels).
/// Also rejected: decompression bombs, Flate streams other than images (which are not decoded for text) that expand
/// beyond <see cref="MaxStreamBytes"/> each or <see cref="MaxInflatedTotal"/> together, since the reader holds each
/// decoded stream whole in memory (1 MB of file could otherwise take 1 GB).
/// </summary>
/// <remarks>
/// Objects are found by their <c>N G obj</c> headers, in the file and inside object streams (Flate, bounded), and only
/// their dictionaries are read (never content streams). Two graphs are checked:
/// <list type="bullet">
/// <item>tree edges (an object that is only a reference or an array of references; <c>/Kids</c>, <c>/Function</c>,
/// <c>/Functions</c>): these are trees in every valid PDF, so any cycle is damage, and depth is capped;</item>
/// <item>resource edges (<c>/Resources</c>, <c>/XObject</c>, <c>/Pattern</c>, <c>/Font</c>, …) besides: cycles are
/// allowed (PdfPig handles a form that draws itself), but the longest chain is capped.</item>
/// </list>
/// </remarks>
internal static class PdfStructureGuard
{
    /// <summary>Longest chain of tree edges allowed (real documents: under 20).</summary>
    internal const int MaxTreeDepth = 256;

    /// <summary>Longest chain of tree and resource edges allowed (real documents: under 50).</summary>
    internal const int MaxResourceDepth = 512;

    /// <summary>Largest a compressed stream other than an image may expand to (real content streams and fonts: a few MB).</summary>
    internal const long MaxStreamBytes = 64L * 1024 * 1024;

    /// <summary>Largest all compressed streams other than images may expand to together.</summary>
    internal const long MaxInflatedTotal = 512L * 1024 * 1024;
    private const int MaxTokensPerObject = 1_000_000;
    private const long ScanBudgetFactor = 4;

    private static readonly HashSet<string> TreeKeys = new(StringComparer.Ordinal) { "Kids", "Function", "Functions" };

    private static readonly HashSet<string> ResourceKeys = new(StringComparer.Ordinal)
    {
        "Resources", "XObject", "Pattern", "Shading", "ExtGState", "SMask", "G", "Font", "DescendantFonts", "CharProcs",
    };

    /// <summary>Keys whose value, when it is a reference, names a dictionary of name → object (each value an edge).</summary>
    private static readonly HashSet<string> MapKeys = new(StringComparer.Ordinal)
    {
        "Resources", "XObject", "Pattern", "Shading", "ExtGState", "Font", "CharProcs",
    };

    /// <summary>Throws <see cref="ReportRejectedException"/> (<see cref="RejectionReason.Damaged"/>) when the structure would break the reader.</summary>
    public static void Check(byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return; // not a PDF at all: the extractor says so
        }

        var objects = new Dictionary<int, ObjectInfo>();
        long inflated = 0;
        long scannedTotal = 0;
        foreach (var (number, start) in FindObjectHeaders(bytes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = Scan(bytes, start, bytes.Length, out var streamStart, out var read);
            long scanned = read;
            Merge(objects, number, info);
            if (info.IsObjectStream && streamStart >= 0)
            {
                var contained = ReadObjectStream(bytes, streamStart, info, objects, MaxInflatedTotal - inflated, cancellationToken);
                inflated += contained.Inflated;
                scanned += contained.Scanned;
            }
            else if (streamStart >= 0 && info.IsFlate && !info.HasOtherFilter && !info.IsImage)
            {
                // A decompression bomb (a few MB that expand to GB of content stream or font) would exhaust memory in the
                // reader, which holds each decoded stream whole. Images are not decoded for text, so they are not counted.
                inflated += Inflate(bytes, streamStart, info, MaxInflatedTotal - inflated, keep: false, cancellationToken)?.Length ?? 0;
            }

            // Objects do not overlap, so a well-formed file is read about once. Headers hidden inside unbalanced strings
            // could make every scan run to the end of the file: bound the total work instead of trusting the layout.
            scannedTotal += scanned;
            if (scannedTotal > ScanBudgetFactor * (bytes.Length + inflated) + (1L << 20))
            {
                throw new ReportRejectedException(RejectionReason.Damaged,
                    "The PDF's objects overlap one another (object headers inside unterminated strings); it cannot be read safely.");
            }
        }

        var mapTargets = new HashSet<int>();
        foreach (var info in objects.Values)
        {
            mapTargets.UnionWith(info.MapTargets);
        }

        var tree = new Dictionary<int, List<int>>();
        var all = new Dictionary<int, List<int>>();
        foreach (var (number, info) in objects)
        {
            tree[number] = info.TreeEdges;
            var edges = new List<int>(info.TreeEdges);
            edges.AddRange(info.ResourceEdges);
            if (mapTargets.Contains(number))
            {
                edges.AddRange(info.AllRefs);
            }

            all[number] = edges;
        }

        var (treeCycle, treeDepth) = Walk(tree, strict: true, cancellationToken);
        if (treeCycle is { } at)
        {
            throw new ReportRejectedException(RejectionReason.Damaged,
                $"The PDF's object structure loops (object {at} leads back to itself through references, page-tree or name-tree kids, or functions).");
        }

        if (treeDepth > MaxTreeDepth)
        {
            throw new ReportRejectedException(RejectionReason.Damaged,
                $"The PDF's object structure is nested {treeDepth} levels deep (the limit is {MaxTreeDepth}).");
        }

        var (_, depth) = Walk(all, strict: false, cancellationToken);
        if (depth > MaxResourceDepth)
        {
            throw new ReportRejectedException(RejectionReason.Damaged,
                $"The PDF's resources (forms, patterns, fonts) are nested {depth} levels deep (the limit is {MaxResourceDepth}).");
        }
    }

    private sealed class ObjectInfo
    {
        public List<int> TreeEdges { get; } = [];
        public List<int> ResourceEdges { get; } = [];
        public List<int> AllRefs { get; } = [];
        public List<int> MapTargets { get; } = [];
        public bool IsObjectStream { get; set; }
        public bool IsFlate => FlateLayers > 0;
        public int FlateLayers { get; set; }
        public bool HasOtherFilter { get; set; }
        public bool IsImage { get; set; }
        public long? Length { get; set; }
        public int? First { get; set; }
        public int? Count { get; set; }
    }

    private static void Merge(Dictionary<int, ObjectInfo> objects, int number, ObjectInfo info)
    {
        // An object defined twice (incremental updates): keep the edges of both, a guard had better see too much than too little.
        if (objects.TryGetValue(number, out var existing))
        {
            existing.TreeEdges.AddRange(info.TreeEdges);
            existing.ResourceEdges.AddRange(info.ResourceEdges);
            existing.AllRefs.AddRange(info.AllRefs);
            existing.MapTargets.AddRange(info.MapTargets);
        }
        else
        {
            objects[number] = info;
        }
    }

    /// <summary>Positions just after each <c>N G obj</c> header, with N.</summary>
    private static IEnumerable<(int Number, int Start)> FindObjectHeaders(byte[] bytes)
    {
        var from = 0;
        while (from < bytes.Length)
        {
            var found = bytes.AsSpan(from).IndexOf("obj"u8);
            if (found < 0)
            {
                yield break;
            }

            var at = from + found;
            from = at + 3;
            if (at + 3 < bytes.Length && !IsDelimiterOrSpace(bytes[at + 3]))
            {
                continue;
            }

            if (TryReadHeaderBackwards(bytes, at, out var number))
            {
                yield return (number, at + 3);
            }
        }
    }

    /// <summary>Reads <c>N G</c> backwards from the <c>obj</c> keyword at <paramref name="at"/>.</summary>
    private static bool TryReadHeaderBackwards(byte[] bytes, int at, out int number)
    {
        number = 0;
        var i = at - 1;
        if (i < 0 || !IsSpace(bytes[i]))
        {
            return false;
        }

        while (i >= 0 && IsSpace(bytes[i]))
        {
            i--;
        }

        var genEnd = i;
        while (i >= 0 && IsDigit(bytes[i]))
        {
            i--;
        }

        if (i == genEnd || i < 0 || !IsSpace(bytes[i]))
        {
            return false;
        }

        while (i >= 0 && IsSpace(bytes[i]))
        {
            i--;
        }

        var numEnd = i;
        while (i >= 0 && IsDigit(bytes[i]) && numEnd - i < 10)
        {
            i--;
        }

        if (i == numEnd || (i >= 0 && !IsDelimiterOrSpace(bytes[i])))
        {
            return false;
        }

        return int.TryParse(bytes.AsSpan(i + 1, numEnd - i), out number) && number >= 0;
    }

    private enum Kind { Name, Integer, Ref, ArrayOpen, ArrayClose, DictOpen, DictClose, Keyword, Other }

    private readonly record struct Token(Kind Kind, string? Text = null, long Value = 0);

    /// <summary>
    /// Reads one object's value from <paramref name="start"/> (after <c>obj</c>, or at an object inside an object stream)
    /// up to <c>stream</c>, <c>endobj</c>, the next <c>obj</c> or <paramref name="end"/>; <paramref name="streamStart"/> is
    /// where stream data begins, <paramref name="scanned"/> how many bytes were read.
    /// </summary>
    private static ObjectInfo Scan(byte[] bytes, int start, int end, out int streamStart, out int scanned)
    {
        streamStart = -1;
        var tokens = new List<Token>();
        var p = start;
        while (p < end && tokens.Count < MaxTokensPerObject)
        {
            var token = Next(bytes, ref p, end);
            if (token is not { } t)
            {
                break;
            }

            if (t is { Kind: Kind.Keyword, Text: "stream" })
            {
                if (p < end && bytes[p] == '\r')
                {
                    p++;
                }

                if (p < end && bytes[p] == '\n')
                {
                    p++;
                }

                streamStart = p;
                break;
            }

            if (t is { Kind: Kind.Keyword, Text: "endobj" or "obj" })
            {
                break;
            }

            tokens.Add(t);
        }

        scanned = p - start;
        return Analyse(CombineReferences(tokens));
    }

    private static List<Token> CombineReferences(List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 2 < tokens.Count && tokens[i].Kind == Kind.Integer && tokens[i + 1].Kind == Kind.Integer
                && tokens[i + 2] is { Kind: Kind.Keyword, Text: "R" } && tokens[i].Value is >= 0 and <= int.MaxValue)
            {
                result.Add(new Token(Kind.Ref, Value: tokens[i].Value));
                i += 2;
            }
            else
            {
                result.Add(tokens[i]);
            }
        }

        return result;
    }

    private sealed class Frame(bool isDict)
    {
        public bool IsDict { get; } = isDict;
        public bool ExpectKey { get; set; } = true;
        public string? Key { get; set; }
    }

    private static ObjectInfo Analyse(List<Token> tokens)
    {
        var info = new ObjectInfo();
        if (tokens.Count == 0)
        {
            return info;
        }

        // An object that is only a reference, or only an array of references, is followed through by PdfPig.
        if (tokens.Count == 1 && tokens[0].Kind == Kind.Ref)
        {
            info.TreeEdges.Add((int)tokens[0].Value);
            info.AllRefs.Add((int)tokens[0].Value);
            return info;
        }

        if (tokens[0].Kind == Kind.ArrayOpen && tokens[^1].Kind == Kind.ArrayClose
            && tokens.Count > 2 && tokens.Skip(1).SkipLast(1).All(t => t.Kind == Kind.Ref))
        {
            foreach (var t in tokens.Skip(1).SkipLast(1))
            {
                info.TreeEdges.Add((int)t.Value);
                info.AllRefs.Add((int)t.Value);
            }

            return info;
        }

        var stack = new List<Frame>();
        string? topType = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var frame = stack.Count > 0 ? stack[^1] : null;
            if (frame is { IsDict: true, ExpectKey: true })
            {
                if (t.Kind == Kind.Name)
                {
                    frame.Key = t.Text;
                    frame.ExpectKey = false;
                    continue;
                }

                if (t.Kind is not (Kind.DictClose or Kind.DictOpen or Kind.ArrayOpen or Kind.ArrayClose))
                {
                    continue; // malformed: a value where a key belongs; skip it
                }
            }

            switch (t.Kind)
            {
                case Kind.DictOpen:
                    stack.Add(new Frame(isDict: true));
                    continue;
                case Kind.ArrayOpen:
                    stack.Add(new Frame(isDict: false));
                    continue;
                case Kind.DictClose or Kind.ArrayClose:
                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    CompleteValue(stack);
                    continue;
            }

            if (frame is { IsDict: true } && stack.Count == 1 && t.Kind == Kind.Name)
            {
                if (frame.Key == "Type")
                {
                    topType = t.Text;
                }
                else if (frame.Key == "Subtype" && t.Text == "Image")
                {
                    info.IsImage = true;
                }
                else if (frame.Key == "Filter")
                {
                    SetFilter(info, t.Text);
                }
            }

            if (stack.Count == 1 && frame is { IsDict: true } && t.Kind == Kind.Integer)
            {
                switch (frame.Key)
                {
                    case "Length":
                        info.Length = t.Value;
                        break;
                    case "First" when t.Value is >= 0 and <= int.MaxValue:
                        info.First = (int)t.Value;
                        break;
                    case "N" when t.Value is >= 0 and <= 10_000_000:
                        info.Count = (int)t.Value;
                        break;
                }
            }

            if (stack.Count == 2 && !stack[1].IsDict && stack[0].Key == "Filter" && t.Kind == Kind.Name)
            {
                SetFilter(info, t.Text);
            }

            if (t.Kind == Kind.Ref)
            {
                var target = (int)t.Value;
                info.AllRefs.Add(target);
                var tree = false;
                var resource = false;
                foreach (var f in stack)
                {
                    if (f.IsDict && !f.ExpectKey && f.Key is { } key)
                    {
                        tree |= TreeKeys.Contains(key);
                        resource |= ResourceKeys.Contains(key);
                    }
                }

                // Only the innermost key decides a tree edge: /Kids [1 0 R] but not /Kids [<< /Parent 1 0 R >>].
                var innermost = stack.Count > 0 && stack[^1] is { IsDict: true } ? stack[^1].Key
                    : stack.Count > 1 && stack[^2] is { IsDict: true } ? stack[^2].Key
                    : null;
                if (innermost is not null && TreeKeys.Contains(innermost))
                {
                    info.TreeEdges.Add(target);
                }
                else if (resource || tree)
                {
                    info.ResourceEdges.Add(target);
                }

                if (frame is { IsDict: true } && frame.Key is { } direct && MapKeys.Contains(direct))
                {
                    info.MapTargets.Add(target);
                }
            }

            CompleteValue(stack);
        }

        info.IsObjectStream = topType == "ObjStm";
        return info;
    }

    private static void SetFilter(ObjectInfo info, string? name)
    {
        if (name is "FlateDecode" or "Fl")
        {
            info.FlateLayers++;
        }
        else
        {
            info.HasOtherFilter = true;
        }
    }

    private static void CompleteValue(List<Frame> stack)
    {
        if (stack.Count > 0 && stack[^1] is { IsDict: true, ExpectKey: false } frame)
        {
            frame.ExpectKey = true;
        }
    }

    /// <summary>
    /// Decodes the stream at <paramref name="streamStart"/> (no filter, or Flate once or more), at most
    /// <see cref="MaxStreamBytes"/> and <paramref name="budget"/> bytes per layer, else rejects the file. Returns the
    /// decoded length, and the bytes if <paramref name="keep"/>; null when the data is not valid Flate (encrypted, or
    /// damaged: the reader decides).
    /// </summary>
    private static (long Length, byte[]? Data)? Inflate(byte[] bytes, int streamStart, ObjectInfo info, long budget, bool keep, CancellationToken cancellationToken)
    {
        int dataEnd;
        if (info.Length is { } length && length > 0 && streamStart + length <= bytes.Length)
        {
            dataEnd = streamStart + (int)length;
        }
        else
        {
            var found = bytes.AsSpan(streamStart).IndexOf("endstream"u8);
            dataEnd = found < 0 ? bytes.Length : streamStart + found;
        }

        var data = bytes.AsMemory(streamStart, dataEnd - streamStart);
        long total = data.Length;
        var limit = Math.Min(MaxStreamBytes, Math.Max(0, budget));
        for (var layer = 0; layer < info.FlateLayers; layer++)
        {
            var last = layer == info.FlateLayers - 1;
            try
            {
                using var input = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(data, out var segment)
                    ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                    : new MemoryStream(data.ToArray(), writable: false);
                using var zlib = new ZLibStream(input, CompressionMode.Decompress);
                using var output = keep || !last ? new MemoryStream() : null;
                // Streams are only counted, not kept (except object streams): one pooled buffer serves them all.
                var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
                try
                {
                    total = 0;
                    int read;
                    while ((read = zlib.Read(buffer)) > 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        total += read;
                        if (total > limit)
                        {
                            throw new ReportRejectedException(RejectionReason.Damaged, limit < MaxStreamBytes
                                ? $"The compressed streams of the PDF together expand to more than {MaxInflatedTotal / (1024 * 1024)} MB (a decompression bomb, or content no report has)."
                                : $"A compressed stream of the PDF expands to more than {MaxStreamBytes / (1024 * 1024)} MB (a decompression bomb, or content no report has).");
                        }

                        output?.Write(buffer, 0, read);
                    }
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }

                data = output?.ToArray() ?? default;
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }

        return (total, keep ? data.ToArray() : null);
    }

    /// <summary>Inflates an object stream (bounded) and scans the objects in it; returns the bytes inflated and scanned.</summary>
    private static (long Inflated, long Scanned) ReadObjectStream(byte[] bytes, int streamStart, ObjectInfo info, Dictionary<int, ObjectInfo> objects, long budget, CancellationToken cancellationToken)
    {
        if (info.HasOtherFilter || info.First is not { } first || info.Count is not { } count)
        {
            return (0, 0);
        }

        var data = Inflate(bytes, streamStart, info, budget, keep: true, cancellationToken)?.Data;
        if (data is null)
        {
            return (0, 0); // not readable here (encrypted, or damaged): PdfPig decides
        }

        // The header: N pairs "object-number offset", then the objects from /First.
        long scanned = 0;
        var p = 0;
        var pairs = new List<(int Number, int Offset)>();
        for (var i = 0; i < count && p < data.Length; i++)
        {
            var a = Next(data, ref p, data.Length);
            var b = Next(data, ref p, data.Length);
            if (a is not { Kind: Kind.Integer } na || b is not { Kind: Kind.Integer } nb || na.Value > int.MaxValue || nb.Value > int.MaxValue)
            {
                break;
            }

            pairs.Add(((int)na.Value, (int)nb.Value));
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = (long)first + pairs[i].Offset;
            var end = i + 1 < pairs.Count ? (long)first + pairs[i + 1].Offset : data.Length;
            if (start < 0 || start >= data.Length || end > data.Length || end <= start)
            {
                continue;
            }

            Merge(objects, pairs[i].Number, Scan(data, (int)start, (int)end, out _, out var read));
            scanned += read;
        }

        return (data.Length, scanned);
    }

    /// <summary>
    /// Depth-first over the graph without recursion. <paramref name="strict"/>: a back edge is a cycle (returned);
    /// otherwise back edges are ignored. Returns the longest chain of edges found.
    /// </summary>
    private static (int? Cycle, int Depth) Walk(Dictionary<int, List<int>> graph, bool strict, CancellationToken cancellationToken)
    {
        var state = new Dictionary<int, byte>(); // 1 on the path, 2 done
        var depth = new Dictionary<int, int>();
        var max = 0;
        var stack = new Stack<(int Node, int Next)>();
        foreach (var root in graph.Keys)
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            stack.Push((root, 0));
            state[root] = 1;
            var steps = 0;
            while (stack.Count > 0)
            {
                if (++steps % 65536 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var (node, next) = stack.Pop();
                var edges = graph.TryGetValue(node, out var e) ? e : [];
                if (next < edges.Count)
                {
                    stack.Push((node, next + 1));
                    var child = edges[next];
                    if (!graph.ContainsKey(child))
                    {
                        continue; // a reference to nothing: PdfPig reads null
                    }

                    if (state.TryGetValue(child, out var s))
                    {
                        if (s == 1 && strict)
                        {
                            return (child, max);
                        }

                        continue;
                    }

                    state[child] = 1;
                    stack.Push((child, 0));
                    continue;
                }

                var d = 0;
                foreach (var child in edges)
                {
                    if (depth.TryGetValue(child, out var cd) && state.GetValueOrDefault(child) == 2)
                    {
                        d = Math.Max(d, cd + 1);
                    }
                }

                depth[node] = d;
                state[node] = 2;
                max = Math.Max(max, d);
            }
        }

        return (null, max);
    }

    private static Token? Next(byte[] bytes, ref int p, int end)
    {
        while (p < end)
        {
            var c = bytes[p];
            if (IsSpace(c))
            {
                p++;
                continue;
            }

            if (c == '%')
            {
                while (p < end && bytes[p] != '\n' && bytes[p] != '\r')
                {
                    p++;
                }

                continue;
            }

            break;
        }

        if (p >= end)
        {
            return null;
        }

        var b = bytes[p];
        switch (b)
        {
            case (byte)'/':
            {
                var s = ++p;
                while (p < end && !IsDelimiterOrSpace(bytes[p]))
                {
                    p++;
                }

                return new Token(Kind.Name, System.Text.Encoding.Latin1.GetString(bytes, s, Math.Min(p - s, 127)));
            }
            case (byte)'[':
                p++;
                return new Token(Kind.ArrayOpen);
            case (byte)']':
                p++;
                return new Token(Kind.ArrayClose);
            case (byte)'<' when p + 1 < end && bytes[p + 1] == '<':
                p += 2;
                return new Token(Kind.DictOpen);
            case (byte)'>' when p + 1 < end && bytes[p + 1] == '>':
                p += 2;
                return new Token(Kind.DictClose);
            case (byte)'<':
            {
                var close = bytes.AsSpan(p, end - p).IndexOf((byte)'>');
                p = close < 0 ? end : p + close + 1;
                return new Token(Kind.Other);
            }
            case (byte)'(':
                SkipLiteralString(bytes, ref p, end);
                return new Token(Kind.Other);
            case (byte)')' or (byte)'>' or (byte)'{' or (byte)'}':
                p++;
                return new Token(Kind.Other);
        }

        var start = p;
        while (p < end && !IsDelimiterOrSpace(bytes[p]))
        {
            p++;
        }

        var word = bytes.AsSpan(start, p - start);
        if (word.Length is > 0 and <= 18 && IsAllDigits(word) && long.TryParse(word, out var value))
        {
            return new Token(Kind.Integer, Value: value);
        }

        if (word.SequenceEqual("R"u8) || word.SequenceEqual("obj"u8) || word.SequenceEqual("endobj"u8) || word.SequenceEqual("stream"u8))
        {
            return new Token(Kind.Keyword, System.Text.Encoding.ASCII.GetString(word));
        }

        return new Token(Kind.Other);
    }

    private static void SkipLiteralString(byte[] bytes, ref int p, int end)
    {
        var level = 0;
        while (p < end)
        {
            var c = bytes[p++];
            if (c == '\\')
            {
                p++;
            }
            else if (c == '(')
            {
                level++;
            }
            else if (c == ')' && --level == 0)
            {
                return;
            }
        }
    }

    private static bool IsAllDigits(ReadOnlySpan<byte> word)
    {
        foreach (var c in word)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiterOrSpace(byte c) => IsSpace(c) || c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}

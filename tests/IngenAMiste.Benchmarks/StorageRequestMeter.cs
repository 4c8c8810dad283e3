using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace IngenAMiste.Benchmarks;

/// <summary>
/// Counts the storage requests the clients send (every attempt, retries included: the policy sits per retry), by kind
/// (service, method, table or container, point/query/batch), with request and response body bytes and the time spent
/// waiting for each response. Entity operations inside a table transaction (<c>$batch</c>) are counted as well, by
/// method and table, from the multipart body. The figures go into whichever <see cref="Bucket"/> is current, so a caller
/// that runs one report at a time gets that report's requests.
/// </summary>
internal sealed partial class StorageRequestMeter
{
    public StorageRequestMeter()
    {
        Blobs = new Policy(this, "blob");
        Tables = new Policy(this, "table");
    }

    /// <summary>Add to <c>BlobClientOptions</c>.</summary>
    public HttpPipelinePolicy Blobs { get; }

    /// <summary>Add to <c>TableClientOptions</c>.</summary>
    public HttpPipelinePolicy Tables { get; }

    private readonly Lock _gate = new();
    private int _inFlight;
    private long _busySince;

    /// <summary>Where requests are counted from now on.</summary>
    public Bucket Current { get; set; } = new();

    /// <summary>Request counts and sizes of one stretch of work (one report).</summary>
    public sealed class Bucket
    {
        private long _requests;
        private long _batchOperations;
        private long _requestBytes;
        private long _responseBytes;
        private long _waitTicks;
        private long _busyTicks;

        /// <summary>Requests by kind, e.g. <c>table GET Reports (point)</c>; operations inside transactions as <c>  in $batch: PUT Measures</c>.</summary>
        public ConcurrentDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

        public long Requests => Interlocked.Read(ref _requests);
        public long BatchOperations => Interlocked.Read(ref _batchOperations);
        public long RequestBytes => Interlocked.Read(ref _requestBytes);
        public long ResponseBytes => Interlocked.Read(ref _responseBytes);

        /// <summary>Sum over requests of the time from sending to the response (concurrent requests overlap, so it can exceed the wall time).</summary>
        public TimeSpan Wait => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waitTicks));

        /// <summary>Wall time with at least one request in flight: the part of the elapsed time spent waiting for storage.</summary>
        public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _busyTicks));

        internal void AddBusy(long ticks) => Interlocked.Add(ref _busyTicks, ticks);

        internal void Add(string kind, long requestBytes, long responseBytes, long waitTicks, IReadOnlyList<string> batchOperations)
        {
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _requestBytes, requestBytes);
            Interlocked.Add(ref _responseBytes, responseBytes);
            Interlocked.Add(ref _waitTicks, waitTicks);
            Kinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
            foreach (var operation in batchOperations)
            {
                Interlocked.Increment(ref _batchOperations);
                Kinds.AddOrUpdate("  in $batch: " + operation, 1, (_, n) => n + 1);
            }
        }
    }

    private sealed class Policy(StorageRequestMeter meter, string service) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var (kind, operations) = Describe(message, service);
            var start = meter.Enter();
            try
            {
                ProcessNext(message, pipeline);
            }
            finally
            {
                Record(message, kind, operations, start);
            }
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var (kind, operations) = Describe(message, service);
            var start = meter.Enter();
            try
            {
                await ProcessNextAsync(message, pipeline);
            }
            finally
            {
                Record(message, kind, operations, start);
            }
        }

        private void Record(HttpMessage message, string kind, IReadOnlyList<string> operations, long start)
        {
            var wait = meter.Exit() - start;
            long sent = 0;
            if (message.Request.Content is { } content && content.TryComputeLength(out var length))
            {
                sent = length;
            }

            long received = 0;
            if (message.HasResponse)
            {
                received = message.Response.Headers.ContentLength
                           ?? (message.Response.ContentStream is MemoryStream buffered ? buffered.Length : 0);
                kind += " → " + message.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            meter.Current.Add(kind, sent, received, wait, operations);
        }
    }

    private long Enter()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (_inFlight++ == 0)
            {
                _busySince = now;
            }

            return now;
        }
    }

    private long Exit()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (--_inFlight == 0)
            {
                Current.AddBusy(now - _busySince);
            }

            return now;
        }
    }

    /// <summary>
    /// <c>table GET Reports (point)</c>, <c>table GET MeasureHistory (query)</c>, <c>table POST $batch</c>,
    /// <c>blob PUT parsed</c>, <c>blob HEAD reports</c>, … and for a transaction the operations in it.
    /// </summary>
    private static (string Kind, IReadOnlyList<string> Operations) Describe(HttpMessage message, string service)
    {
        var request = message.Request;
        var method = request.Method.Method;
        // Path: /account/Table(...) or /account/Table()?$filter, /account/$batch, /account/Tables; /account/container/blob.
        var segments = request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var target = segments.Length > 1 ? segments[1] : "(account)";
        if (service == "blob")
        {
            return ($"blob {method} {target}{(segments.Length > 2 ? "" : " (container)")}", []);
        }

        if (target == "$batch")
        {
            return ($"table {method} $batch", BatchOperations(request));
        }

        var paren = target.IndexOf('(', StringComparison.Ordinal);
        var name = paren < 0 ? target : target[..paren];
        var shape = paren < 0 ? "" : target.EndsWith("()", StringComparison.Ordinal) ? " (query)" : " (point)";
        return ($"table {method} {name}{shape}", []);
    }

    /// <summary>The entity operations of a transaction: each part of the multipart body starts with <c>METHOD url</c>.</summary>
    private static string[] BatchOperations(Request request)
    {
        if (request.Content is null)
        {
            return [];
        }

        using var body = new MemoryStream();
        request.Content.WriteTo(body, CancellationToken.None);
        var text = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        return OperationLine().Matches(text).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").ToArray();
    }

    [GeneratedRegex(@"^(GET|POST|PUT|PATCH|MERGE|DELETE) https?://[^/\s]+/[^/\s]+/([A-Za-z][A-Za-z0-9]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex OperationLine();
}

using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace IngenAMiste.Integration.Tests.Faults;

/// <summary>How an injected storage fault shows itself.</summary>
public enum FaultKind
{
    /// <summary>The service answers 503 Server Busy (what the client throws once its retries are spent).</summary>
    ServiceUnavailable,

    /// <summary>The connection breaks (the client retries, then gives up).</summary>
    ConnectionReset,
}

/// <summary>
/// A pipeline policy for the Table client that fails the requests <see cref="FailWhen"/> picks, as if storage became
/// unavailable at that point. Sees each request once per try (<see cref="HttpPipelinePosition.PerRetry"/>).
/// </summary>
internal sealed class FaultPolicy : HttpPipelinePolicy
{
    private int _requests;
    private int _injected;

    /// <summary>Picks requests to fail: (the request, its 1-based number among all requests seen, its body). Null: healthy.</summary>
    public Func<Request, int, string, bool>? FailWhen { get; set; }

    public FaultKind Kind { get; set; } = FaultKind.ServiceUnavailable;

    public int Requests => Volatile.Read(ref _requests);

    public int Injected => Volatile.Read(ref _injected);

    /// <summary>Adds the policy to <paramref name="options"/> (blob or table), with fast retries so a test does not wait for back-off.</summary>
    public void AddTo(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Inject(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        Inject(message);
        await ProcessNextAsync(message, pipeline);
    }

    private void Inject(HttpMessage message)
    {
        var number = Interlocked.Increment(ref _requests);
        var fail = FailWhen;
        if (fail is null || !fail(message.Request, number, Body(message.Request)))
        {
            return;
        }

        Interlocked.Increment(ref _injected);
        throw Kind switch
        {
            FaultKind.ConnectionReset => new IOException("Injected fault: the connection was reset."),
            _ => new RequestFailedException(503, "Injected fault: the server is busy.", "ServerBusy", null),
        };
    }

    /// <summary>The request body as text (JSON for entities, a multipart body for transactions).</summary>
    public static string Body(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is null)
        {
            return "";
        }

        using var buffer = new MemoryStream();
        request.Content.WriteTo(buffer, CancellationToken.None);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

using Azure.Core;
using Azure.Core.Pipeline;

namespace IngenAMiste.Integration.Tests.Faults;

/// <summary>One point in a client's requests where the client is held until the test lets it go.</summary>
internal sealed class Gate(Func<Request, string, bool> match)
{
    private int _used;

    public Func<Request, string, bool> Match { get; } = match;

    /// <summary>Completes when a request reaches the gate (and waits there).</summary>
    public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Released.TrySetResult();

    /// <summary>Holds the first matching request until <see cref="Release"/>; later ones pass.</summary>
    public async ValueTask PassAsync(Request request, string body)
    {
        if (Volatile.Read(ref _used) == 0 && Match(request, body) && Interlocked.Exchange(ref _used, 1) == 0)
        {
            Reached.TrySetResult();
            await Released.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }
}

/// <summary>Holds requests at <see cref="Gate"/>s, to force one interleaving of two concurrent ingestions.</summary>
internal sealed class GatePolicy : HttpPipelinePolicy
{
    private readonly List<Gate> _gates = [];

    public Gate Add(Func<Request, string, bool> match)
    {
        var gate = new Gate(match);
        _gates.Add(gate);
        return gate;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = FaultPolicy.Body(message.Request);
        foreach (var gate in _gates)
        {
            await gate.PassAsync(message.Request, body);
        }

        await ProcessNextAsync(message, pipeline);
    }
}

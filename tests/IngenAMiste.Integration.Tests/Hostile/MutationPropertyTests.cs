using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IngenAMiste.Functions;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>One way of breaking the sample report's bytes. <see cref="Seed"/> drives the random parts (which bytes, what garbage).</summary>
public sealed record Mutation(string Kind, int Offset, int Length, int Seed)
{
    public static readonly string[] Kinds = ["flip-bytes", "truncate", "duplicate-range", "delete-range", "insert-garbage", "zero-range", "flip-then-truncate"];

    public byte[] Apply(byte[] original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var random = new Random(Seed);
        var offset = Math.Clamp(Offset, 0, original.Length);
        var length = Math.Clamp(Length, 1, original.Length - offset + 1);
        switch (Kind)
        {
            case "flip-bytes":
            {
                var bytes = (byte[])original.Clone();
                for (var i = 0; i < length % 64 + 1; i++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            }
            case "truncate":
                return original[..offset];
            case "duplicate-range":
            {
                var range = original.AsSpan(offset, Math.Min(length, original.Length - offset));
                var at = random.Next(original.Length + 1);
                return [.. original.AsSpan(0, at), .. range, .. original.AsSpan(at)];
            }
            case "delete-range":
                return [.. original.AsSpan(0, offset), .. original.AsSpan(Math.Min(original.Length, offset + length))];
            case "insert-garbage":
            {
                var garbage = new byte[length];
                random.NextBytes(garbage);
                return [.. original.AsSpan(0, offset), .. garbage, .. original.AsSpan(offset)];
            }
            case "zero-range":
            {
                var bytes = (byte[])original.Clone();
                bytes.AsSpan(offset, Math.Min(length, bytes.Length - offset)).Clear();
                return bytes;
            }
            case "flip-then-truncate":
                return new Mutation("truncate", Math.Max(offset, original.Length / 2), 0, Seed).Apply(new Mutation("flip-bytes", 0, length, Seed).Apply(original));
            default:
                throw new ArgumentOutOfRangeException(nameof(original), Kind, "unknown mutation");
        }
    }
}

/// <summary>Mutations of the sample: any kind, anywhere in its 195 888 bytes, ranges up to 64 KiB.</summary>
public static class Mutations
{
    public static Arbitrary<Mutation> OfTheSample() => Arb.From(
        from kind in Gen.Elements(Mutation.Kinds)
        from offset in Gen.Choose(0, 195_888)
        from length in Gen.Frequency((3, Gen.Choose(1, 64)), (2, Gen.Choose(65, 4096)), (1, Gen.Choose(4097, 65_536)))
        from seed in Gen.Choose(0, int.MaxValue)
        select new Mutation(kind, offset, length, seed));
}

/// <summary>
/// Randomly broken versions of the sample report, through the blob-triggered function: every case must end in a recorded
/// outcome (Succeeded, or Rejected with one of the known reasons), never an exception that would make the runtime retry,
/// within the time limit, with the blob untouched. 40 cases from a fixed seed (printed; paste it into Replay to rerun).
/// </summary>
[Collection(SharedAzurite.Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the app through IAsyncLifetime.DisposeAsync.")]
public sealed class MutationPropertyTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    public const string Replay = "(20260611,1013904223)";
    private const int Cases = 40;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private static readonly HashSet<string> RejectionCodes = ["Empty", "NotPdf", "Damaged", "PasswordProtected", "NoTextLayer", "TooManyPages", "TimedOut"];
    private static readonly byte[] Sample = HostileInputs.Sample2020;

    private TestApp? _app;
    private int _case;

    public Task InitializeAsync()
    {
        _app = new TestApp(azurite, new Dictionary<string, string?> { ["Ingest:Timeout"] = "00:00:30" });
        output.WriteLine($"FsCheck replay {Replay}, {Cases} cases");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = new[] { typeof(Mutations) })]
    public bool Every_mutation_of_the_report_ends_in_a_recorded_outcome_within_the_limit(Mutation mutation) =>
        // Run off the test's synchronisation context: FsCheck waits for each case synchronously.
        Task.Run(() => CheckAsync(mutation)).GetAwaiter().GetResult();

    private async Task<bool> CheckAsync(Mutation mutation)
    {
        var app = _app ?? throw new InvalidOperationException("not initialised");
        var number = Interlocked.Increment(ref _case);
        var bytes = mutation.Apply(Sample);
        var blob = await app.UploadAsync($"mutant-{number:D3}.pdf", bytes);
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;

        var watch = Stopwatch.StartNew();
        var result = await app.Function<IngestReport>().Run(blob, CancellationToken.None); // an exception fails the property
        watch.Stop();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{number,2}. {mutation.Kind} @{mutation.Offset} len {mutation.Length} seed {mutation.Seed} ({bytes.Length} bytes): {result.Outcome} {result.ReasonCode} ({result.MeasureCount} measures) in {watch.ElapsedMilliseconds} ms"));

        var known = result.Outcome switch
        {
            IngestionOutcomes.Succeeded => result.ReasonCode is "Stored" or "Duplicate",
            IngestionOutcomes.Rejected => result.ReasonCode is not null && RejectionCodes.Contains(result.ReasonCode),
            _ => false,
        };
        var rows = await TestApp.AllAsync<IngestionRow>(app.Tables.Ingestions, TableKeys.Escape(blob.Name));
        var recorded = rows.Count == 1 && rows[0].Outcome == result.Outcome && rows[0].ReasonCode == result.ReasonCode
            && !string.IsNullOrWhiteSpace(rows[0].ReasonNorwegian);
        var untouched = (await blob.GetPropertiesAsync()).Value.ETag == etag;
        var inTime = watch.Elapsed < Limit + TimeSpan.FromSeconds(15);
        return known && recorded && untouched && inTime;
    }
}

using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>
/// Files built to break the reader: nesting, loops, lies about lengths and decompression bombs. Several of them made PdfPig 0.1.16 recurse
/// until the stack overflowed, which kills the process (it cannot be caught): without the structure guard
/// (<c>PdfStructureGuard</c>) this test run itself would die. Each must end rejected as damaged, with a reason, quickly.
/// Bounds per upload: 30 s, 1 GiB allocated, working set +512 MiB.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class StructuralAttackTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly TimeSpan Time = TimeSpan.FromSeconds(30);
    private const long AllocatedMiB = 1024;
    private const long WorkingSetMiB = 512;

    public static TheoryData<string, string> Attacks => new()
    {
        // name, a phrase the English reason must contain (which check caught it)
        { "nested-arrays", "nesting depth" },
        { "nested-dictionaries", "nesting depth" },
        { "reference-loop", "loops" },
        { "name-tree-loop", "loops" },
        { "function-loop", "loops" },
        { "deep-forms", "nested 20002 levels" },
        { "deep-page-tree", "nested 20000 levels" },
        { "huge-stream-length", "could be read" }, // and no endstream to find the true end by
        { "decompression-bomb", "decompression bomb" },
        { "double-compressed-bomb", "decompression bomb" },
    };

    private static byte[] Build(string name) => name switch
    {
        "nested-arrays" => HostileInputs.DeepNesting(),
        "nested-dictionaries" => HostileInputs.DeepDictionaries(),
        "reference-loop" => HostileInputs.ReferenceLoop(),
        "name-tree-loop" => HostileInputs.NameTreeLoop(),
        "function-loop" => HostileInputs.FunctionLoop(),
        "deep-forms" => HostileInputs.DeepForms(),
        "deep-page-tree" => HostileInputs.DeepPageTree(),
        "huge-stream-length" => HostileInputs.HugeLength(),
        "decompression-bomb" => HostileInputs.DecompressionBomb(),
        "double-compressed-bomb" => HostileInputs.DecompressionBomb(layers: 2),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_hostile_structure_is_rejected_as_damaged_without_crashing_or_hanging(string attack, string because)
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, attack + ".pdf", Build(attack), output);

        BadUploadTests.AssertRejected(probe, "Damaged", BadUploadTests.NorwegianDamaged);
        Assert.Contains(because, probe.Row.Reason, StringComparison.Ordinal);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await BadUploadTests.AssertNoReportRowsAsync(app);
    }

    [Fact]
    public void The_minimal_document_the_attacks_start_from_is_itself_readable()
    {
        // So that each attack is rejected for its one defect, not for a broken base.
        using var document = UglyToad.PdfPig.PdfDocument.Open(MinimalPdf.OnePage().ToBytes());
        Assert.Contains("Referat fra et m\u00f8te", document.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cross_reference_chain_that_loops_ends_and_the_report_is_read_in_full()
    {
        // The trailer's /Prev points at its own table, and an update section's /Prev back at it. The reader must stop
        // following the chain; everything else in the file is intact, so the report is read as usual.
        await using var app = new TestApp(azurite);
        var looped = HostileInputs.CrossReferenceLoop(HostileInputs.Sample2020);
        var probe = await IngestionProbe.RunAsync(app, "xref-loop.pdf", looped, output);

        Assert.Equal(IngestionOutcomes.Succeeded, probe.Result.Outcome);
        Assert.Equal(61, probe.Result.MeasureCount);
        probe.AssertWithin(Time, AllocatedMiB * 2, WorkingSetMiB);
        Assert.Equal(61, (await TestApp.AllAsync<MeasureRow>(app.Tables.Measures)).Count);
    }

    [Fact]
    public async Task A_huge_declared_stream_length_is_not_believed_and_the_report_is_read_in_full()
    {
        // /Length 999999999999 on the report's first content stream, endstream where it really ends: nothing of that size is
        // allocated (the allocation bound), the true end is found, and the report is read as usual.
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "lengde.pdf", HostileInputs.HugeLengthIn(HostileInputs.Sample2020), output);

        Assert.Equal(IngestionOutcomes.Succeeded, probe.Result.Outcome);
        Assert.Equal(61, probe.Result.MeasureCount);
        probe.AssertWithin(Time, AllocatedMiB * 2, WorkingSetMiB);
    }
}

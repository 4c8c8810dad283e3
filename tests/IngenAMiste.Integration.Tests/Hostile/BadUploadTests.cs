using System.Text.Json;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Hostile;

/// <summary>
/// Files people really upload by mistake. Each ends in an <c>Ingestions</c> row with a reason a non-technical person can
/// act on (asserted word for word in Norwegian), the blob untouched, and the function returning normally (no retry).
/// Bounds per upload: 30 s, 1 GiB allocated, working set +512 MiB, unless stated.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class BadUploadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    internal const string NorwegianEmpty = "Filen er tom (0 byte). Last opp rapporten på nytt.";
    internal const string NorwegianNotPdf = "Filen er ikke en PDF (den kan være et annet format med endelsen .pdf). Lagre eller eksporter rapporten som PDF og last opp den.";
    internal const string NorwegianDamaged = "PDF-filen er skadet eller ufullstendig og kan ikke leses. Last opp en hel kopi av rapporten.";
    internal const string NorwegianPassword = "Filen er passordbeskyttet – last opp en versjon uten passord.";

    private static readonly TimeSpan Time = TimeSpan.FromSeconds(30);
    private const long AllocatedMiB = 1024;
    private const long WorkingSetMiB = 512;

    [Fact]
    public async Task Zero_bytes_are_rejected_as_empty()
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "tom.pdf", [], output);
        AssertRejected(probe, "Empty", NorwegianEmpty);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task A_header_alone_is_rejected_as_damaged()
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "bare-hode.pdf", HostileInputs.HeaderOnly, output);
        AssertRejected(probe, "Damaged", NorwegianDamaged);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task The_first_30_percent_of_the_report_is_rejected_as_damaged()
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "avkuttet.pdf", HostileInputs.Truncated(HostileInputs.Sample2020, 0.3), output);
        AssertRejected(probe, "Damaged", NorwegianDamaged);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task Random_bytes_are_rejected_as_not_a_pdf()
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "tilfeldig.pdf", HostileInputs.RandomBytes(200_000, seed: 6), output);
        AssertRejected(probe, "NotPdf", NorwegianNotPdf);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task A_png_named_pdf_is_rejected_as_not_a_pdf()
    {
        await using var app = new TestApp(azurite);
        var png = HostileInputs.Png();
        Assert.Equal("PNG"u8.ToArray(), png[1..4]);
        var probe = await IngestionProbe.RunAsync(app, "bilde.pdf", png, output);
        AssertRejected(probe, "NotPdf", NorwegianNotPdf);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task A_word_document_named_pdf_is_rejected_as_not_a_pdf()
    {
        await using var app = new TestApp(azurite);
        var docx = HostileInputs.Docx();
        Assert.Equal("PK"u8.ToArray(), docx[..2]);
        var probe = await IngestionProbe.RunAsync(app, "rapport.docx.pdf", docx, output);
        AssertRejected(probe, "NotPdf", NorwegianNotPdf);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task A_report_that_needs_a_password_to_open_is_rejected_as_password_protected()
    {
        await using var app = new TestApp(azurite);
        var encrypted = PdfEncryption.Encrypt(HostileInputs.Sample2020, userPassword: "hemmelig", ownerPassword: "eier");

        // The file is a real encrypted PDF: it opens with the password, and only with it.
        Assert.Throws<PdfDocumentEncryptedException>(() => PdfDocument.Open(encrypted).Dispose());
        using (var opened = PdfDocument.Open(encrypted, new ParsingOptions { Password = "hemmelig" }))
        {
            Assert.Equal(16, opened.NumberOfPages);
            Assert.Contains("Tiltak", opened.GetPage(3).Text, StringComparison.Ordinal);
        }

        var probe = await IngestionProbe.RunAsync(app, "passord.pdf", encrypted, output);
        AssertRejected(probe, "PasswordProtected", NorwegianPassword);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task A_report_with_only_an_owner_password_is_read_as_usual()
    {
        await using var app = new TestApp(azurite);
        var encrypted = PdfEncryption.Encrypt(HostileInputs.Sample2020, userPassword: "", ownerPassword: "eier");
        using (var opened = PdfDocument.Open(encrypted))
        {
            Assert.True(opened.IsEncrypted);
        }

        var probe = await IngestionProbe.RunAsync(app, "eierpassord.pdf", encrypted, output);

        Assert.Equal(IngestionOutcomes.Succeeded, probe.Result.Outcome);
        Assert.Equal("Stored", probe.Row.ReasonCode);
        Assert.Equal(61, probe.Result.MeasureCount);
        probe.AssertWithin(Time, AllocatedMiB * 2, WorkingSetMiB);
        var report = Assert.Single(await TestApp.AllAsync<ReportRow>(app.Tables.Reports));
        Assert.Equal((ReportStates.Complete, "annual_report", "2020-2021", 16), (report.State, report.Kind, report.ReportPeriod, report.PageCount));
        Assert.Equal(61, (await TestApp.AllAsync<MeasureRow>(app.Tables.Measures)).Count);
        Assert.Equal(61, (await TestApp.AllAsync<CurrentStatusRow>(app.Tables.Progress, CurrentStatusRow.Partition)).Count);
    }

    [Fact]
    public async Task Scanned_pages_without_a_text_layer_are_rejected_with_the_page_count()
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "skannet.pdf", HostileInputs.ImageOnly(pages: 3), output);
        AssertRejected(probe, "NoTextLayer",
            "Filen har ikke noe tekstlag: alle sidene (3) er bilder (skannet). Last opp original-PDF-en fra utgiveren, eller kjør tekstgjenkjenning (OCR) først.");
        Assert.Equal(3, probe.Row.PageCount);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);
        await AssertNoReportRowsAsync(app);
    }

    [Fact]
    public async Task A_readable_pdf_that_is_not_a_report_is_stored_as_other_with_a_warning_and_no_measures()
    {
        await using var app = new TestApp(azurite);
        var probe = await IngestionProbe.RunAsync(app, "referat.pdf", HostileInputs.NoStructure(), output);

        Assert.Equal(IngestionOutcomes.Succeeded, probe.Result.Outcome);
        Assert.Equal("Stored", probe.Row.ReasonCode);
        Assert.Equal(0, probe.Result.MeasureCount);
        probe.AssertWithin(Time, AllocatedMiB, WorkingSetMiB);

        var report = Assert.Single(await TestApp.AllAsync<ReportRow>(app.Tables.Reports));
        Assert.Equal(ReportStates.Complete, report.State);
        Assert.Equal("other", report.Kind);
        Assert.Equal(0, report.MeasureCount);
        Assert.Equal(0, report.GoalCount);
        Assert.Equal(2, report.PageCount);
        var warnings = JsonDocument.Parse(report.WarningsJson).RootElement.EnumerateArray().Select(w => w.ToString()).ToList();
        Assert.NotEmpty(warnings);
        Assert.Equal(warnings.Count, report.WarningCount);
        Assert.Equal($"Lagret med 0 tiltak og {warnings.Count} advarsler.", probe.Row.ReasonNorwegian);
        warnings.ForEach(w => output.WriteLine("  warning: " + w));

        // Nothing invented: no measure rows, no history, no current status, no period.
        Assert.Empty(await TestApp.AllAsync<MeasureRow>(app.Tables.Measures));
        Assert.Empty(await TestApp.AllAsync<MeasureHistoryRow>(app.Tables.MeasureHistory));
        Assert.Empty(await TestApp.AllAsync<CurrentStatusRow>(app.Tables.Progress));
    }

    [Fact]
    public async Task The_report_concatenated_40_times_is_stored_once_with_warnings_within_bounds()
    {
        // 640 pages. Bounds: 240 s (the time limit is raised to 5 minutes so the bound, not the limit, is tested),
        // 12 GiB allocated over the whole call, working set +1.5 GiB.
        await using var app = new TestApp(azurite, new Dictionary<string, string?> { ["Ingest:Timeout"] = "00:05:00" });
        var sample = HostileInputs.Sample2020;
        var concatenated = HostileInputs.Concatenated(sample, 40);
        using (var merged = PdfDocument.Open(concatenated))
        {
            Assert.Equal(640, merged.NumberOfPages);
        }

        var probe = await IngestionProbe.RunAsync(app, "40-ganger.pdf", concatenated, output);

        Assert.Equal(IngestionOutcomes.Succeeded, probe.Result.Outcome);
        probe.AssertWithin(TimeSpan.FromSeconds(240), 12 * 1024, 1536);
        var report = Assert.Single(await TestApp.AllAsync<ReportRow>(app.Tables.Reports));
        Assert.Equal((ReportStates.Complete, 640, 61), (report.State, report.PageCount, report.MeasureCount));
        Assert.True(report.WarningCount > 0, "the repeated measures must be reported");
        output.WriteLine($"  {report.WarningCount} warnings, e.g. {JsonDocument.Parse(report.WarningsJson).RootElement[0]}");
        Assert.Equal(640, probe.Row.PageCount);

        // No duplicated rows: one measure row per measure, one history row per measure and period, one current row per measure.
        var measures = await TestApp.AllAsync<MeasureRow>(app.Tables.Measures);
        Assert.Equal(Enumerable.Range(1, 61), measures.Select(m => m.Number).Order());
        Assert.All(measures, m => Assert.Equal(report.RowKey, m.PartitionKey));
        Assert.Equal(61, (await TestApp.AllAsync<MeasureHistoryRow>(app.Tables.MeasureHistory)).Count);
        Assert.Equal(61, (await TestApp.AllAsync<CurrentStatusRow>(app.Tables.Progress, CurrentStatusRow.Partition)).Count);
        Assert.Single(await TestApp.AllAsync<PeriodSummaryRow>(app.Tables.Progress, PeriodSummaryRow.Partition));
    }

    internal static void AssertRejected(Probe probe, string code, string norwegian)
    {
        Assert.Equal(IngestionOutcomes.Rejected, probe.Result.Outcome);
        Assert.Equal(code, probe.Result.ReasonCode);
        Assert.Equal(IngestionOutcomes.Rejected, probe.Row.Outcome);
        Assert.Equal(code, probe.Row.ReasonCode);
        Assert.Equal(norwegian, probe.Row.ReasonNorwegian);
        Assert.Equal(1, probe.Row.Attempts);
    }

    internal static async Task AssertNoReportRowsAsync(TestApp app)
    {
        Assert.Empty(await TestApp.AllAsync<ReportRow>(app.Tables.Reports));
        Assert.Empty(await TestApp.AllAsync<MeasureRow>(app.Tables.Measures));
        Assert.Empty(await TestApp.AllAsync<MeasureHistoryRow>(app.Tables.MeasureHistory));
        Assert.Empty(await TestApp.AllAsync<CurrentStatusRow>(app.Tables.Progress));
    }
}

using System.Text.RegularExpressions;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Progress;
using IngenAMiste.Storage.Tables;
using IngenAMiste.Summary;
using IngenAMiste.Summary.Model;
using IngenAMiste.Summary.Rendering;
using Xunit.Abstractions;

namespace IngenAMiste.Integration.Tests.Summary;

/// <summary>
/// The summary over the real reports: the annual report 2020–2021 (the CLI's sample), then 2021–2022 (the rendered
/// variation, in which 18 measures change status and a narrative holds <c>&lt;script&gt;</c>), both ingested by the
/// blob-triggered function with the real parser, one summary after each.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed partial class SummaryReportPeriodsTests(AzuriteFixture azurite, Smtp4devFixture smtp, ITestOutputHelper output) : IClassFixture<Smtp4devFixture>
{
    /// <summary>The rendered variation (tests/IngenAMiste.Reports.Tests/Variations), shipped with the CLI as a sample too.</summary>
    private static string Report2021 => TestFiles.Sample("arsrapport-2021-2022.pdf");

    [Fact]
    public async Task After_two_report_periods_the_summary_lists_exactly_the_measures_whose_status_changed()
    {
        var week2 = SummaryTestApp.Week2;
        var clock = new ManualClock(week2.AddDays(-1));
        await using var app = new SummaryTestApp(azurite, smtp, clock);

        var first = await app.UploadAndIngestAsync("arsrapport-2020-2021.pdf", await File.ReadAllBytesAsync(TestFiles.AnnualReport2020));
        Assert.Equal(IngestionOutcomes.Succeeded, first.Outcome);
        clock.Set(week2.AddMilliseconds(200));
        Assert.Equal(SummaryRunOutcome.Sent, (await app.FireTimerAsync()).Outcome);

        var current2020 = await TestApp.AllAsync<CurrentStatusRow>(app.Tables.Progress, CurrentStatusRow.Partition);
        Assert.Equal(61, current2020.Count);
        var counts2020 = StatusCounts.Of(current2020.Select(m => m.Status));
        var firstMail = Assert.Single(await smtp.WaitForMessagesToAsync(app.Recipient, 1));
        Assert.Equal($"Ingen å miste – status 6. januar 2025 (uke 2): {counts2020.Completed} av 61 tiltak fullført, første oversikt", firstMail.Subject);

        clock.Set(week2.AddDays(3));
        var second = await app.UploadAndIngestAsync("arsrapport-2021-2022.pdf", await File.ReadAllBytesAsync(Report2021));
        Assert.Equal(IngestionOutcomes.Succeeded, second.Outcome);
        clock.Set(week2.AddDays(7).AddMilliseconds(200));
        var run = await app.FireTimerAsync();

        // What changed, read from the measures' timelines the ingestion wrote (MeasureHistory: one row per report period).
        var history = await TestApp.AllAsync<MeasureHistoryRow>(app.Tables.MeasureHistory);
        var before = history.Where(h => h.RowKey == "2020-2021").ToDictionary(h => h.Number, h => h.Status);
        var after = history.Where(h => h.RowKey == "2021-2022").ToDictionary(h => h.Number, h => h.Status);
        Assert.Equal(61, before.Count);
        Assert.Equal(61, after.Count);
        var expected = after.Where(a => before[a.Key] != a.Value).OrderBy(a => a.Key)
            .Select(a => $"- Tiltak {a.Key} (mål {history.First(h => h.Number == a.Key).Goal}): {NorwegianText.Status(before[a.Key])} -> {NorwegianText.Status(a.Value)}")
            .ToArray();
        Assert.NotEmpty(expected);
        var counts = StatusCounts.Of(after.Values);

        Assert.Equal((SummaryRunOutcome.Sent, expected.Length), (run.Outcome, run.Changes));
        var mails = await smtp.WaitForMessagesToAsync(app.Recipient, 2);
        Assert.Equal(2, mails.Count);
        var mail = mails[^1];
        Assert.Equal($"Ingen å miste – status 13. januar 2025 (uke 3): {counts.Completed} av 61 tiltak fullført, {expected.Length} endret status", mail.Subject);
        var text = await smtp.PlainTextAsync(mail.Id);
        output.WriteLine(mail.Subject);
        output.WriteLine(string.Join("\n", expected));
        Assert.Equal(expected, ChangeLines().Matches(text).Select(m => m.Value.TrimEnd()));
        Assert.Matches($@"Fullført\s+{counts.Completed}  \({Regex.Escape(NorwegianText.Delta(counts.Completed - counts2020.Completed))} siden sist\)", text);
        Assert.Matches($@"Ikke påbegynt\s+{counts.NotStarted}  \({Regex.Escape(NorwegianText.Delta(counts.NotStarted - counts2020.NotStarted))} siden sist\)", text);
        Assert.Contains("RAPPORTER LEST INN SIDEN FORRIGE OVERSIKT (1)", text, StringComparison.Ordinal);
        Assert.Contains("periode 2021-2022 · per 2022-09-10 · 61 tiltak", text, StringComparison.Ordinal);

        // Each changed measure's evidence is the phrase the parser kept for its new status.
        var html = await smtp.HtmlAsync(mail.Id);
        foreach (var change in after.Where(a => before[a.Key] != a.Value))
        {
            var evidence = history.Single(h => h.Number == change.Key && h.RowKey == "2021-2022").StatusEvidence;
            if (!string.IsNullOrWhiteSpace(evidence) && evidence.Length < 200)
            {
                Assert.Contains(SummaryRenderer.E(evidence), html, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^- Tiltak \d+ \(mål \d+\): .*$", RegexOptions.Multiline)]
    private static partial Regex ChangeLines();
}

using System.Security.Cryptography;
using System.Text;
using IngenAMiste.Browser.Tests.Infrastructure;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IngenAMiste.Browser.Tests;

/// <summary>
/// Issue #6, in the browser: text from reports that looks like markup stays text on the dashboard. The data comes
/// in through the real code paths (the CLI's ingestion, <see cref="ReportStore.SaveAsync"/>, a rejected upload),
/// is served by <c>ingen serve</c>'s host and rendered by headless Chromium.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardXssTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Script = "<script>alert('x')</script>";
    private const string Img = "<img src=x onerror=alert(1)>";
    private const string Svg = "<svg onload=alert(1)>";
    private const string UploadName = "<img src=x onerror=alert(3)>.pdf";

    [Fact]
    public async Task Markup_in_report_text_is_shown_as_text_and_never_runs()
    {
        await using var app = await ServedApp.StartAsync(browser.Azurite);

        // The synthetic report whose measure 7 narrative has «<script>alert(1)</script>» and «<img src=x onerror=alert(2)>».
        var ingested = await IngestCommand.IngestFilesAsync(app.Services, [new FileInfo(TestFiles.Sample("arsrapport-2021-2022.pdf"))], CancellationToken.None);
        Assert.Equal("Succeeded", Assert.Single(ingested).Outcome);

        // A later period, built by hand, with markup in every text field the dashboard shows, stored as ingestion stores a parse.
        var report = HostileReport();
        var json = Encoding.UTF8.GetBytes(ReportJson.Serialize(report));
        await app.Services.Get<ReportStore>().SaveAsync(Convert.ToHexStringLower(SHA256.HashData(json)), report, "xss/hostile.pdf", json.Length, DateTimeOffset.UtcNow);

        // An upload named like markup that is rejected, so it is listed under «Opplastinger som trenger oppfølging».
        var notPdf = Path.Combine(Path.GetTempPath(), $"ingen-xss-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(notPdf, "Dette er ikke en PDF.");
        try
        {
            var blob = await app.Services.Get<ReportUploader>().UploadAsync(new FileInfo(notPdf), UploadName);
            var rejected = await app.Services.Get<IngestionService>().IngestAsync(blob);
            Assert.Equal(IngestionOutcomes.Rejected, rejected.Outcome);
            Assert.Equal(UploadName, rejected.BlobName);
        }
        finally
        {
            File.Delete(notPdf);
        }

        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await watched.OpenDashboardAsync(app.Client.BaseAddress!);
        foreach (var summary in await page.Locator("#measure-rows details summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        // Give anything injected (an onerror after a failed image load, an onload) the time to fire.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(500);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard-xss.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");

        Assert.True(watched.Dialogs.IsEmpty, "Dialogs opened: " + string.Join("; ", watched.Dialogs));
        Assert.Empty(await watched.RecordedDialogCallsAsync());
        watched.AssertNoErrors();

        // No element came from the data: the table holds none, and the page only its own script.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('#measure-rows img, #measure-rows svg, #measure-rows script').length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img, svg, iframe, object, embed').length"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('[onerror], [onload]').length"));

        // The markup is there as text, where a reader sees it.
        var rows = await page.Locator("#measure-rows").TextContentAsync() ?? "";
        Assert.Contains("<script>", rows, StringComparison.Ordinal);
        foreach (var text in new[] { Script, Img, Svg })
        {
            Assert.Contains(text, rows, StringComparison.Ordinal);
        }

        var visibleRow = await page.Locator("#measure-rows tr[data-measure='1']").InnerTextAsync();
        Assert.Contains("Regjeringen vil " + Script, visibleRow, StringComparison.Ordinal);
        Assert.Contains("«Fullført med " + Img + "»", visibleRow, StringComparison.Ordinal);
        Assert.Contains(Svg, visibleRow, StringComparison.Ordinal);
        Assert.Contains(Script, await page.Locator("#as-of").InnerTextAsync(), StringComparison.Ordinal);
        var goalLabels = await page.Locator("#goal-bars .bar-label").AllTextContentsAsync();
        Assert.Contains(goalLabels, l => l.Contains(Img, StringComparison.Ordinal));
        Assert.Contains(goalLabels, l => l.Contains(Svg, StringComparison.Ordinal));
        Assert.Contains(Svg, await page.Locator("#f-ministry").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains(UploadName, await page.Locator("#uploads").InnerTextAsync(), StringComparison.Ordinal);

        // Filtering re-renders the rows from the same data: still text.
        await page.FillAsync("#f-text", "<svg");
        Assert.Equal(["2", "3"], await page.Locator("#measure-rows tr[data-measure]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.measure)"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('#measure-rows img, #measure-rows svg, #measure-rows script').length"));
        Assert.True(watched.Dialogs.IsEmpty, "Dialogs opened: " + string.Join("; ", watched.Dialogs));
    }

    /// <summary>Period 2022-2023 (newer than the samples), so its title, goal titles and measures are the ones shown.</summary>
    private static ParsedReport HostileReport() => new()
    {
        Document = new DocumentInfo
        {
            Kind = DocumentKinds.AnnualReport,
            Title = "Årsrapport " + Script,
            PlanPeriod = "2020-2025",
            ReportPeriod = "2022-2023",
            AsOf = new DateOnly(2023, 9, 1),
            MeasureCountStated = 61,
            GoalCount = 6,
            PageCount = 1,
        },
        Goals =
        [
            new Goal(1, "Systematikk " + Img),
            new Goal(2, Svg + " trygg kommunikasjon"),
            new Goal(3, "Begrenset tilgang " + Script),
            new Goal(4, "God hjelp"),
            new Goal(5, "Oppfølging"),
            new Goal(6, "Kunnskap"),
        ],
        Measures =
        [
            new Measure
            {
                Number = 1, Goal = 1, Commitment = "Regjeringen vil " + Script, Ministries = ["HOD"], Status = MeasureStatus.Completed,
                StatusEvidence = "Fullført med " + Img, Funding = [new Funding(1_000_000, 2023, "Bevilget " + Svg)],
                Narrative = Script + "\n" + Img + "\n" + Svg, Page = 1,
            },
            new Measure
            {
                Number = 2, Goal = 1, Commitment = Svg + " Regjeringen vil " + Img, Ministries = ["HOD", Svg], Status = MeasureStatus.InProgress,
                StatusEvidence = Script, Page = 1,
            },
            new Measure
            {
                Number = 3, Goal = 2, Commitment = "Regjeringen vil " + Img + " og " + Svg, Ministries = ["KD"], Status = MeasureStatus.Planned,
                StatusEvidence = Svg, Page = 1,
            },
        ],
    };
}

using System.Globalization;
using System.Text.Json;
using IngenAMiste.Browser.Tests.Infrastructure;
using IngenAMiste.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IngenAMiste.Browser.Tests;

/// <summary>
/// The dashboard in headless Chromium over <c>ingen serve</c>'s host with both sample annual reports ingested:
/// it must render what the API says (the API itself is tested in the integration tests).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Cards_and_goal_bars_show_the_counts_the_api_gives()
    {
        var app = await browser.SamplesAsync();
        var progress = await app.GetJsonAsync("api/progress");
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await watched.OpenDashboardAsync(app.Client.BaseAddress!);

        var counts = progress.GetProperty("counts");
        foreach (var (code, key) in Api.Statuses)
        {
            var card = page.Locator($"#cards .card[data-status={code}]");
            Assert.Equal(1, await card.CountAsync());
            Assert.True(await card.IsVisibleAsync(), $"card {code} is not visible");
            Assert.Equal(Text(counts.GetProperty(key).GetInt32()), (await card.Locator("b").InnerTextAsync()).Trim());
        }

        var goals = progress.GetProperty("goals").EnumerateArray().ToArray();
        Assert.Equal(6, goals.Length);
        var rows = await page.Locator("#goal-bars .bar-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.goal)");
        Assert.Equal(goals.Select(g => Text(g.GetProperty("goal").GetInt32())), rows);
        foreach (var goal in goals)
        {
            var number = goal.GetProperty("goal").GetInt32();
            var row = page.Locator($"#goal-bars .bar-row[data-goal='{number}']");
            Assert.StartsWith($"Mål {number}", await row.Locator(".bar-label").InnerTextAsync(), StringComparison.Ordinal);
            await AssertBarAsync(row, goal.GetProperty("counts"), $"goal {number}");
        }

        watched.AssertNoErrors();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is suspiciously small");
    }

    [Fact]
    public async Task Period_chart_has_both_report_periods_with_their_counts()
    {
        var app = await browser.SamplesAsync();
        var progress = await app.GetJsonAsync("api/progress");
        await using var watched = await browser.NewPageAsync();
        await watched.OpenDashboardAsync(app.Client.BaseAddress!);

        var periods = progress.GetProperty("periods").EnumerateArray().ToArray();
        var shown = await watched.Page.Locator("#period-bars .bar-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.period)");
        Assert.Equal(["2020-2021", "2021-2022"], shown);
        Assert.Equal(periods.Select(p => p.GetProperty("period").GetString()), shown);
        foreach (var period in periods)
        {
            var name = period.GetProperty("period").GetString()!;
            var row = watched.Page.Locator($"#period-bars .bar-row[data-period='{name}']");
            Assert.StartsWith(name, await row.Locator(".bar-label").InnerTextAsync(), StringComparison.Ordinal);
            await AssertBarAsync(row, period.GetProperty("counts"), $"period {name}");
        }
    }

    [Fact]
    public async Task Filters_show_the_measures_the_api_lists()
    {
        var app = await browser.SamplesAsync();
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await watched.OpenDashboardAsync(app.Client.BaseAddress!);
        var all = await app.MeasuresAsync();
        Assert.Equal(61, all.Length);
        await AssertRowsAsync(page, all, all.Length);

        await page.SelectOptionAsync("#f-status", "completed");
        var completed = await app.MeasuresAsync("?status=completed");
        Assert.NotEmpty(completed);
        await AssertRowsAsync(page, completed, all.Length);

        await page.SelectOptionAsync("#f-goal", "4");
        var completedGoal4 = await app.MeasuresAsync("?status=completed&goal=4");
        Assert.NotEmpty(completedGoal4);
        Assert.True(completedGoal4.Length < completed.Length);
        await AssertRowsAsync(page, completedGoal4, all.Length);

        // A word of the last listed commitment, typed in capitals: the search ignores case, as the API's does.
        var word = completedGoal4[^1].GetProperty("commitment").GetString()!
            .Split([' ', ',', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 8).Last();
        await page.FillAsync("#f-text", word.ToUpperInvariant());
        var searched = await app.MeasuresAsync("?status=completed&goal=4&q=" + Uri.EscapeDataString(word));
        Assert.NotEmpty(searched);
        await AssertRowsAsync(page, searched, all.Length);

        // Clearing status and text leaves the goal filter alone.
        await page.SelectOptionAsync("#f-status", "");
        await page.FillAsync("#f-text", "");
        await AssertRowsAsync(page, await app.MeasuresAsync("?goal=4"), all.Length);

        watched.AssertNoErrors();
    }

    [Fact]
    public async Task Expanding_a_row_shows_its_status_evidence()
    {
        var app = await browser.SamplesAsync();
        await using var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await watched.OpenDashboardAsync(app.Client.BaseAddress!);
        var measure = (await app.MeasuresAsync()).First(m => m.GetProperty("statusEvidence").ValueKind == JsonValueKind.String);
        var number = measure.GetProperty("number").GetInt32();
        var evidence = measure.GetProperty("statusEvidence").GetString()!;

        var row = page.Locator($"#measure-rows tr[data-measure='{number}']");
        var shownEvidence = row.Locator("details .evidence");
        Assert.False(await shownEvidence.IsVisibleAsync(), "the evidence shows before the row is expanded");
        await row.Locator("details summary").ClickAsync();

        Assert.True(await row.Locator("details").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await shownEvidence.IsVisibleAsync(), "the evidence does not show after expanding the row");
        Assert.Contains(evidence, await shownEvidence.InnerTextAsync(), StringComparison.Ordinal);
        var source = $"Rapport {measure.GetProperty("reportPeriod").GetString()}, side {measure.GetProperty("page").GetInt32()}";
        Assert.Contains(source, await row.Locator("details").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_fits_a_phone_screen_without_sideways_scrolling()
    {
        var app = await browser.SamplesAsync();
        await using var watched = await browser.NewPageAsync(width: 390, height: 844);
        var page = watched.Page;
        await watched.OpenDashboardAsync(app.Client.BaseAddress!);
        await page.Locator("#measure-rows tr[data-measure='3'] details summary").ClickAsync();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard-phone.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"the page is {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide on a 390 px screen");
        foreach (var goal in Enumerable.Range(1, 6))
        {
            var segments = await page.Locator($"#goal-bars .bar-row[data-goal='{goal}'] .seg").AllAsync();
            foreach (var segment in segments)
            {
                Assert.True(await segment.IsVisibleAsync());
            }
        }
    }

    /// <summary>One visible segment per status with measures, carrying the API's count as data and as text, sized by its share.</summary>
    private static async Task AssertBarAsync(ILocator row, JsonElement counts, string what)
    {
        var total = Api.Statuses.Sum(s => counts.GetProperty(s.CountKey).GetInt32());
        Assert.Equal(Text(total), (await row.Locator(":scope > .muted").InnerTextAsync()).Trim());
        var track = await row.Locator(".bar").BoundingBoxAsync();
        Assert.NotNull(track);
        foreach (var (code, key) in Api.Statuses)
        {
            var n = counts.GetProperty(key).GetInt32();
            var segment = row.Locator($".seg[data-status={code}]");
            if (n == 0)
            {
                Assert.Equal(0, await segment.CountAsync());
                continue;
            }

            Assert.Equal(1, await segment.CountAsync());
            Assert.Equal(Text(n), await segment.GetAttributeAsync("data-count"));
            Assert.True(await segment.IsVisibleAsync(), $"{what}: the {code} segment is not visible");
            Assert.Equal(Text(n), (await segment.InnerTextAsync()).Trim());
            var box = await segment.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.Width, (track.Width * n / total) - 2, (track.Width * n / total) + 2);
        }
    }

    /// <summary>The table lists exactly <paramref name="expected"/>, in order, with the API's number, goal, status and commitment.</summary>
    private static async Task AssertRowsAsync(IPage page, JsonElement[] expected, int of)
    {
        var rows = await page.Locator("#measure-rows tr[data-measure]").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.measure, r.cells[1].textContent, r.cells[2].querySelector('.badge').classList[1], r.cells[4].firstChild.textContent])");
        Assert.Equal(expected.Select(m => Text(m.GetProperty("number").GetInt32())), rows.Select(r => r[0]));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(Text(expected[i].GetProperty("goal").GetInt32()), rows[i][1]);
            Assert.Equal(expected[i].GetProperty("status").GetString(), rows[i][2]);
            Assert.Equal(expected[i].GetProperty("commitment").GetString(), rows[i][3]);
        }

        Assert.Equal($"{expected.Length} av {of} tiltak", await page.Locator("#measure-count").InnerTextAsync());
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}

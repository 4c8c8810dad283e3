using IngenAMiste.Cli.Commands;
using IngenAMiste.Integration.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IngenAMiste.Browser.Tests.Infrastructure;

/// <summary>
/// For the whole collection: one Azurite, one headless Chromium, and (made on first use) one served app with both
/// sample annual reports ingested.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new();
    private readonly Lazy<Task<ServedApp>> _samples;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserFixture() => _samples = new(StartSamplesAsync);

    public AzuriteFixture Azurite => _azurite;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    public async Task InitializeAsync()
    {
        // Playwright's driver ships in its NuGet package (.playwright/ beside the test assembly); the browser is Debian's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await _azurite.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    /// <summary>
    /// <c>ingen serve</c>'s host with <c>arsrapport-2021-2022.pdf</c> and <c>arsrapport-2020-2021.pdf</c> ingested
    /// (through the CLI's own <see cref="IngestCommand.IngestFilesAsync"/>), shared by the tests that only read.
    /// </summary>
    public Task<ServedApp> SamplesAsync() => _samples.Value;

    private async Task<ServedApp> StartSamplesAsync()
    {
        var app = await ServedApp.StartAsync(_azurite);
        var files = new[] { TestFiles.Sample("arsrapport-2021-2022.pdf"), TestFiles.AnnualReport2020 }.Select(f => new FileInfo(f)).ToArray();
        var results = await IngestCommand.IngestFilesAsync(app.Services, files, CancellationToken.None);
        Assert.All(results, r => Assert.Equal("Succeeded", r.Outcome));
        return app;
    }

    /// <summary>A fresh context and page (Norwegian locale, desktop size) that records dialogs, console errors and page errors.</summary>
    public async Task<WatchedPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "nb-NO",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await WatchedPage.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (_samples.IsValueCreated && _samples.Value.IsCompletedSuccessfully)
        {
            await (await _samples.Value).DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace IngenAMiste.Browser.Tests.Infrastructure;

/// <summary>
/// A page that records every dialog (alert, confirm, prompt), console error and uncaught script error, and marks
/// calls to <c>alert</c>/<c>confirm</c>/<c>prompt</c> in <c>window.__xss</c> before the dialog opens.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    /// <summary>Runs before any of the page's scripts: records dialog calls, then lets the real dialog open.</summary>
    private const string DialogSpy = """
        window.__xss = [];
        for (const name of ["alert", "confirm", "prompt"]) {
          const original = window[name];
          window[name] = function (...args) { window.__xss.push(name + ":" + String(args[0])); return original.apply(this, args); };
        }
        """;

    private readonly IBrowserContext _context;

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ConcurrentQueue<string> Dialogs { get; } = new();

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    public ConcurrentQueue<string> PageErrors { get; } = new();

    public static async Task<WatchedPage> OpenAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.AddInitScriptAsync(DialogSpy);
        var page = await context.NewPageAsync();
        var watched = new WatchedPage(context, page);
        page.Dialog += async (_, dialog) =>
        {
            watched.Dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error")
            {
                watched.ConsoleErrors.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => watched.PageErrors.Enqueue(error);
        return watched;
    }

    /// <summary>Opens <c>/api/dashboard</c> and waits until it has loaded its data (<c>body[data-loaded]</c>).</summary>
    public async Task OpenDashboardAsync(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var response = await Page.GotoAsync(new Uri(baseAddress, "api/dashboard").ToString());
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET /api/dashboard: HTTP {response.Status}");
        await Page.WaitForFunctionAsync("() => document.body.hasAttribute('data-loaded')", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var loaded = await Page.GetAttributeAsync("body", "data-loaded");
        Assert.True(loaded == "true", $"The dashboard did not load its data: {await Page.TextContentAsync("#as-of")}");
    }

    /// <summary>No uncaught script error and nothing logged as an error (failed requests included).</summary>
    public void AssertNoErrors()
    {
        Assert.True(PageErrors.IsEmpty, "Script errors:\n" + string.Join("\n", PageErrors));
        Assert.True(ConsoleErrors.IsEmpty, "Console errors:\n" + string.Join("\n", ConsoleErrors));
    }

    /// <summary>What <c>window.__xss</c> recorded.</summary>
    public Task<string[]> RecordedDialogCallsAsync() => Page.EvaluateAsync<string[]>("() => window.__xss");

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        await _context.CloseAsync();
    }
}

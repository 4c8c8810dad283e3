using Microsoft.Playwright;

namespace IngenAMiste.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>, installed by <c>.ci/install-system-packages</c>), driven by Playwright.
/// Playwright never downloads a browser of its own here: the executable is always given.
/// </summary>
public static class Chromium
{
    /// <summary>Environment variable naming another Chromium executable.</summary>
    public const string OverrideVariable = "INGEN_CHROMIUM";

    /// <summary>Where Debian's package puts it.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary><see cref="OverrideVariable"/>, else <see cref="DebianPath"/>, else <c>chromium</c> or <c>chromium-browser</c> on PATH.</summary>
    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"{OverrideVariable} names '{configured}', which does not exist.", configured);
        }

        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            $"Chromium not found: install Debian's package 'chromium' (bash .ci/install-system-packages) or set {OverrideVariable} to the executable.");
    }

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = Locate(),
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        Timeout = 60_000,
    };
}

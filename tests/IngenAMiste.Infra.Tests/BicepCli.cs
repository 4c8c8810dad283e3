using System.Diagnostics;

namespace IngenAMiste.Infra.Tests;

/// <summary>Result of one Bicep CLI run.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything the CLI printed: diagnostics (warnings, errors, infos) go to stderr, but read both.</summary>
    public string Diagnostics => (StandardError + StandardOutput).Trim();
}

/// <summary>
/// Runs the Bicep CLI that restore downloaded from NuGet (PackageDownload of Azure.Bicep.CommandLine.linux-x64).
/// All of infra/ is built once and linted once per test run (`--pattern`), in two CLI processes; each file's
/// diagnostics are the lines the CLI prefixed with its path.
/// </summary>
internal static class BicepCli
{
    private const string AllFiles = "**/*.bicep";

    private static readonly Lazy<string> Executable = new(Locate);

    private static readonly Lazy<(BicepRun Run, IReadOnlyDictionary<string, string> Json)> AllBuilds = new(BuildAll);

    private static readonly Lazy<BicepRun> AllLints = new(() => Run("lint", "--pattern", AllFiles));

    public static string Path => Executable.Value;

    /// <summary>`bicep build` of one file: its own diagnostics, the CLI's exit code, and the compiled ARM JSON.</summary>
    public static (BicepRun Run, string Json) Build(string relativeFile)
    {
        var (run, json) = AllBuilds.Value;
        return (For(run, relativeFile), json.TryGetValue(relativeFile, out var text) ? text : "");
    }

    /// <summary>`bicep lint` of one file: its own diagnostics and the CLI's exit code.</summary>
    public static BicepRun Lint(string relativeFile) => For(AllLints.Value, relativeFile);

    public static BicepRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Infra.Directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took more than 5 minutes.");
        }

        return new BicepRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static (BicepRun, IReadOnlyDictionary<string, string>) BuildAll()
    {
        var outDir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ingenamiste-infra-{Guid.NewGuid():N}");
        try
        {
            var run = Run("build", "--pattern", AllFiles, "--outdir", outDir);
            var json = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in Infra.BicepFiles())
            {
                var compiled = System.IO.Path.Combine(outDir, System.IO.Path.ChangeExtension(file, ".json"));
                if (File.Exists(compiled))
                {
                    json[file] = File.ReadAllText(compiled);
                }
            }

            return (run, json);
        }
        finally
        {
            if (System.IO.Directory.Exists(outDir))
            {
                System.IO.Directory.Delete(outDir, recursive: true);
            }
        }
    }

    /// <summary>The lines about one file, plus any line about no file in particular (a crash, a usage error).</summary>
    private static BicepRun For(BicepRun all, string relativeFile)
    {
        var files = Infra.BicepFiles().Select(Infra.PathOf).ToList();
        var own = Infra.PathOf(relativeFile);
        string Keep(string text) => string.Join('\n', text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith(own + "(", StringComparison.Ordinal)
                || !files.Any(f => line.StartsWith(f + "(", StringComparison.Ordinal))));
        return new BicepRun(all.ExitCode, Keep(all.StandardOutput), Keep(all.StandardError));
    }

    private static string Locate()
    {
        // 1. Where restore put it, as MSBuild resolved it ($(NuGetPackageRoot)) when this assembly was built.
        // 2. The global packages folder of this machine (NUGET_PACKAGES, else ~/.nuget/packages), for the same version.
        var package = $"azure.bicep.commandline.linux-x64/{Infra.BicepCliVersion}/tools/bicep";
        var packagesRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } root
            ? root
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var candidates = new[]
        {
            System.IO.Path.Combine(Infra.BicepCliDirectory, "bicep"),
            System.IO.Path.Combine(packagesRoot, package),
        };
        var found = candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The Bicep CLI {Infra.BicepCliVersion} was not found (looked in: {string.Join(", ", candidates)}). " +
                "Run `dotnet restore tests/IngenAMiste.Infra.Tests`: its PackageDownload fetches it from NuGet.");

        // NuGet extracts files without their Unix mode on some machines; the CLI must be executable.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(found);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(found, mode | execute);
            }
        }

        return found;
    }
}

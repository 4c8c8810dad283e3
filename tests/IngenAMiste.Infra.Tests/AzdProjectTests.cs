using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IngenAMiste.Infra.Tests;

/// <summary>infra/azure.yaml and the postdeploy hook agree with the templates and the repository.</summary>
public sealed partial class AzdProjectTests
{
    private static readonly string AzureYaml = Infra.Read("azure.yaml").Replace("\r", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\$\{?(?<name>AZURE_[A-Z0-9_]+)")]
    private static partial Regex AzureVariable();

    private static string YamlValue(string key)
    {
        var match = Regex.Match(AzureYaml, $@"(?m)^\s*{Regex.Escape(key)}:\s*(?<value>\S+)\s*$");
        Assert.True(match.Success, $"azure.yaml has no '{key}:'");
        return match.Groups["value"].Value;
    }

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_a_dotnet_function_app()
    {
        var project = YamlValue("project");
        var directory = Path.GetFullPath(Path.Combine(Infra.Directory, project));

        Assert.Equal("../src/IngenAMiste.Functions", project);
        Assert.True(File.Exists(Path.Combine(directory, "IngenAMiste.Functions.csproj")), $"{directory} has no IngenAMiste.Functions.csproj");
        Assert.Equal("dotnet", YamlValue("language"));
        Assert.Equal("function", YamlValue("host"));
    }

    [Fact]
    public void Azure_yaml_provisions_main_bicep_in_its_own_folder()
    {
        Assert.Equal("bicep", YamlValue("provider"));
        Assert.Equal(".", YamlValue("path"));
        Assert.Equal("main", YamlValue("module"));
        Assert.True(File.Exists(Infra.PathOf("main.bicep")));
        Assert.True(File.Exists(Infra.PathOf("main.parameters.json")));
    }

    [Fact]
    public void Postdeploy_hook_exists_is_executable_and_is_valid_posix_sh()
    {
        Assert.Contains("postdeploy:", AzureYaml, StringComparison.Ordinal);
        var run = YamlValue("run");
        var script = Infra.PathOf(run);

        Assert.Equal("./hooks/postdeploy.sh", run);
        Assert.Equal("sh", YamlValue("shell"));
        Assert.True(File.Exists(script), $"{script} is missing");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(script) & UnixFileMode.UserExecute) != 0, "the hook must be executable");
            var check = Shell("sh", ["-n", script], new Dictionary<string, string>());
            Assert.True(check.ExitCode == 0, $"sh -n {run}:\n{check.Output}");
        }
    }

    [Fact]
    public void Hook_reads_only_outputs_that_main_bicep_provides_and_never_the_key_value()
    {
        var script = Infra.Read("hooks/postdeploy.sh");
        var outputs = Templates.Main.Root["outputs"]!.AsObject();
        string[] setByAzd = ["AZURE_SUBSCRIPTION_ID", "AZURE_ENV_NAME", "AZURE_LOCATION", "AZURE_PRINCIPAL_ID"];

        foreach (var name in AzureVariable().Matches(script).Select(m => m.Groups["name"].Value).Distinct())
        {
            Assert.True(setByAzd.Contains(name) || outputs[name] is not null, $"the hook reads {name}, which neither azd nor main.bicep sets");
        }

        Assert.Contains("--template-file modules/blob-event-subscription.bicep", script, StringComparison.Ordinal);
        foreach (var line in script.Split('\n').Where(l => !l.TrimStart().StartsWith('#') && l.Contains("systemKeys", StringComparison.Ordinal)))
        {
            Assert.Contains("systemKeys.blobs_extension != null", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hook_waits_for_the_key_then_deploys_stage_two_with_the_azd_outputs()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var fake = new FakeTools();
        var result = Shell("sh", [Infra.PathOf("hooks/postdeploy.sh")], fake.Environment(new Dictionary<string, string>
        {
            ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000001",
            ["AZURE_RESOURCE_GROUP"] = "rg-test",
            ["AZURE_FUNCTION_APP_NAME"] = "func-test",
            ["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-test",
        }));

        Assert.True(result.ExitCode == 0, $"hook failed:\n{result.Output}");
        var calls = fake.AzCalls();
        Assert.Equal(3, calls.Count); // key absent, key present, deployment
        Assert.All(calls.Take(2), c => Assert.StartsWith("functionapp keys list ", c, StringComparison.Ordinal));
        var deploy = calls[2];
        Assert.StartsWith("deployment group create ", deploy, StringComparison.Ordinal);
        Assert.Contains("--resource-group rg-test", deploy, StringComparison.Ordinal);
        Assert.Contains("--subscription 00000000-0000-0000-0000-000000000001", deploy, StringComparison.Ordinal);
        Assert.Contains("--template-file modules/blob-event-subscription.bicep", deploy, StringComparison.Ordinal);
        Assert.Contains("functionAppName=func-test systemTopicName=evgt-test", deploy, StringComparison.Ordinal);

        // The template parameters the hook passes are the ones stage 2 declares, and all it requires.
        var declared = Templates.EventSubscription.Root["parameters"]!.AsObject();
        Assert.Equal(
            ["functionAppName", "systemTopicName"],
            declared.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hook_stops_with_a_message_outside_azd()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var fake = new FakeTools();
        var result = Shell("sh", [Infra.PathOf("hooks/postdeploy.sh")], fake.Environment(new Dictionary<string, string>()));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("AZURE_SUBSCRIPTION_ID", result.Output, StringComparison.Ordinal);
        Assert.Empty(fake.AzCalls());
    }

    private static (int ExitCode, string Output) Shell(string program, string[] arguments, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
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

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AZURE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in a minute.");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
    }

    /// <summary>Stand-ins for az, curl and sleep on PATH: az logs its arguments and reports the key on the 2nd ask.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private sealed class FakeTools : IDisposable
    {
        private readonly string _bin = Directory.CreateTempSubdirectory("ingenamiste-hook-").FullName;

        public FakeTools()
        {
            Write("az", """
                #!/bin/sh
                echo "$*" >> "$FAKE_AZ_LOG"
                case "$1 $2 $3" in
                  "functionapp keys list")
                    n=$(grep -c '^functionapp keys list' "$FAKE_AZ_LOG")
                    if [ "$n" -ge 2 ]; then echo true; else echo false; fi ;;
                esac
                exit 0
                """);
            Write("curl", "#!/bin/sh\nexit 0\n");
            Write("sleep", "#!/bin/sh\nexit 0\n");
        }

        private string Log => Path.Combine(_bin, "az.log");

        public Dictionary<string, string> Environment(Dictionary<string, string> variables)
        {
            variables["PATH"] = $"{_bin}:{System.Environment.GetEnvironmentVariable("PATH")}";
            variables["FAKE_AZ_LOG"] = Log;
            return variables;
        }

        public List<string> AzCalls() => File.Exists(Log) ? File.ReadAllLines(Log).ToList() : [];

        public void Dispose() => Directory.Delete(_bin, recursive: true);

        private void Write(string name, string content)
        {
            var path = Path.Combine(_bin, name);
            File.WriteAllText(path, content.Replace("\r", "", StringComparison.Ordinal) + "\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

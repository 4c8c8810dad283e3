namespace IngenAMiste.Infra.Tests;

/// <summary>
/// Every .bicep file under infra/ builds and lints with no diagnostic at all. The CLI exits 0 on warnings (unknown
/// property BCP037, missing types BCP081, linter rules…), so the test fails on anything it prints.
/// </summary>
public sealed class BicepDiagnosticsTests
{
    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Infra.BicepFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Bicep_cli_is_the_pinned_version_from_nuget()
    {
        var run = BicepCli.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Bicep CLI version {Infra.BicepCliVersion} ", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Infra_holds_the_entry_point_every_module_and_the_stage_two_template()
    {
        var files = Infra.BicepFiles();

        Assert.Contains("main.bicep", files);
        Assert.Contains("modules/blob-event-subscription.bicep", files);
        Assert.True(files.Count >= 9, $"Expected main.bicep and its modules, found: {string.Join(", ", files)}");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_build_prints_no_warning_or_error(string file)
    {
        var (run, json) = BicepCli.Build(file);

        Assert.True(run.ExitCode == 0, $"bicep build {file} exited {run.ExitCode}:\n{run.Diagnostics}");
        Assert.True(run.Diagnostics.Length == 0, $"bicep build {file} reported diagnostics:\n{run.Diagnostics}");
        Assert.StartsWith("{", json.TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Bicep_lint_prints_no_warning_or_error(string file)
    {
        var run = BicepCli.Lint(file);

        Assert.True(run.ExitCode == 0, $"bicep lint {file} exited {run.ExitCode}:\n{run.Diagnostics}");
        Assert.True(run.Diagnostics.Length == 0, $"bicep lint {file} reported diagnostics:\n{run.Diagnostics}");
    }
}

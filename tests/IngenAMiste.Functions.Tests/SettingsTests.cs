using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IngenAMiste.Functions.Tests;

/// <summary>local.settings.example.json and the README's Configuration table list every setting the app reads.</summary>
public sealed partial class SettingsTests
{
    /// <summary>The storage connection (read by the blob trigger and by <c>StorageConnection</c>).</summary>
    private const string Connection = "ReportStorage";

    /// <summary>Settings the Functions host itself reads, not the app's code.</summary>
    private static readonly string[] HostSettings = ["FUNCTIONS_WORKER_RUNTIME", "AzureWebJobsStorage"];

    /// <summary>Every bindable public property of every options type the wiring registers, as <c>Section__Property</c>.</summary>
    private static IReadOnlyList<string> OptionsSettings() =>
        Worker.OptionsTypes().SelectMany(type =>
        {
            var section = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            Assert.False(string.IsNullOrEmpty(section), $"{type.FullName} has no public const SectionName.");
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.SetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
                .Select(p => $"{section}__{p.Name}");
        }).ToList();

    private static IReadOnlyList<string> ExampleSettings() =>
        JsonNode.Parse(File.ReadAllText(Repo.File("src", "IngenAMiste.Functions", "local.settings.example.json")))!["Values"]!.AsObject()
            .Select(p => p.Key)
            .ToList();

    /// <summary>Setting names in the first column of the README's Configuration table; <c>`__x`</c> continues the previous full name's prefix.</summary>
    private static IReadOnlyList<string> ReadmeSettings()
    {
        var lines = File.ReadAllLines(Repo.File("README.md"));
        var start = Array.FindIndex(lines, l => l.Trim() == "## Configuration");
        Assert.True(start >= 0, "README.md has no '## Configuration' section.");
        var names = new List<string>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith('|')))
        {
            var firstColumn = line.Split('|', StringSplitOptions.TrimEntries)[1];
            var prefix = "";
            foreach (Match m in Code().Matches(firstColumn))
            {
                var name = m.Groups[1].Value;
                if (name.StartsWith("__", StringComparison.Ordinal))
                {
                    name = prefix + name;
                }
                else
                {
                    var split = name.IndexOf("__", StringComparison.Ordinal);
                    prefix = split < 0 ? name : name[..split];
                }

                names.Add(name);
            }
        }

        Assert.NotEmpty(names);
        return names;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [Fact]
    public void Example_settings_list_every_option_and_the_connection()
    {
        var example = ExampleSettings();
        Assert.Contains(Connection, example);
        Assert.All(OptionsSettings(), s => Assert.Contains(s, example));
    }

    [Fact]
    public void Example_settings_hold_nothing_the_app_does_not_read()
    {
        var known = OptionsSettings().Concat(HostSettings).Append(Connection).ToHashSet(StringComparer.Ordinal);
        Assert.All(ExampleSettings(), s => Assert.Contains(s, known));
    }

    [Fact]
    public void Readme_configuration_table_names_every_setting()
    {
        var readme = ReadmeSettings();
        var expected = ExampleSettings().Concat(OptionsSettings()).Concat(Worker.IdentitySettings.Keys).Distinct();
        Assert.All(expected, s => Assert.Contains(s, readme));
    }
}

using System.Reflection;

namespace IngenAMiste.Functions.Tests;

/// <summary>Paths in the repository, found from the test assembly (never from a machine-specific path).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly was built in; the Functions project is built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(Repo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("The test assembly carries no AssemblyConfigurationAttribute.");

    /// <summary>The Functions project's build output, where the worker SDK writes functions.metadata and extensions.json.</summary>
    public static string FunctionsOutput { get; } = Path.Combine(Root, "src", "IngenAMiste.Functions", "bin", Configuration, "net10.0");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string FunctionsOutputFile(string name)
    {
        var path = Path.Combine(FunctionsOutput, name);
        Assert.True(System.IO.File.Exists(path), $"{name} is missing from the Functions build output ({Path.GetRelativePath(Root, FunctionsOutput)}); build src/IngenAMiste.Functions.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "IngenAMiste.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IngenAMiste.sln not found above the test assembly.");
    }
}

using System.Reflection;

namespace IngenAMiste.Infra.Tests;

/// <summary>Paths baked into the test assembly by the project file (see IngenAMiste.Infra.Tests.csproj).</summary>
internal static class Infra
{
    private static string Metadata(string key) =>
        typeof(Infra).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing: rebuild the test project.");

    /// <summary>The repository's infra/ folder.</summary>
    public static string Directory { get; } = Metadata("InfraDirectory");

    public static string BicepCliDirectory => Metadata("BicepCliDirectory");

    public static string BicepCliVersion => Metadata("BicepCliVersion");

    public static string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every .bicep file under infra/, relative to it, with forward slashes.</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.bicep", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}.azure{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => System.IO.Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}

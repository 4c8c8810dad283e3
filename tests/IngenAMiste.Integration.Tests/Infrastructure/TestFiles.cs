namespace IngenAMiste.Integration.Tests.Infrastructure;

/// <summary>Sample and test documents, found relative to the test assembly (never by a machine path).</summary>
public static class TestFiles
{
    /// <summary>The first annual report (2020–2021), shipped with the CLI as a sample.</summary>
    public static string AnnualReport2020 => Sample("arsrapport-2020-2021.pdf");

    public static string Sample(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Sample {name} is not in the test output.", path);
    }
}

using System.CommandLine;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Integration.Tests.Infrastructure;
using IngenAMiste.Reports;

namespace IngenAMiste.Integration.Tests.Cli;

/// <summary>
/// <c>ingen parse</c> in process, in both command trees: the full one (JIT, ReadyToRun) and the native AOT one,
/// whose JSON comes from source-generated metadata and must equal <see cref="ReportJson.Serialize"/> byte for byte.
/// </summary>
public sealed class ParseCommandTests
{
    public static TheoryData<string, bool> Trees() => new()
    {
        { "arsrapport-2020-2021.pdf", true },
        { "arsrapport-2020-2021.pdf", false },
        { "arsrapport-2021-2022.pdf", true },
        { "arsrapport-2021-2022.pdf", false },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public async Task Parse_writes_the_same_json_as_ReportJson(string sample, bool full)
    {
        var path = TestFiles.Sample(sample);
        var (exit, output, error) = await RunAsync(full, "parse", path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        await using var stream = File.OpenRead(path);
        var expected = ReportJson.Serialize(new ReportParser().Parse(stream));
        Assert.Equal(expected + Environment.NewLine, output);
        Assert.Contains("\"measure_count_stated\": 61", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Parse_with_a_catalog_finds_the_mentions_in_a_presentation(bool full)
    {
        var catalogPath = TestFiles.AnnualReport2020;
        var slides = Path.Combine(RepositoryRoot(), "tests", "IngenAMiste.Reports.Tests", "Corpus", "psykiske-helsetjenester-slides.pdf");
        var (exit, output, _) = await RunAsync(full, "parse", slides, "--catalog", catalogPath);

        Assert.Equal(0, exit);
        var parser = new ReportParser();
        await using var catalogStream = File.OpenRead(catalogPath);
        var catalog = MeasureCatalog.FromReport(parser.Parse(catalogStream));
        await using var stream = File.OpenRead(slides);
        var report = parser.Parse(stream, catalog);
        Assert.NotEmpty(report.Mentions);
        Assert.Equal(ReportJson.Serialize(report) + Environment.NewLine, output);
    }

    [Fact]
    public async Task Parse_of_a_file_that_is_not_a_pdf_fails_with_exit_code_2()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "dette er ikke en PDF");
            var (exit, output, error) = await RunAsync(false, "parse", path);

            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.StartsWith("Kan ikke lese filen", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Both_trees_offer_the_same_commands_in_the_same_order()
    {
        static string[] Names(RootCommand root) => root.Subcommands.Select(c => c.Name).ToArray();

        var full = CliApp.CreateFull();
        var parseOnly = CliApp.CreateParseOnly();

        Assert.Equal(Names(full), Names(parseOnly));
        Assert.Contains("serve", Names(full));
        Assert.All(full.Subcommands.Zip(parseOnly.Subcommands), pair => Assert.StartsWith(pair.First.Description!, pair.Second.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("serve", "--port", "7071")]
    [InlineData("ingest", "a.pdf", "b.pdf")]
    [InlineData("progress")]
    public async Task Native_tree_explains_the_commands_it_does_not_hold(params string[] args)
    {
        var (exit, output, error) = await RunAsync(false, args);

        Assert.Equal(CliApp.UnavailableExitCode, exit);
        Assert.Equal("", output);
        Assert.Contains($"«ingen {args[0]}» finnes ikke i den native", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jit_build_runs_the_full_tree()
    {
        Assert.True(CliApp.HasAllCommands);
        Assert.Equal(CliApp.CreateFull().Subcommands.Count, CliApp.CreateRoot().Subcommands.Count);
        Assert.DoesNotContain(CliApp.CreateRoot().Subcommands, c => c.Description!.Contains("Ikke i den native", StringComparison.Ordinal));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(bool full, params string[] args)
    {
        var root = full ? CliApp.CreateFull() : CliApp.CreateParseOnly();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IngenAMiste.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("IngenAMiste.sln not found above the test assembly.");
    }
}

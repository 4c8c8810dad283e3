using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Storage.Progress;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary><c>ingen demo</c>: the whole pipeline on the bundled sample reports, in embedded storage unless told otherwise.</summary>
public static class DemoCommand
{
    public const string Name = "demo";

    public const string Description = "Les inn de medfølgende eksempelrapportene og vis status per mål (bruker innebygd lagring om ingen er oppgitt).";

    public static Command Create()
    {
        var command = new Command(Name, Description);
        command.SetAction(async (result, cancellationToken) =>
        {
            var samples = new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "Samples"));
            var files = samples.Exists ? samples.GetFiles("*.pdf").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray() : [];
            if (files.Length == 0)
            {
                await Console.Error.WriteLineAsync($"Fant ingen eksempelrapporter i {samples.FullName}.");
                return 1;
            }

            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            AnsiConsole.MarkupLine($"Lagring: [blue]{Markup.Escape(services.StorageDescription)}[/]");
            AnsiConsole.MarkupLine($"Leser inn {files.Length} eksempelrapport(er): {Markup.Escape(string.Join(", ", files.Select(f => f.Name)))}");
            var results = await IngestCommand.IngestFilesAsync(services, files, cancellationToken);
            ProgressCommand.Render(await services.Get<ProgressQueries>().GetProgressAsync(cancellationToken));
            return results.All(r => r.Outcome == Storage.Ingestion.IngestionOutcomes.Succeeded) ? 0 : 1;
        });
        return command;
    }
}

using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Storage.Ingestion;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary><c>ingen ingest FILE...</c>: upload each file to <c>reports</c> and run the ingestion the function runs.</summary>
public static class IngestCommand
{
    public const string Name = "ingest";

    public const string Description = "Last opp rapporter til containeren «reports» og les dem inn, slik funksjonen i Azure gjør.";

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "PDF-filer som skal lastes opp og leses inn.", Arity = ArgumentArity.OneOrMore }.AcceptExistingOnly();
        var command = new Command(Name, Description) { files };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            var results = await IngestFilesAsync(services, result.GetRequiredValue(files), cancellationToken);
            ProgressCommand.Render(await services.Get<IngenAMiste.Storage.Progress.ProgressQueries>().GetProgressAsync(cancellationToken));
            return results.Any(r => r.Outcome != IngestionOutcomes.Succeeded) ? 1 : 0;
        });
        return command;
    }

    /// <summary>Uploads and ingests <paramref name="files"/> one by one, with a progress bar, and prints a line per file.</summary>
    public static async Task<IReadOnlyList<IngestionResult>> IngestFilesAsync(CliServices services, IReadOnlyList<FileInfo> files, CancellationToken cancellationToken)
    {
        var uploader = services.Get<ReportUploader>();
        var ingestion = services.Get<IngestionService>();
        var results = new List<IngestionResult>();
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Leser inn rapporter", maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Markup.Escape($"Leser inn {file.Name}");
                    var blob = await uploader.UploadAsync(file, cancellationToken: cancellationToken);
                    results.Add(await ingestion.IngestAsync(blob, force: false, cancellationToken));
                    task.Increment(1);
                }
            });

        foreach (var r in results)
        {
            var colour = r.Outcome == IngestionOutcomes.Succeeded ? "green" : r.Outcome == IngestionOutcomes.Rejected ? "yellow" : "red";
            var outcome = r.Outcome switch
            {
                IngestionOutcomes.Succeeded => "Lest inn",
                IngestionOutcomes.Rejected => "Avvist",
                _ => "Feilet",
            };
            AnsiConsole.MarkupLine($"[{colour}]{outcome}[/] {Markup.Escape(r.BlobName)}: {Markup.Escape(r.ReasonNorwegian ?? "")} [grey]({r.Duration.TotalMilliseconds:0} ms)[/]");
        }

        return results;
    }
}

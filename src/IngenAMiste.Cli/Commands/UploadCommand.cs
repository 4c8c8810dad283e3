using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Storage.Ingestion;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary><c>ingen upload FILE...</c>: put files into <c>reports</c>, for the function (or <c>ingen serve</c>) to pick up.</summary>
public static class UploadCommand
{
    public const string Name = "upload";

    public const string Description = "Last opp rapporter til containeren «reports»; funksjonen (eller «ingen serve») leser dem inn.";

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "PDF-filer som skal lastes opp.", Arity = ArgumentArity.OneOrMore }.AcceptExistingOnly();
        var command = new Command(Name, Description) { files };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            if (services.IsEmbedded)
            {
                AnsiConsole.MarkupLine("[yellow]Merk:[/] innebygd lagring forsvinner når programmet avslutter. Bruk --storage (eller ReportStorage) for å laste opp til lagringen «ingen serve» eller Azure bruker.");
            }

            var uploader = services.Get<ReportUploader>();
            foreach (var file in result.GetRequiredValue(files))
            {
                var blob = await uploader.UploadAsync(file, cancellationToken: cancellationToken);
                AnsiConsole.MarkupLine($"Lastet opp {Markup.Escape(file.Name)} som [blue]{Markup.Escape(blob.Uri.ToString())}[/]");
            }

            return 0;
        });
        return command;
    }
}

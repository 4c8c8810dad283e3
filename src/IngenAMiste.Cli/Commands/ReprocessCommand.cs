using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Storage.Tables;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary>
/// <c>ingen reprocess NAME...</c>: ingest blobs already in <c>reports</c> again, even if they were processed (after a parser
/// fix, or a poison blob the runtime gave up on). The same as <c>POST /api/manage/reprocess?blob=NAME</c>.
/// </summary>
public static class ReprocessCommand
{
    public const string Name = "reprocess";

    public const string Description = "Les inn blober i «reports» på nytt, også de som er behandlet før (etter en feilretting, eller en blob som feilet gjentatte ganger).";

    public static Command Create()
    {
        var names = new Argument<string[]>("blobs") { Description = "Navnet på blobene i containeren «reports» (slik de står i Ingestions-tabellen).", Arity = ArgumentArity.OneOrMore };
        var command = new Command(Name, Description) { names };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            var outcomes = await ReprocessAsync(services, result.GetRequiredValue(names), cancellationToken);
            foreach (var (name, outcome) in outcomes)
            {
                AnsiConsole.MarkupLine(outcome switch
                {
                    null => $"[red]Finnes ikke[/] {Markup.Escape(name)}: ingen blob med det navnet i «reports».",
                    { Outcome: IngestionOutcomes.Succeeded } r => $"[green]Lest inn[/] {Markup.Escape(name)}: {Markup.Escape(r.ReasonNorwegian ?? "")}",
                    { Outcome: IngestionOutcomes.Rejected } r => $"[yellow]Avvist[/] {Markup.Escape(name)}: {Markup.Escape(r.ReasonNorwegian ?? "")}",
                    var r => $"[red]Feilet[/] {Markup.Escape(name)}: {Markup.Escape(r.ReasonNorwegian ?? r.Reason ?? "")}",
                });
            }

            return outcomes.All(o => o.Result?.Outcome == IngestionOutcomes.Succeeded) ? 0 : 1;
        });
        return command;
    }

    /// <summary>
    /// Ingests each named blob again with <c>force: true</c>. A blob that does not exist gets a null result; one whose
    /// ingestion fails gets a <see cref="IngestionOutcomes.Failed"/> result (recorded in <c>Ingestions</c> by the service).
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, IngestionResult? Result)>> ReprocessAsync(CliServices services, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(names);
        var tables = services.Get<ReportTables>();
        var ingestion = services.Get<IngestionService>();
        await tables.EnsureCreatedAsync(cancellationToken);
        var results = new List<(string, IngestionResult?)>();
        foreach (var name in names)
        {
            var blob = tables.ReportsContainer.GetBlobClient(name);
            if (!await blob.ExistsAsync(cancellationToken))
            {
                results.Add((name, null));
                continue;
            }

            try
            {
                results.Add((name, await ingestion.IngestAsync(blob, force: true, cancellationToken)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var reason = RejectionMessages.Failed(e);
                results.Add((name, new IngestionResult(name, IngestionOutcomes.Failed, reason.Code, reason.English, reason.Norwegian, null, 0, TimeSpan.Zero)));
            }
        }

        return results;
    }
}

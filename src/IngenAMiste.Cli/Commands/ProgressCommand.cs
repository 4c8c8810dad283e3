using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Reports;
using IngenAMiste.Reports.Model;
using IngenAMiste.Storage.Progress;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary><c>ingen progress</c>: status counts per goal, from each measure's latest status.</summary>
public static class ProgressCommand
{
    public const string Name = "progress";

    public const string Description = "Vis status per mål: hvor mange tiltak som ikke er påbegynt, planlagt, pågår og er fullført.";

    public static Command Create()
    {
        var command = new Command(Name, Description);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            Render(await services.Get<ProgressQueries>().GetProgressAsync(cancellationToken));
            return 0;
        });
        return command;
    }

    public static void Render(ProgressSnapshot progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Total == 0)
        {
            AnsiConsole.MarkupLine("[yellow]Ingen tiltak er lest inn ennå.[/] Last opp en årsrapport med [bold]ingen ingest FIL.pdf[/].");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Status per mål[/]");
        table.AddColumn(Glossary.Goal);
        foreach (var status in Glossary.StatusOrder)
        {
            table.AddColumn(new TableColumn(Glossary.Norwegian(status)).RightAligned());
        }

        table.AddColumn(new TableColumn("Totalt").RightAligned());
        table.AddColumn(new TableColumn("Fullført %").RightAligned());
        foreach (var goal in progress.Goals)
        {
            table.AddRow(goal.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture),
                goal.Counts.NotStarted.ToString(System.Globalization.CultureInfo.InvariantCulture),
                goal.Counts.Planned.ToString(System.Globalization.CultureInfo.InvariantCulture),
                goal.Counts.InProgress.ToString(System.Globalization.CultureInfo.InvariantCulture),
                goal.Counts.Completed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                goal.Counts.Total.ToString(System.Globalization.CultureInfo.InvariantCulture),
                goal.Counts.CompletionShare.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")));
        }

        table.AddEmptyRow();
        table.AddRow("[bold]Alle[/]",
            $"[bold]{progress.Count(MeasureStatus.NotStarted.ToCode())}[/]",
            $"[bold]{progress.Count(MeasureStatus.Planned.ToCode())}[/]",
            $"[bold]{progress.Count(MeasureStatus.InProgress.ToCode())}[/]",
            $"[bold]{progress.Count(MeasureStatus.Completed.ToCode())}[/]",
            $"[bold]{progress.Total}[/]",
            $"[bold]{((double)progress.Count(MeasureStatus.Completed.ToCode()) / progress.Total).ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"))}[/]");
        AnsiConsole.Write(table);
        var latest = progress.Measures.Select(m => m.ReportPeriod).Where(p => p is not null).Max(StringComparer.Ordinal);
        AnsiConsole.MarkupLine($"[grey]Siste status for hvert tiltak fra den nyeste rapporten som omtaler det (nyeste periode: {Markup.Escape(latest ?? "ukjent")}).[/]");
    }
}

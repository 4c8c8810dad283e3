using System.CommandLine;
using IngenAMiste.Cli.Hosting;
using IngenAMiste.Storage;
using IngenAMiste.Storage.Ingestion;
using IngenAMiste.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace IngenAMiste.Cli.Commands;

/// <summary>
/// <c>ingen serve [--port 7071]</c>: the API and dashboard on 127.0.0.1 (the same handlers as the HTTP functions),
/// and a watcher that ingests new uploads to <c>reports</c> as the blob trigger would.
/// </summary>
public static class ServeCommand
{
    public const string Name = "serve";

    public const string Description = "Kjør API-et og dashbordet lokalt, og les inn nye opplastinger til «reports» fortløpende.";

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port på 127.0.0.1.", DefaultValueFactory = _ => 7071 };
        var noWatch = new Option<bool>("--no-watch") { Description = "Ikke følg med på nye opplastinger i «reports»." };
        var command = new Command(Name, Description) { port, noWatch };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await CliServices.StartAsync(result.GetValue(CommonOptions.Storage), result.GetValue(CommonOptions.Verbose), cancellationToken);
            await using var app = Build(services, result.GetValue(port), result.GetValue(CommonOptions.Verbose));
            await app.StartAsync(cancellationToken);
            var url = app.Urls.First();
            AnsiConsole.MarkupLine($"Lagring: [blue]{Markup.Escape(services.StorageDescription)}[/]");
            AnsiConsole.MarkupLine($"API: [link]{url}/api/progress[/]  Dashbord: [link]{url}/api/dashboard[/]  OpenAPI: [link]{url}/api/openapi.json[/]");
            if (!result.GetValue(noWatch))
            {
                AnsiConsole.MarkupLine("Følger med på containeren «reports» (last opp med [bold]ingen upload FIL.pdf[/]). Ctrl+C avslutter.");
                var watcher = services.Get<ReportsWatcher>();
                try
                {
                    await watcher.RunAsync(TimeSpan.FromSeconds(2), r => AnsiConsole.MarkupLine(
                        $"{Markup.Escape(r.Outcome)} {Markup.Escape(r.BlobName)}: {Markup.Escape(r.ReasonNorwegian ?? "")}"), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C.
                }
            }
            else
            {
                await app.WaitForShutdownAsync(cancellationToken);
            }

            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }

    /// <summary>The web host: Kestrel on loopback, the API's routes, and the CLI's services.</summary>
    public static WebApplication Build(CliServices services, int port, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServeCommand).Assembly.GetName().Name });
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port)).UseUrls();
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        builder.Logging.ClearProviders();
        if (verbose)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        // The handlers and everything beneath them come from the CLI's container: one set of services.
        builder.Services.AddSingleton(services.Get<ProgressApi>());
        var app = builder.Build();
        app.MapProgressApi();
        app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Redirect("/api/dashboard"));
        return app;
    }
}

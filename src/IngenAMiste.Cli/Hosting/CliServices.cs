using IngenAMiste.Storage;
using IngenAMiste.Web;
using IngenAMiste.Summary;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace IngenAMiste.Cli.Hosting;

/// <summary>
/// The services the CLI runs: the same registrations as the Functions worker, against the storage named by
/// <c>--storage</c>, the <c>ReportStorage</c> setting (environment variable), or an embedded Azurite.
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly EmbeddedAzurite? _azurite;

    private CliServices(ServiceProvider provider, EmbeddedAzurite? azurite, string storageDescription)
    {
        _provider = provider;
        _azurite = azurite;
        StorageDescription = storageDescription;
    }

    public IServiceProvider Services => _provider;

    /// <summary>Where the data lives, for the user.</summary>
    public string StorageDescription { get; }

    public bool IsEmbedded => _azurite is not null;

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static IConfiguration BuildConfiguration(string? storage, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = new ConfigurationBuilder().AddEnvironmentVariables();
        var values = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(storage))
        {
            // A service URL (https://account.blob.core.windows.net) means Microsoft Entra ID; anything else is a connection string.
            if (Uri.TryCreate(storage, UriKind.Absolute, out var uri) && uri.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase))
            {
                values[StorageOptions.ConnectionName] = null;
                values[$"{StorageOptions.ConnectionName}:blobServiceUri"] = uri.GetLeftPart(UriPartial.Authority);
                values[$"{StorageOptions.ConnectionName}:tableServiceUri"] = uri.GetLeftPart(UriPartial.Authority).Replace(".blob.", ".table.", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                values[StorageOptions.ConnectionName] = storage;
            }
        }

        foreach (var pair in overrides ?? [])
        {
            values[pair.Key] = pair.Value;
        }

        return builder.AddInMemoryCollection(values).Build();
    }

    /// <summary>Starts the services; with no storage configured, starts an embedded Azurite first and says so.</summary>
    public static async Task<CliServices> StartAsync(string? storage, bool verbose, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var configuration = BuildConfiguration(storage, overrides);
        EmbeddedAzurite? azurite = null;
        StorageConnection connection;
        if (IsConfigured(configuration))
        {
            connection = StorageConnection.FromConfiguration(configuration);
        }
        else
        {
            azurite = await AnsiConsole.Status().StartAsync("Starter innebygd lagring (Azurite, i minnet) …", async context =>
                await EmbeddedAzurite.StartAsync(message => context.Status(Markup.Escape(message)), cancellationToken));
            connection = StorageConnection.FromConnectionString(azurite.ConnectionString);
            AnsiConsole.MarkupLine($"[grey]Ingen lagring oppgitt (--storage eller ReportStorage): bruker innebygd Azurite i minnet på 127.0.0.1:{azurite.BlobPort}. Data forsvinner når programmet avslutter.[/]");
        }

        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Azure", LogLevel.Warning));
        services.AddReportIngestion(configuration, connection);
        services.AddProgressApi(configuration);
        services.AddProgressSummary(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new CliServices(provider, azurite, connection.Description);
    }

    private static bool IsConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.ConnectionName);
        return !string.IsNullOrWhiteSpace(section.Value) || section.GetChildren().Any(c => !string.IsNullOrWhiteSpace(c.Value));
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

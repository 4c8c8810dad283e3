using System.Net;
using System.Net.Sockets;
using IngenAMiste.Cli.Commands;
using IngenAMiste.Cli.Hosting;
using Microsoft.AspNetCore.Builder;

namespace IngenAMiste.Integration.Tests.Infrastructure;

/// <summary><c>ingen serve</c>'s web host (the same routes and handlers) on a free loopback port, over Azurite.</summary>
public sealed class ServedApp : IAsyncDisposable
{
    private readonly CliServices _services;
    private readonly WebApplication _app;

    private ServedApp(CliServices services, WebApplication app, Uri baseAddress)
    {
        _services = services;
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public CliServices Services => _services;

    public static async Task<ServedApp> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = prefix,
            ["Storage:ParsedContainer"] = "parsed-" + prefix,
            ["Api:CacheSeconds"] = "0",
        };
        foreach (var pair in settings ?? new Dictionary<string, string?>())
        {
            overrides[pair.Key] = pair.Value;
        }

        var services = await CliServices.StartAsync(azurite.ConnectionString, verbose: false, CancellationToken.None, overrides);
        var port = FreePort();
        var app = ServeCommand.Build(services, port, verbose: false);
        await app.StartAsync();
        return new ServedApp(services, app, new Uri($"http://127.0.0.1:{port}/"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _services.DisposeAsync();
    }
}

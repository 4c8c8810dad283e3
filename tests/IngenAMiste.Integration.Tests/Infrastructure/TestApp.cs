using Azure.Data.Tables;
using Azure.Storage.Blobs;
using IngenAMiste.Functions;
using IngenAMiste.Storage;
using IngenAMiste.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IngenAMiste.Integration.Tests.Infrastructure;

/// <summary>
/// The Functions worker's service registrations (the same <see cref="FunctionsServices"/> Program.cs calls)
/// against Azurite, with tables of their own (a unique table prefix) so tests do not see each other's rows.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    /// <param name="configureBlobs">Blob client options (e.g. a pipeline policy that records or fails requests).</param>
    /// <param name="configureTables">Table client options, likewise.</param>
    public TestApp(AzuriteFixture azurite, IDictionary<string, string?>? settings = null,
        Action<BlobClientOptions>? configureBlobs = null, Action<TableClientOptions>? configureTables = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        Prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        var values = new Dictionary<string, string?>
        {
            ["ReportStorage"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Storage:ParsedContainer"] = "parsed-" + Prefix,
        };
        foreach (var pair in settings ?? new Dictionary<string, string?>())
        {
            values[pair.Key] = pair.Value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(Configuration);
        if (configureBlobs is not null || configureTables is not null)
        {
            // Registered before the worker's services, whose storage registration only fills a gap.
            services.AddSingleton(StorageConnection.FromConnectionString(azurite.ConnectionString, configureBlobs, configureTables));
        }

        FunctionsServices.Add(services, Configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string Prefix { get; }

    public IConfiguration Configuration { get; }

    public IServiceProvider Services => _provider;

    public ReportTables Tables => Get<ReportTables>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Creates a function class as the worker would: from the container.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_provider);

    /// <summary>Uploads <paramref name="content"/> to <c>reports</c> under a name unique to this test.</summary>
    public async Task<BlobClient> UploadAsync(string name, Stream content)
    {
        await Tables.EnsureCreatedAsync();
        var blob = Tables.ReportsContainer.GetBlobClient($"{Prefix}/{name}");
        await blob.UploadAsync(content, overwrite: false);
        return blob;
    }

    public Task<BlobClient> UploadAsync(string name, byte[] content) => UploadAsync(name, new MemoryStream(content));

    public static async Task<List<T>> AllAsync<T>(TableClient table, string? partition = null) where T : class, ITableEntity, new()
    {
        var rows = new List<T>();
        var filter = partition is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in table.QueryAsync<T>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

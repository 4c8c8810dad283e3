using IngenAMiste.Cli.Hosting;

namespace IngenAMiste.Integration.Tests.Infrastructure;

/// <summary>One Azurite for the whole test run, started on free loopback ports and stopped at the end.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private EmbeddedAzurite? _azurite;

    public string ConnectionString => (_azurite ?? throw new InvalidOperationException("Azurite is not running.")).ConnectionString;

    public EmbeddedAzurite Azurite => _azurite ?? throw new InvalidOperationException("Azurite is not running.");

    public async Task InitializeAsync() => _azurite = await EmbeddedAzurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

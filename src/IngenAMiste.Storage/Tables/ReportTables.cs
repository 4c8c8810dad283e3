using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Storage.Tables;

/// <summary>The tables and containers of one deployment, created on first use.</summary>
public sealed class ReportTables
{
    private readonly StorageConnection _connection;
    private readonly Lock _gate = new();
    private Task? _creation;

    public ReportTables(StorageConnection connection, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        var prefix = options.Value.TablePrefix;
        Reports = connection.Tables.GetTableClient(prefix + "Reports");
        Measures = connection.Tables.GetTableClient(prefix + "Measures");
        MeasureHistory = connection.Tables.GetTableClient(prefix + "MeasureHistory");
        Progress = connection.Tables.GetTableClient(prefix + "Progress");
        Ingestions = connection.Tables.GetTableClient(prefix + "Ingestions");
        ReportsContainer = connection.Blobs.GetBlobContainerClient(StorageOptions.ReportsContainer);
        ParsedContainer = connection.Blobs.GetBlobContainerClient(options.Value.ParsedContainer);
    }

    public TableClient Reports { get; }
    public TableClient Measures { get; }
    public TableClient MeasureHistory { get; }
    public TableClient Progress { get; }
    public TableClient Ingestions { get; }
    public BlobContainerClient ReportsContainer { get; }
    public BlobContainerClient ParsedContainer { get; }

    public StorageConnection Connection => _connection;

    /// <summary>Creates what is missing, once per process (again after a failed attempt).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAllAsync();
            }

            return _creation.IsCompletedSuccessfully ? Task.CompletedTask : _creation.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateAllAsync()
    {
        foreach (var table in new[] { Reports, Measures, MeasureHistory, Progress, Ingestions })
        {
            await CreateTableAsync(table, CancellationToken.None);
        }

        await ReportsContainer.CreateIfNotExistsAsync();
        await ParsedContainer.CreateIfNotExistsAsync();
    }

    private static async Task CreateTableAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Created concurrently by another instance, or still being deleted: both mean it is there or will be.
        }
    }
}

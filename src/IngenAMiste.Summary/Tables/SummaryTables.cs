using Azure;
using Azure.Data.Tables;
using IngenAMiste.Storage;
using Microsoft.Extensions.Options;

namespace IngenAMiste.Summary.Tables;

/// <summary>The <c>Summaries</c> table, in the account and with the prefix (<c>Storage:TablePrefix</c>) of the report tables.</summary>
public sealed class SummaryTables
{
    private readonly Lock _gate = new();
    private Task? _creation;

    public SummaryTables(StorageConnection connection, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        Summaries = connection.Tables.GetTableClient(options.Value.TablePrefix + "Summaries");
    }

    public TableClient Summaries { get; }

    /// <summary>Creates the table once per process (again after a failed attempt).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAsync();
            }

            return _creation.IsCompletedSuccessfully ? Task.CompletedTask : _creation.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateAsync()
    {
        try
        {
            await Summaries.CreateIfNotExistsAsync(CancellationToken.None);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Created concurrently by another instance.
        }
    }
}

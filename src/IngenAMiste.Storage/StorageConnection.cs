using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace IngenAMiste.Storage;

/// <summary>
/// Builds the storage clients from a Functions-style connection: either a connection string in the setting itself
/// (<c>ReportStorage=UseDevelopmentStorage=true</c>), or identity-based settings under it
/// (<c>ReportStorage__blobServiceUri</c>, <c>ReportStorage__tableServiceUri</c>, <c>ReportStorage__credential=managedidentity</c>,
/// <c>ReportStorage__clientId</c>), or just <c>ReportStorage__accountName</c>.
/// </summary>
public sealed class StorageConnection
{
    private StorageConnection(BlobServiceClient blobs, TableServiceClient tables, string description)
    {
        Blobs = blobs;
        Tables = tables;
        Description = description;
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    /// <summary>Where the data lives, without secrets (for logs and the CLI).</summary>
    public string Description { get; }

    public static StorageConnection FromConnectionString(string connectionString, Action<BlobClientOptions>? configureBlobs = null, Action<TableClientOptions>? configureTables = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        configureBlobs?.Invoke(blobOptions);
        configureTables?.Invoke(tableOptions);
        var blobs = new BlobServiceClient(connectionString, blobOptions);
        var tables = new TableServiceClient(connectionString, tableOptions);
        return new StorageConnection(blobs, tables, $"{blobs.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/')} (connection string)");
    }

    public static StorageConnection FromConfiguration(IConfiguration configuration, string name = StorageOptions.ConnectionName,
        Action<BlobClientOptions>? configureBlobs = null, Action<TableClientOptions>? configureTables = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[name];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString, configureBlobs, configureTables);
        }

        var section = configuration.GetSection(name);
        var accountName = section["accountName"];
        var blobUri = UriSetting(section, "blobServiceUri") ?? (accountName is null ? null : new Uri($"https://{accountName}.blob.core.windows.net"));
        var tableUri = UriSetting(section, "tableServiceUri") ?? (accountName is null ? null : new Uri($"https://{accountName}.table.core.windows.net"));
        if (blobUri is null || tableUri is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set '{name}' to a connection string, or '{name}__blobServiceUri' and '{name}__tableServiceUri' " +
                $"(or '{name}__accountName') for an identity-based connection.");
        }

        var credential = Credential(section);
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        configureBlobs?.Invoke(blobOptions);
        configureTables?.Invoke(tableOptions);
        return new StorageConnection(
            new BlobServiceClient(blobUri, credential, blobOptions),
            new TableServiceClient(tableUri, credential, tableOptions),
            $"{blobUri.GetLeftPart(UriPartial.Path).TrimEnd('/')} (Microsoft Entra ID)");
    }

    private static Uri? UriSetting(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"Setting '{section.Path}__{key}' must be an absolute http(s) URI, not '{value}'.");
    }

    private static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        var kind = section["credential"];
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        });
    }
}

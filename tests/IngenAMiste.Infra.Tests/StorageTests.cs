namespace IngenAMiste.Infra.Tests;

public sealed class StorageTests
{
    private static readonly ArmTemplate Main = Templates.Main;

    [Fact]
    public void The_one_storage_account_refuses_shared_keys_public_blobs_plain_http_and_old_tls()
    {
        var account = Main.Single("Microsoft.Storage/storageAccounts");
        var properties = account.Properties;

        Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>(), "allowSharedKeyAccess must be false (Entra ID only)");
        Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>(), "allowBlobPublicAccess must be false");
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>(), "supportsHttpsTrafficOnly must be true");
        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(properties["defaultToOAuthAuthentication"]!.GetValue<bool>(), "the portal should default to Entra ID");
        Assert.False(properties["allowCrossTenantReplication"]!.GetValue<bool>());
        Assert.Equal("StorageV2", ArmTemplate.Text(account.Node["kind"]));
    }

    [Fact]
    public void Uploaded_reports_survive_overwrite_and_delete_with_versioning_and_soft_delete()
    {
        var blobService = Main.Single("Microsoft.Storage/storageAccounts/blobServices");
        var properties = blobService.Properties;

        Assert.True(properties["isVersioningEnabled"]!.GetValue<bool>(), "blob versioning must be on");
        var blobs = properties["deleteRetentionPolicy"]!.AsObject();
        Assert.True(blobs["enabled"]!.GetValue<bool>(), "blob soft delete must be on");
        Assert.False(blobs["allowPermanentDelete"]!.GetValue<bool>(), "soft-deleted blobs must not be purgeable");
        var containers = properties["containerDeleteRetentionPolicy"]!.AsObject();
        Assert.True(containers["enabled"]!.GetValue<bool>(), "container soft delete must be on");

        // Both retentions come from the softDeleteRetentionDays parameter: 30 days unless changed, never less than 1.
        var days = Templates.Parameter("softDeleteRetentionDays");
        Assert.Equal(days, ArmTemplate.Text(blobs["days"]));
        Assert.Equal(days, ArmTemplate.Text(containers["days"]));
        Assert.Equal(Templates.Parameter("softDeleteRetentionDays"), blobService.ModuleArgument("softDeleteRetentionDays"));
        var mainDays = Main.Root["parameters"]!["softDeleteRetentionDays"]!.AsObject();
        Assert.Equal(30, mainDays["defaultValue"]!.GetValue<int>());
        Assert.True(mainDays["minValue"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public void Reports_parsed_and_deployment_containers_exist_and_are_private()
    {
        var containers = Main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        Assert.Contains(containers, c => c.Name.EndsWith("'default', 'reports')]", StringComparison.Ordinal));
        Assert.Contains(containers, c => c.Name.EndsWith("'default', 'parsed')]", StringComparison.Ordinal));
        var deployment = Assert.Single(containers, c => c.Name.Contains("parameters('deploymentContainerName')", StringComparison.Ordinal));
        Assert.Contains("app-package-", Main.Root["variables"]!["deploymentContainerName"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(containers, c => Assert.Equal("None", ArmTemplate.Text(c.Properties["publicAccess"])));
        Assert.NotNull(deployment);
    }
}

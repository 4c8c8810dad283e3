namespace IngenAMiste.Infra.Tests;

public sealed class KeyVaultAndMonitoringTests
{
    private static readonly ArmTemplate Main = Templates.Main;

    [Fact]
    public void Key_vault_uses_rbac_soft_delete_and_purge_protection()
    {
        var vault = Main.Single("Microsoft.KeyVault/vaults");
        var properties = vault.Properties;

        Assert.True(properties["enableRbacAuthorization"]!.GetValue<bool>(), "the vault must use Azure RBAC, not access policies");
        Assert.Null(properties["accessPolicies"]);
        Assert.True(properties["enableSoftDelete"]!.GetValue<bool>(), "soft delete must be on");
        Assert.True(properties["enablePurgeProtection"]!.GetValue<bool>(), "purge protection must be on");
        Assert.InRange(properties["softDeleteRetentionInDays"]!.GetValue<int>(), 7, 90);
        Assert.False(properties["enabledForTemplateDeployment"]!.GetValue<bool>());
    }

    [Fact]
    public void Smtp_secrets_come_only_from_secure_parameters_that_default_to_empty()
    {
        var secrets = Main.OfType("Microsoft.KeyVault/vaults/secrets").ToList();

        Assert.Equal(2, secrets.Count);
        foreach (var (secret, parameter) in secrets.Zip(new[] { "smtpUsername", "smtpPassword" }))
        {
            Assert.Equal(Templates.Parameter(parameter), ArmTemplate.Text(secret.Properties["value"]));
            Assert.Equal($"[not(empty(parameters('{parameter}')))]", secret.Condition);
            Assert.Equal("securestring", ArmTemplate.Text(secret.Parameter(parameter)["type"]));
            Assert.Equal("", ArmTemplate.Text(secret.Parameter(parameter)["defaultValue"]));
            Assert.Equal(Templates.Parameter(parameter), secret.ModuleArgument(parameter));

            var root = Main.Root["parameters"]![parameter]!.AsObject();
            Assert.Equal("securestring", ArmTemplate.Text(root["type"]));
            Assert.Equal("", ArmTemplate.Text(root["defaultValue"]));
        }
    }

    [Fact]
    public void Application_insights_refuses_local_auth_and_logs_to_the_workspace()
    {
        var insights = Main.Single("Microsoft.Insights/components");
        var workspace = Main.Single("Microsoft.OperationalInsights/workspaces");

        Assert.True(insights.Properties["DisableLocalAuth"]!.GetValue<bool>(), "App Insights must accept Entra ID ingestion only");
        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('logAnalyticsName'))]", ArmTemplate.Text(insights.Properties["WorkspaceResourceId"]));
        Assert.True(workspace.Properties["features"]!["disableLocalAuth"]!.GetValue<bool>(), "the workspace must refuse shared keys");
    }
}

using System.Text.Json.Nodes;

namespace IngenAMiste.Infra.Tests;

public sealed class FunctionAppTests
{
    private static readonly ArmTemplate Main = Templates.Main;

    private static ArmResource Site => Main.Single("Microsoft.Web/sites");

    [Fact]
    public void Plan_is_flex_consumption_fc1_on_linux()
    {
        var plan = Main.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", ArmTemplate.Text(plan.Node["sku"]!["name"]));
        Assert.Equal("FlexConsumption", ArmTemplate.Text(plan.Node["sku"]!["tier"]));
        Assert.True(plan.Properties["reserved"]!.GetValue<bool>(), "a Flex Consumption plan is Linux (reserved: true)");
        Assert.Equal("[resourceId('Microsoft.Web/serverfarms', parameters('planName'))]", ArmTemplate.Text(Site.Properties["serverFarmId"]));
    }

    [Fact]
    public void App_runs_dotnet_isolated_10_with_parameterised_scale_and_an_identity_authenticated_deployment_container()
    {
        var site = Site;
        var config = site.Properties["functionAppConfig"]!.AsObject();

        Assert.Equal("functionapp,linux", ArmTemplate.Text(site.Node["kind"]));
        Assert.Equal("dotnet-isolated", ArmTemplate.Text(config["runtime"]!["name"]));
        Assert.Equal("10.0", ArmTemplate.Text(config["runtime"]!["version"]));

        var scale = config["scaleAndConcurrency"]!.AsObject();
        Assert.Equal(Templates.Parameter("maximumInstanceCount"), ArmTemplate.Text(scale["maximumInstanceCount"]));
        Assert.Equal(Templates.Parameter("instanceMemoryMB"), ArmTemplate.Text(scale["instanceMemoryMB"]));
        Assert.Equal(Templates.Parameter("maximumInstanceCount"), site.ModuleArgument("maximumInstanceCount"));
        Assert.Equal(Templates.Parameter("instanceMemoryMB"), site.ModuleArgument("instanceMemoryMB"));
        var memory = Main.Root["parameters"]!["instanceMemoryMB"]!.AsObject();
        Assert.Equal([512, 2048, 4096], memory["allowedValues"]!.AsArray().Select(v => v!.GetValue<int>()));
        var instances = Main.Root["parameters"]!["maximumInstanceCount"]!.AsObject();
        Assert.Equal(1000, instances["maxValue"]!.GetValue<int>());

        var storage = config["deployment"]!["storage"]!.AsObject();
        Assert.Equal("blobContainer", ArmTemplate.Text(storage["type"]));
        Assert.Contains("primaryEndpoints.blob, parameters('deploymentContainerName'))]", ArmTemplate.Text(storage["value"]), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", ArmTemplate.Text(storage["authentication"]!["type"]));
        Assert.Equal(Templates.Parameter("identityId"), ArmTemplate.Text(storage["authentication"]!["userAssignedIdentityResourceId"]));
        Assert.Null(storage["authentication"]!["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void App_is_https_only_tls_1_2_without_ftp_or_basic_auth_publishing()
    {
        var site = Site;
        var siteConfig = site.Properties["siteConfig"]!.AsObject();

        Assert.True(site.Properties["httpsOnly"]!.GetValue<bool>(), "httpsOnly must be true");
        Assert.Equal("1.2", ArmTemplate.Text(siteConfig["minTlsVersion"]));
        Assert.Equal("1.2", ArmTemplate.Text(siteConfig["scmMinTlsVersion"]));
        Assert.Equal("Disabled", ArmTemplate.Text(siteConfig["ftpsState"]));

        var policies = Main.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.Contains(policies, p => p.Name.EndsWith("'ftp')]", StringComparison.Ordinal));
        Assert.Contains(policies, p => p.Name.EndsWith("'scm')]", StringComparison.Ordinal));
        Assert.All(policies, p => Assert.False(p.Properties["allow"]!.GetValue<bool>(), $"{p.Name} must not allow basic auth"));
    }

    [Fact]
    public void Cors_origins_are_a_parameter_that_allows_none_by_default()
    {
        var cors = Site.Properties["siteConfig"]!["cors"]!.AsObject();

        Assert.Equal(Templates.Parameter("corsAllowedOrigins"), ArmTemplate.Text(cors["allowedOrigins"]));
        Assert.False(cors["supportCredentials"]!.GetValue<bool>());
        Assert.Equal(Templates.Parameter("corsAllowedOrigins"), Site.ModuleArgument("corsAllowedOrigins"));
        Assert.Empty(Main.Root["parameters"]!["corsAllowedOrigins"]!["defaultValue"]!.AsArray());
    }

    [Fact]
    public void App_runs_only_as_the_user_assigned_identity_which_also_resolves_key_vault_references()
    {
        var site = Site;
        var identity = site.Node["identity"]!.AsObject();

        Assert.Equal("UserAssigned", ArmTemplate.Text(identity["type"]));
        var assigned = Assert.Single(identity["userAssignedIdentities"]!.AsObject());
        Assert.Equal("[format('{0}', parameters('identityId'))]", assigned.Key);
        Assert.Equal(Templates.Parameter("identityId"), ArmTemplate.Text(site.Properties["keyVaultReferenceIdentity"]));
        Assert.True(Templates.IsModuleOutput(site.ModuleArgument("identityId"), "identity", "id"));
        Assert.True(Templates.IsModuleOutput(site.ModuleArgument("identityClientId"), "identity", "clientId"));
    }

    [Fact]
    public void App_is_tagged_for_azd_with_the_service_name_of_azure_yaml()
    {
        var site = Site;

        Assert.Equal("[union(parameters('tags'), createObject('azd-service-name', parameters('azdServiceName')))]", ArmTemplate.Text(site.Node["tags"]));
        Assert.Equal("api", ArmTemplate.Text(site.Parameter("azdServiceName")["defaultValue"]));
        Assert.Throws<InvalidOperationException>(() => site.ModuleArgument("azdServiceName"));
        Assert.Matches(@"(?m)^services:\s*\n\s+api:\s*$", Infra.Read("azure.yaml").Replace("\r", "", StringComparison.Ordinal));

        var tags = Main.Root["variables"]!["tags"]!.AsObject();
        Assert.Equal(Templates.Parameter("environmentName"), ArmTemplate.Text(tags["azd-env-name"]));
    }

    internal static JsonObject AppSettings() =>
        Main.Single("Microsoft.Web/sites/config", r => r.Name.EndsWith("'appsettings')]", StringComparison.Ordinal), "appsettings").Properties;
}

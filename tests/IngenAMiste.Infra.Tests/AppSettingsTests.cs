using System.Text.Json.Nodes;

namespace IngenAMiste.Infra.Tests;

public sealed class AppSettingsTests
{
    private static readonly string[] Connections = ["AzureWebJobsStorage", "ReportStorage"];

    private static readonly string[] IdentityConnectionSuffixes = ["blobServiceUri", "queueServiceUri", "tableServiceUri", "credential", "clientId"];

    private static JsonObject Settings => FunctionAppTests.AppSettings();

    private static ArmResource SettingsResource =>
        Templates.Main.Single("Microsoft.Web/sites/config", r => r.Name.EndsWith("'appsettings')]", StringComparison.Ordinal), "appsettings");

    private static string Value(string key) =>
        Settings[key] is { } node ? ArmTemplate.Text(node) : throw new Xunit.Sdk.XunitException($"App setting '{key}' is missing.");

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("ReportStorage")]
    public void Storage_connection_is_identity_based(string connection)
    {
        Assert.Equal("managedidentity", Value($"{connection}__credential"));
        Assert.Equal(Templates.Parameter("identityClientId"), Value($"{connection}__clientId"));
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            var uri = Value($"{connection}__{service}ServiceUri");
            Assert.Equal(
                $"[reference(resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName')), '2025-06-01').primaryEndpoints.{service}]",
                uri);
        }

        // Only the identity-based shape: no connection string in the setting itself, nothing else under its name.
        Assert.Null(Settings[connection]);
        var extra = Settings.Select(s => s.Key)
            .Where(k => k.StartsWith(connection, StringComparison.OrdinalIgnoreCase))
            .Except(IdentityConnectionSuffixes.Select(s => $"{connection}__{s}"))
            .ToList();
        Assert.True(extra.Count == 0, $"Unexpected {connection} settings: {string.Join(", ", extra)}");
        Assert.True(Templates.IsModuleOutput(SettingsResource.ModuleArgument("storageAccountName"), "storage", "name"));
    }

    [Fact]
    public void No_app_setting_carries_a_key_sas_or_connection_string()
    {
        var text = Settings.ToJsonString();

        foreach (var forbidden in new[] { "AccountKey", "SharedAccessSignature", "DefaultEndpointsProtocol", "UseDevelopmentStorage", "listKeys", "sig=", "InstrumentationKey=" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        }

        // Flex Consumption sets the runtime in functionAppConfig and has no content share or run-from-package setting.
        foreach (var notOnFlex in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "APPINSIGHTS_INSTRUMENTATIONKEY" })
        {
            Assert.Null(Settings[notOnFlex]);
        }
    }

    [Fact]
    public void Every_value_is_computed_from_parameters_or_resources_and_none_is_a_secret_literal()
    {
        // The only literal allowed is the credential kind; everything else is an ARM expression.
        foreach (var (key, node) in Settings)
        {
            var value = ArmTemplate.Text(node);
            Assert.True(
                ArmTemplate.IsExpression(value) || value == "managedidentity",
                $"App setting {key} holds the literal '{value}': pass it as a parameter (or a Key Vault reference if it is a secret).");
        }

        // No setting, and nothing the parent passes to the function app module, touches a secure parameter.
        var secureParameters = Templates.Main.Templates()
            .SelectMany(t => t.Template["parameters"]?.AsObject() ?? [])
            .Where(p => ArmTemplate.Text(p.Value!["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key)
            .Distinct()
            .ToList();
        Assert.Contains("smtpPassword", secureParameters);
        var module = SettingsResource.Deployment!["properties"]!["parameters"]!.ToJsonString();
        foreach (var secure in secureParameters)
        {
            Assert.DoesNotContain($"parameters('{secure}')", Settings.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain($"parameters('{secure}')", module, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(SettingsResource.Template["parameters"]!.AsObject(), p => ArmTemplate.Text(p.Value!["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Smtp__Username", "smtpUsernameSecretName")]
    [InlineData("Smtp__Password", "smtpPasswordSecretName")]
    public void Smtp_credentials_are_key_vault_references(string key, string secretNameParameter)
    {
        Assert.Equal(
            $"[format('@Microsoft.KeyVault(SecretUri={{0}}secrets/{{1}})', parameters('keyVaultUri'), parameters('{secretNameParameter}'))]",
            Value(key));
        Assert.True(Templates.IsModuleOutput(SettingsResource.ModuleArgument("keyVaultUri"), "keyvault", "uri"));

        // The app and the vault agree on the secret's name.
        var secretName = SettingsResource.ModuleArgument(secretNameParameter);
        var vault = Templates.Main.Single("Microsoft.KeyVault/vaults");
        Assert.Equal(secretName, vault.ModuleArgument(secretNameParameter));
    }

    [Fact]
    public void Application_insights_is_reached_with_the_identity()
    {
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", Value("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.Equal(
            "[reference(resourceId('Microsoft.Insights/components', parameters('applicationInsightsName')), '2020-02-02').ConnectionString]",
            Value("APPLICATIONINSIGHTS_CONNECTION_STRING"));
    }

    [Fact]
    public void The_app_configuration_contract_is_complete()
    {
        string[] expected =
        [
            "Smtp__Host", "Smtp__Port", "Smtp__UseStartTls", "Smtp__Username", "Smtp__Password", "Smtp__From",
            "Summary__Schedule", "Summary__Recipients", "Summary__DashboardUrl", "Summary__SendWhenUnchanged",
            "Ingest__MaxBytes", "Ingest__MaxPages", "Ingest__Timeout",
        ];
        var missing = expected.Where(k => Settings[k] is null).ToList();

        Assert.True(missing.Count == 0, $"Missing app settings: {string.Join(", ", missing)}");
        Assert.All(Connections, c => Assert.NotNull(Settings[$"{c}__blobServiceUri"]));
        Assert.Equal(Templates.Parameter("summarySchedule"), Value("Summary__Schedule"));
        // An unset SUMMARY_SCHEDULE reaches main.bicep as "" and becomes the daily default, never an empty schedule.
        Assert.Equal(
            "[if(empty(parameters('summarySchedule')), createObject('value', '0 0 7 * * 1'), createObject('value', parameters('summarySchedule')))]",
            ArmTemplate.Text(SettingsResource.Deployment!["properties"]!["parameters"]!["summarySchedule"]));
        Assert.Equal("[string(parameters('ingestMaxBytes'))]", Value("Ingest__MaxBytes"));
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IngenAMiste.Infra.Tests;

public sealed partial class OutputsAndParametersTests
{
    private static readonly ArmTemplate Main = Templates.Main;

    [GeneratedRegex(@"^\$\{[A-Z][A-Z0-9_]*(=[^}]*)?\}$")]
    private static partial Regex AzdVariable();

    [Fact]
    public void Main_is_an_azd_subscription_deployment_that_creates_its_resource_group()
    {
        Assert.Contains("subscriptionDeploymentTemplate", ArmTemplate.Text(Main.Root["$schema"]), StringComparison.Ordinal);
        var group = Main.Single("Microsoft.Resources/resourceGroups");
        Assert.Equal("[variables('tags')]", ArmTemplate.Text(group.Node["tags"]));
        Assert.Equal("[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]", ArmTemplate.Text(Main.Root["variables"]!["resourceToken"]));
        Assert.Equal("location", ArmTemplate.Text(Main.Root["parameters"]!["location"]!["metadata"]!["azd"]!["type"]));
    }

    [Fact]
    public void Outputs_give_azd_and_the_hook_names_and_endpoints()
    {
        var outputs = Main.Root["outputs"]!.AsObject();

        foreach (var name in new[]
                 {
                     "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "AZURE_FUNCTION_APP_URL",
                     "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_STORAGE_BLOB_ENDPOINT", "AZURE_STORAGE_TABLE_ENDPOINT", "AZURE_STORAGE_QUEUE_ENDPOINT",
                     "AZURE_STORAGE_REPORTS_CONTAINER", "AZURE_EVENTGRID_SYSTEM_TOPIC_NAME", "AZURE_KEY_VAULT_NAME",
                 })
        {
            Assert.True(outputs[name] is not null, $"main.bicep must output {name}");
        }

        Assert.True(Templates.IsModuleOutput(ArmTemplate.Text(outputs["AZURE_STORAGE_BLOB_ENDPOINT"]!["value"]), "storage", "blobEndpoint"));
        Assert.True(Templates.IsModuleOutput(ArmTemplate.Text(outputs["AZURE_STORAGE_TABLE_ENDPOINT"]!["value"]), "storage", "tableEndpoint"));
    }

    [Fact]
    public void No_output_anywhere_carries_a_secret()
    {
        foreach (var (module, template) in Main.Templates().Append(("stage 2", Templates.EventSubscription.Root)))
        {
            var secure = (template["parameters"]?.AsObject() ?? [])
                .Where(p => ArmTemplate.Text(p.Value!["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase))
                .Select(p => p.Key)
                .ToList();
            foreach (var (name, output) in template["outputs"]?.AsObject() ?? [])
            {
                var text = output!.ToJsonString();
                Assert.False(ArmTemplate.Text(output["type"]).StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"{module}: output {name} is secure");
                foreach (var forbidden in new[] { "listKeys", "listSecrets", "ConnectionString", "InstrumentationKey" })
                {
                    Assert.False(text.Contains(forbidden, StringComparison.OrdinalIgnoreCase), $"{module}: output {name} uses {forbidden}");
                }

                Assert.All(secure, s => Assert.DoesNotContain($"parameters('{s}')", text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Parameters_file_maps_azd_environment_values_to_known_parameters_only()
    {
        var file = JsonNode.Parse(Infra.Read("main.parameters.json"))!["parameters"]!.AsObject();
        var declared = Main.Root["parameters"]!.AsObject();

        foreach (var (name, entry) in file)
        {
            Assert.True(declared[name] is not null, $"main.parameters.json sets '{name}', which main.bicep does not declare");
            var value = ArmTemplate.Text(entry!["value"]);
            Assert.True(AzdVariable().IsMatch(value), $"'{name}' must come from the azd environment (${{NAME}}), not the literal '{value}'");
        }

        foreach (var (name, parameter) in declared)
        {
            if (parameter!["defaultValue"] is null)
            {
                Assert.True(file[name] is not null, $"main.bicep parameter '{name}' has no default: main.parameters.json must set it");
            }
        }

        Assert.Equal("${AZURE_ENV_NAME}", ArmTemplate.Text(file["environmentName"]!["value"]));
        Assert.Equal("${AZURE_LOCATION}", ArmTemplate.Text(file["location"]!["value"]));
        Assert.Equal("${AZURE_PRINCIPAL_ID}", ArmTemplate.Text(file["uploaderPrincipalId"]!["value"]));
        Assert.Equal("${SMTP_PASSWORD}", ArmTemplate.Text(file["smtpPassword"]!["value"]));
    }
}

using System.Text.RegularExpressions;

namespace IngenAMiste.Infra.Tests;

public sealed partial class RoleAssignmentTests
{
    private const string StorageScope = "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]";
    private const string AppInsightsScope = "[resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]";
    private const string KeyVaultScope = "[resourceId('Microsoft.KeyVault/vaults', parameters('keyVaultName'))]";
    private const string ReportsContainerScope = "[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', 'reports')]";

    private static readonly ArmTemplate Main = Templates.Main;

    /// <summary>Built-in role definition GUIDs (identical in every tenant) and the one scope each is granted on.</summary>
    private static readonly Dictionary<string, (string Role, string Scope)> IdentityRoles = new(StringComparer.Ordinal)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = ("Storage Blob Data Owner", StorageScope),
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = ("Storage Queue Data Contributor", StorageScope),
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = ("Storage Table Data Contributor", StorageScope),
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = ("Monitoring Metrics Publisher", AppInsightsScope),
        ["4633458b-17de-408a-b874-0445c86b69e6"] = ("Key Vault Secrets User", KeyVaultScope),
    };

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', '(?<guid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'\)\]$")]
    private static partial Regex RoleDefinition();

    private static string RoleGuid(ArmResource assignment)
    {
        var id = ArmTemplate.Text(assignment.Properties["roleDefinitionId"]);
        var match = RoleDefinition().Match(id);
        Assert.True(match.Success, $"{assignment}: roleDefinitionId must be a built-in role GUID, not '{id}'.");
        return match.Groups["guid"].Value;
    }

    [Fact]
    public void The_identity_holds_exactly_the_storage_monitoring_and_key_vault_roles_each_on_its_own_resource()
    {
        var assignments = Main.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ArmTemplate.Text(a.Properties["principalId"]) == Templates.Parameter("principalId"))
            .ToList();

        var granted = assignments.Select(a => (Guid: RoleGuid(a), a.Scope)).OrderBy(g => g.Guid, StringComparer.Ordinal).ToList();
        var expected = IdentityRoles.Select(r => (Guid: r.Key, Scope: (string?)r.Value.Scope)).OrderBy(g => g.Guid, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, granted);

        foreach (var assignment in assignments)
        {
            var (role, _) = IdentityRoles[RoleGuid(assignment)];
            Assert.True(assignment.Condition is null, $"{role} must always be granted (no condition).");
            Assert.Equal("ServicePrincipal", ArmTemplate.Text(assignment.Properties["principalType"]));
            // principalId is the function app's user-assigned identity; the scopes are the deployed account,
            // component and vault.
            Assert.True(Templates.IsModuleOutput(assignment.ModuleArgument("principalId"), "identity", "principalId"), $"{role}: principalId");
            Assert.True(Templates.IsModuleOutput(assignment.ModuleArgument("storageAccountName"), "storage", "name"));
            Assert.True(Templates.IsModuleOutput(assignment.ModuleArgument("applicationInsightsName"), "monitoring", "applicationInsightsName"));
            Assert.True(Templates.IsModuleOutput(assignment.ModuleArgument("keyVaultName"), "keyvault", "name"));
        }
    }

    [Fact]
    public void Nothing_else_is_granted_except_the_optional_uploader_on_the_reports_container()
    {
        var others = Main.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ArmTemplate.Text(a.Properties["principalId"]) != Templates.Parameter("principalId"))
            .ToList();

        var uploader = Assert.Single(others);
        Assert.Equal(Templates.Parameter("uploaderPrincipalId"), ArmTemplate.Text(uploader.Properties["principalId"]));
        Assert.Equal("ba92f5b4-2d11-453d-a403-e96b0029c9fe", RoleGuid(uploader)); // Storage Blob Data Contributor
        Assert.Equal(ReportsContainerScope, uploader.Scope);
        Assert.Equal("[not(empty(parameters('uploaderPrincipalId')))]", uploader.Condition);
        Assert.Equal(Templates.Parameter("uploaderPrincipalId"), uploader.ModuleArgument("uploaderPrincipalId"));
        Assert.Equal("", ArmTemplate.Text(Main.Root["parameters"]!["uploaderPrincipalId"]!["defaultValue"]));
    }

    [Fact]
    public void Assignment_names_are_deterministic_per_scope_principal_and_role()
    {
        foreach (var assignment in Main.OfType("Microsoft.Authorization/roleAssignments"))
        {
            Assert.StartsWith("[guid(", assignment.Name, StringComparison.Ordinal);
            Assert.Contains($"'{RoleGuid(assignment)}')]", assignment.Name, StringComparison.Ordinal);
        }
    }
}

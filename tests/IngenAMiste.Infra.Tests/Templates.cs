namespace IngenAMiste.Infra.Tests;

/// <summary>The compiled templates the assertions read, parsed once per test run.</summary>
internal static class Templates
{
    private static readonly Lazy<ArmTemplate> MainTemplate = new(() => ArmTemplate.Compile("main.bicep"));

    private static readonly Lazy<ArmTemplate> EventSubscriptionTemplate = new(() => ArmTemplate.Compile("modules/blob-event-subscription.bicep"));

    /// <summary>Stage 1: main.bicep with its modules inlined as nested deployments.</summary>
    public static ArmTemplate Main => MainTemplate.Value;

    /// <summary>Stage 2: the Event Grid subscription the postdeploy hook deploys.</summary>
    public static ArmTemplate EventSubscription => EventSubscriptionTemplate.Value;

    /// <summary>An expression that reads output <paramref name="output"/> of module deployment <paramref name="module"/>.</summary>
    public static bool IsModuleOutput(string expression, string module, string output) =>
        expression.Contains($"'Microsoft.Resources/deployments', '{module}')", StringComparison.Ordinal)
        && expression.EndsWith($".outputs.{output}.value]", StringComparison.Ordinal);

    public static string Parameter(string name) => $"[parameters('{name}')]";
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace IngenAMiste.Infra.Tests;

/// <summary>One resource of a compiled template, wherever it sits in the tree of nested (module) deployments.</summary>
/// <param name="Module">Path of module deployment names from the root ("" for the root template, "function-app", …).</param>
/// <param name="Template">The (nested) template that declares the resource: its parameters, variables and outputs.</param>
/// <param name="Deployment">The module deployment resource that holds <paramref name="Template"/> (null at the root).</param>
internal sealed record ArmResource(string Type, string Name, JsonObject Node, string Module, JsonObject Template, JsonObject? Deployment)
{
    public JsonObject Properties => Node["properties"]?.AsObject() ?? new JsonObject();

    public string? Condition => Node["condition"]?.GetValue<string>();

    public string? Scope => Node["scope"]?.GetValue<string>();

    /// <summary>The expression (or literal) the parent deployment passes for one of this module's parameters.</summary>
    public string ModuleArgument(string parameter) =>
        Deployment?["properties"]?["parameters"]?[parameter]?["value"] is { } value
            ? ArmTemplate.Text(value)
            : throw new InvalidOperationException($"Module '{Module}' is not passed parameter '{parameter}'.");

    /// <summary>A parameter declaration of the template that declares this resource.</summary>
    public JsonObject Parameter(string name) =>
        Template["parameters"]?[name]?.AsObject() ?? throw new InvalidOperationException($"Module '{Module}' declares no parameter '{name}'.");

    public override string ToString() => $"{Type} {Name} (module '{Module}')";
}

/// <summary>A compiled ARM template (the output of `bicep build`), with its module deployments flattened.</summary>
internal sealed class ArmTemplate
{
    private ArmTemplate(JsonObject root)
    {
        Root = root;
        Resources = Flatten(root, "", null).ToList();
    }

    public JsonObject Root { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public static ArmTemplate Compile(string relativeFile)
    {
        var (run, json) = BicepCli.Build(relativeFile);
        Assert.True(run.ExitCode == 0 && json.Length > 0, $"bicep build {relativeFile} failed:\n{run.Diagnostics}");
        return new ArmTemplate(JsonNode.Parse(json)!.AsObject());
    }

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var matches = OfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}: {string.Join("; ", matches)}");
        return matches[0];
    }

    public ArmResource Single(string type, Func<ArmResource, bool> predicate, string what)
    {
        var matches = OfType(type).Where(predicate).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type} ({what}), found {matches.Count}: {string.Join("; ", matches)}");
        return matches[0];
    }

    /// <summary>Every template in the tree (root first), with the module path that holds it.</summary>
    public IEnumerable<(string Module, JsonObject Template)> Templates()
    {
        yield return ("", Root);
        foreach (var deployment in OfType("Microsoft.Resources/deployments"))
        {
            if (deployment.Properties["template"] is JsonObject inner)
            {
                yield return (ModulePath(deployment), inner);
            }
        }
    }

    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>An ARM template expression: "[...]" but not an escaped literal "[[...".</summary>
    public static bool IsExpression(string value) =>
        value.StartsWith('[') && value.EndsWith(']') && !value.StartsWith("[[", StringComparison.Ordinal);

    private static string ModulePath(ArmResource deployment) =>
        string.IsNullOrEmpty(deployment.Module) ? deployment.Name : $"{deployment.Module}/{deployment.Name}";

    private static IEnumerable<ArmResource> Flatten(JsonObject template, string module, JsonObject? deployment)
    {
        // Bicep emits an array of resources, or (languageVersion 2.0) an object keyed by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(n => n!.AsObject()),
            JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()),
            _ => [],
        };

        foreach (var node in resources)
        {
            var resource = new ArmResource(
                Text(node["type"]), Text(node["name"]), node, module, template, deployment);
            if (node["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            yield return resource;
            if (resource.Type == "Microsoft.Resources/deployments" && resource.Properties["template"] is JsonObject inner)
            {
                foreach (var nested in Flatten(inner, ModulePath(resource), node))
                {
                    yield return nested;
                }
            }
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IngenAMiste.Web;

namespace IngenAMiste.Functions.Tests;

/// <summary>The worker SDK's functions.metadata and extensions.json (what the host indexes) against <see cref="FunctionContract"/>.</summary>
public sealed class BindingContractTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Metadata = new(LoadMetadata);

    private static IReadOnlyDictionary<string, JsonObject> LoadMetadata()
    {
        var array = JsonNode.Parse(File.ReadAllText(Repo.FunctionsOutputFile("functions.metadata")))!.AsArray();
        return array.Select(n => n!.AsObject()).ToDictionary(f => (string)f["name"]!, StringComparer.Ordinal);
    }

    private static IEnumerable<JsonObject> Bindings(JsonObject function) => function["bindings"]!.AsArray().Select(b => b!.AsObject());

    private static JsonObject Trigger(string name)
    {
        Assert.True(Metadata.Value.TryGetValue(name, out var function), $"functions.metadata has no function '{name}'.");
        var triggers = Bindings(function).Where(b => ((string)b["type"]!).EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)).ToList();
        return Assert.Single(triggers);
    }

    private static string Text(JsonObject binding, string property) =>
        binding[property]?.ToString() ?? throw new Xunit.Sdk.XunitException($"Binding has no '{property}': {binding.ToJsonString()}");

    private static string[] Methods(JsonObject trigger) =>
        trigger["methods"]?.AsArray().Select(m => m!.ToString().ToUpperInvariant()).Order(StringComparer.Ordinal).ToArray() ?? [];

    [Fact]
    public void Metadata_lists_exactly_the_contracted_functions()
    {
        var expected = FunctionContract.Functions.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var actual = Metadata.Value.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(FunctionContract.Names), MemberType = typeof(FunctionContract))]
    public void Function_binds_as_contracted(string name)
    {
        var expected = FunctionContract.Functions.Single(f => f.Name == name);
        var trigger = Trigger(name);
        switch (expected)
        {
            case FunctionContract.Http http:
                Assert.Equal("httpTrigger", Text(trigger, "type"));
                Assert.Equal(http.Route, Text(trigger, "route"));
                Assert.Equal([http.Method], Methods(trigger));
                Assert.Equal(http.AuthLevel, Text(trigger, "authLevel"), ignoreCase: true);
                break;
            case FunctionContract.Blob blob:
                Assert.Equal("blobTrigger", Text(trigger, "type"));
                Assert.Equal(blob.Path, Text(trigger, "path"));
                Assert.Equal(blob.Source, Text(trigger, "source"));
                Assert.Equal(blob.Connection, Text(trigger, "connection"));
                break;
            case FunctionContract.Timer timer:
                Assert.Equal("timerTrigger", Text(trigger, "type"));
                Assert.Equal(timer.Schedule, Text(trigger, "schedule"));
                break;
            default:
                Assert.Fail($"No check for {expected.GetType().Name}.");
                break;
        }
    }

    [Fact]
    public void Http_functions_and_the_local_hosts_routes_are_the_same_list()
    {
        var functions = Metadata.Value.Keys
            .Select(Trigger)
            .Where(t => Text(t, "type") == "httpTrigger")
            .SelectMany(t => Methods(t).Select(m => (Method: m, Route: Text(t, "route"), Admin: Text(t, "authLevel").Equals("admin", StringComparison.OrdinalIgnoreCase))))
            .Select(r => $"{r.Method} {r.Route} admin={r.Admin}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var local = ApiEndpoints.Routes
            .Select(r => $"{r.Method.ToUpperInvariant()} {r.Route} admin={r.Admin}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(functions);
        Assert.Equal(local, functions);
    }

    /// <summary>
    /// extensions.json lists the host extensions the worker SDK installs into .azurefunctions: here the Blobs
    /// extension (5.1+ for <c>Source = EventGrid</c>). HTTP and timer triggers are built into the host and never appear
    /// there, so for them the worker-side extension assemblies must be in the output (ASP.NET Core integration, timer).
    /// </summary>
    [Fact]
    public void Extensions_needed_by_the_triggers_are_registered()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Repo.FunctionsOutputFile("extensions.json")))!["extensions"]!.AsArray()
            .Select(e => (string)e!["typeName"]!)
            .ToList();
        var triggerTypes = Metadata.Value.Keys.Select(n => Text(Trigger(n), "type")).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("blobTrigger", triggerTypes);
        var blobs = extensions.SingleOrDefault(e => e.Contains(", Microsoft.Azure.WebJobs.Extensions.Storage.Blobs,", StringComparison.Ordinal));
        Assert.True(blobs is not null, $"extensions.json does not register the Blobs extension; it has: {string.Join("; ", extensions)}");
        var version = Version.Parse(Regex.Match(blobs, @"Version=([0-9.]+)").Groups[1].Value);
        Assert.True(version >= new Version(5, 1), $"Blob triggers with Source = EventGrid need the Blobs extension 5.1+, extensions.json has {version}.");

        Assert.Contains("httpTrigger", triggerTypes);
        Repo.FunctionsOutputFile("Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore.dll");
        if (triggerTypes.Contains("timerTrigger"))
        {
            Repo.FunctionsOutputFile("Microsoft.Azure.Functions.Worker.Extensions.Timer.dll");
        }
    }

    [Fact]
    public void Metadata_is_valid_json_array_of_dotnet_isolated_functions()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repo.FunctionsOutputFile("functions.metadata")));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.All(Metadata.Value.Values, f => Assert.Equal("dotnet-isolated", (string?)f["language"]));
    }
}

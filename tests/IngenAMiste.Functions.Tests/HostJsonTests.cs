using System.Text.Json.Nodes;

namespace IngenAMiste.Functions.Tests;

/// <summary>The host.json Azure runs is the top-level one, and it carries the production settings.</summary>
public sealed class HostJsonTests
{
    private static JsonNode TopLevel() => JsonNode.Parse(File.ReadAllText(Repo.File("host.json")))!;

    [Fact]
    public void Functions_output_carries_the_top_level_host_json()
    {
        Assert.Equal(File.ReadAllBytes(Repo.File("host.json")), File.ReadAllBytes(Repo.FunctionsOutputFile("host.json")));
    }

    [Fact]
    public void Host_json_holds_the_production_settings()
    {
        var host = TopLevel();
        Assert.Equal("2.0", (string?)host["version"]);
        Assert.True(TimeSpan.TryParse((string?)host["functionTimeout"], out var timeout) && timeout > TimeSpan.Zero, "functionTimeout must be a positive time span.");
        Assert.False(string.IsNullOrEmpty((string?)host["logging"]?["logLevel"]?["default"]), "logging.logLevel.default is missing.");
        Assert.False(string.IsNullOrEmpty((string?)host["logging"]?["logLevel"]?["Function"]), "logging.logLevel.Function is missing.");
        var sampling = host["logging"]?["applicationInsights"]?["samplingSettings"];
        Assert.True((bool?)sampling?["isEnabled"] == true, "logging.applicationInsights.samplingSettings.isEnabled must be true.");
        Assert.NotNull(sampling?["maxTelemetryItemsPerSecond"]);
    }

    [Fact]
    public void Blob_retries_use_the_blobs_extension_setting()
    {
        // Blobs extension 5.x+: extensions.blobs.poisonBlobThreshold is how often a blob is tried before it goes to
        // the webjobs-blobtrigger-poison queue. maxDequeueCount is a queues setting; under blobs it is ignored.
        var blobs = TopLevel()["extensions"]?["blobs"]?.AsObject();
        Assert.NotNull(blobs);
        var threshold = (int?)blobs["poisonBlobThreshold"];
        Assert.True(threshold is >= 1 and <= 10, $"extensions.blobs.poisonBlobThreshold must be 1-10, is {threshold?.ToString() ?? "missing"}.");
        Assert.False(blobs.ContainsKey("maxDequeueCount"), "extensions.blobs.maxDequeueCount is not a Blobs extension setting; use poisonBlobThreshold.");
    }
}

using System.Net;
using System.Text.Json;
using IngenAMiste.Integration.Tests.Infrastructure;

namespace IngenAMiste.Browser.Tests.Infrastructure;

/// <summary>The API's own answers, to compare with what the dashboard renders.</summary>
public static class Api
{
    public static readonly (string Code, string CountKey)[] Statuses =
        [("not_started", "notStarted"), ("planned", "planned"), ("in_progress", "inProgress"), ("completed", "completed")];

    public static async Task<JsonElement> GetJsonAsync(this ServedApp app, string path)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static async Task<JsonElement[]> MeasuresAsync(this ServedApp app, string query = "") =>
        (await app.GetJsonAsync("api/measures" + query)).EnumerateArray().ToArray();
}

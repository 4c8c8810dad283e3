using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IngenAMiste.Web;

/// <summary>
/// The API's routes on an ASP.NET Core host (<c>ingen serve</c>), bound to the same <see cref="ProgressApi"/>
/// handlers as the HTTP functions. Keep in step with the functions' routes (the contract test checks both).
/// </summary>
public static class ApiEndpoints
{
    public static readonly IReadOnlyList<(string Method, string Route, bool Admin)> Routes =
    [
        ("GET", "progress", false),
        ("GET", "measures", false),
        ("GET", "measures/{number}", false),
        ("GET", "changes", false),
        ("GET", "reports", false),
        ("GET", "reports/{id}", false),
        ("GET", "openapi.json", false),
        ("GET", "dashboard", false),
        ("POST", "manage/reprocess", true),
        ("DELETE", "manage/reports/{id}", true),
    ];

    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("progress", (HttpRequest r, ProgressApi h, CancellationToken ct) => h.GetProgressAsync(r, ct));
        api.MapGet("measures", (HttpRequest r, ProgressApi h, CancellationToken ct) => h.ListMeasuresAsync(r, ct));
        api.MapGet("measures/{number}", (HttpRequest r, string number, ProgressApi h, CancellationToken ct) => h.GetMeasureAsync(r, number, ct));
        api.MapGet("changes", (HttpRequest r, ProgressApi h, CancellationToken ct) => h.ListChangesAsync(r, ct));
        api.MapGet("reports", (HttpRequest r, ProgressApi h, CancellationToken ct) => h.ListReportsAsync(r, ct));
        api.MapGet("reports/{id}", (HttpRequest r, string id, ProgressApi h, CancellationToken ct) => h.GetReportAsync(r, id, ct));
        api.MapGet("openapi.json", ProgressApi.OpenApiDocument);
        api.MapGet("dashboard", ProgressApi.Dashboard);
        api.MapPost("manage/reprocess", (HttpRequest r, ProgressApi h, CancellationToken ct) => h.ReprocessAsync(r, ct));
        api.MapDelete("manage/reports/{id}", (string id, ProgressApi h, CancellationToken ct) => h.DeleteReportAsync(id, ct));
        return app;
    }
}

namespace IngenAMiste.Functions.Tests;

/// <summary>
/// What the Functions host must see: one entry per function. Adding, renaming or rebinding a function means
/// changing this table (the binding contract tests compare it with the worker SDK's functions.metadata).
/// </summary>
internal static class FunctionContract
{
    public abstract record Function(string Name);

    /// <summary>An HTTP function. <paramref name="Route"/> is relative to <c>/api</c>; <paramref name="AuthLevel"/> as in functions.metadata.</summary>
    public sealed record Http(string Name, string Method, string Route, string AuthLevel) : Function(Name);

    public sealed record Blob(string Name, string Path, string Source, string Connection) : Function(Name);

    public sealed record Timer(string Name, string Schedule) : Function(Name);

    public static readonly IReadOnlyList<Function> Functions =
    [
        new Blob("IngestReport", "reports/{name}", "EventGrid", "ReportStorage"),
        new Http("GetProgress", "GET", "progress", "function"),
        new Http("ListMeasures", "GET", "measures", "function"),
        new Http("GetMeasure", "GET", "measures/{number}", "function"),
        new Http("ListChanges", "GET", "changes", "function"),
        new Http("ListReports", "GET", "reports", "function"),
        new Http("GetReport", "GET", "reports/{id}", "function"),
        new Http("GetOpenApi", "GET", "openapi.json", "function"),
        new Http("GetDashboard", "GET", "dashboard", "function"),
        new Http("ReprocessBlob", "POST", "manage/reprocess", "admin"),
        new Http("DeleteReport", "DELETE", "manage/reports/{id}", "admin"),
        new Timer("SendProgressSummary", "%Summary:Schedule%"),
    ];

    public static IEnumerable<object[]> Names() => Functions.Select(f => new object[] { f.Name });
}

using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/reports/{id}</c>: one report with its measures and ingestions.</summary>
public sealed class GetReport(ProgressApi api)
{
    [Function(nameof(GetReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        api.GetReportAsync(request, id, cancellationToken).AsActionResult();
}

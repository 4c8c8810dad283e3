using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/reports</c>: reports and every ingestion outcome.</summary>
public sealed class ListReports(ProgressApi api)
{
    [Function(nameof(ListReports))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.ListReportsAsync(request, cancellationToken).AsActionResult();
}

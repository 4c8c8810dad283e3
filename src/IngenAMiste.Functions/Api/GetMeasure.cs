using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/measures/{number}</c>: one measure with its timeline.</summary>
public sealed class GetMeasure(ProgressApi api)
{
    [Function(nameof(GetMeasure))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "measures/{number}")] HttpRequest request,
        string number,
        CancellationToken cancellationToken) =>
        api.GetMeasureAsync(request, number, cancellationToken).AsActionResult();
}

using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/measures?goal=&amp;ministry=&amp;status=&amp;q=</c>: measures with their latest status.</summary>
public sealed class ListMeasures(ProgressApi api)
{
    [Function(nameof(ListMeasures))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "measures")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.ListMeasuresAsync(request, cancellationToken).AsActionResult();
}

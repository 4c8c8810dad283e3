using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/progress</c>: the plan's current state.</summary>
public sealed class GetProgress(ProgressApi api)
{
    [Function(nameof(GetProgress))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "progress")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.GetProgressAsync(request, cancellationToken).AsActionResult();
}

using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/changes?from=&amp;to=</c>: status changes between two report periods.</summary>
public sealed class ListChanges(ProgressApi api)
{
    [Function(nameof(ListChanges))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "changes")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.ListChangesAsync(request, cancellationToken).AsActionResult();
}

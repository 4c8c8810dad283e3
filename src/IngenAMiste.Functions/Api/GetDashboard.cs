using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>GET /api/dashboard</c>: the self-contained dashboard page (it passes its <c>?code=</c> on to the API).</summary>
public sealed class GetDashboard
{
    [Function(nameof(GetDashboard))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "dashboard")] HttpRequest request) =>
        ProgressApi.Dashboard().AsActionResult();
}

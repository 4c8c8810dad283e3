using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>DELETE /api/manage/reports/{id}</c> (admin key): remove a report's rows; the uploaded blob stays.</summary>
public sealed class DeleteReport(ProgressApi api)
{
    [Function(nameof(DeleteReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "manage/reports/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        api.DeleteReportAsync(id, cancellationToken).AsActionResult();
}

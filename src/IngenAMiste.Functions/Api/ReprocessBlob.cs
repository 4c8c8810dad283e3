using IngenAMiste.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace IngenAMiste.Functions.Api;

/// <summary><c>POST /api/manage/reprocess?blob=NAME</c> (admin key): ingest a blob again.</summary>
public sealed class ReprocessBlob(ProgressApi api)
{
    [Function(nameof(ReprocessBlob))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "manage/reprocess")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.ReprocessAsync(request, cancellationToken).AsActionResult();
}

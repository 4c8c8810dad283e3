using IngenAMiste.Web;
using Microsoft.AspNetCore.Mvc;

namespace IngenAMiste.Functions.Api;

/// <summary>Lets an HTTP function return the shared handlers' <see cref="ApiResponse"/>.</summary>
public sealed class ApiActionResult(ApiResponse response) : IActionResult
{
    public ApiResponse Response { get; } = response;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Response.ExecuteAsync(context.HttpContext);
    }
}

public static class ApiResponseExtensions
{
    public static async Task<IActionResult> AsActionResult(this Task<ApiResponse> response) => new ApiActionResult(await response);

    public static IActionResult AsActionResult(this ApiResponse response) => new ApiActionResult(response);
}

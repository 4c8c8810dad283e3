using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IngenAMiste.Web;

/// <summary>
/// A finished response: status, content type and body bytes, with a strong ETag over the body.
/// Answers <c>304 Not Modified</c> when the request's <c>If-None-Match</c> holds that ETag.
/// One type for the Functions worker (through <see cref="Microsoft.AspNetCore.Mvc.IActionResult"/>) and for Kestrel.
/// </summary>
public sealed class ApiResponse : IResult
{
    private ApiResponse(int status, string contentType, byte[] body, string? cacheControl)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        CacheControl = cacheControl;
        ETag = status == StatusCodes.Status200OK ? "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"" : null;
    }

    public int Status { get; }
    public string ContentType { get; }
    public byte[] Body { get; }
    public string? ETag { get; }
    public string? CacheControl { get; }

    public static ApiResponse Json<T>(T value) =>
        new(StatusCodes.Status200OK, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), "no-cache");

    public static ApiResponse Csv(byte[] utf8WithBom, string fileName) =>
        new(StatusCodes.Status200OK, "text/csv; charset=utf-8", utf8WithBom, "no-cache") { FileName = fileName };

    public static ApiResponse Html(string html) =>
        new(StatusCodes.Status200OK, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), "no-cache");

    public static ApiResponse Raw(byte[] body, string contentType) => new(StatusCodes.Status200OK, contentType, body, "no-cache");

    /// <summary>An RFC 7807 problem with a message a person can act on.</summary>
    public static ApiResponse Problem(int status, string title, string detail) =>
        new(status, "application/problem+json; charset=utf-8",
            JsonSerializer.SerializeToUtf8Bytes(new { type = "about:blank", title, status, detail }, ApiJson.Options), "no-store");

    public static ApiResponse BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiResponse NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>For CSV: the name a browser saves the file as.</summary>
    public string? FileName { get; private init; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        if (ETag is not null)
        {
            response.Headers.ETag = ETag;
            if (Matches(httpContext.Request.Headers.IfNoneMatch, ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                if (CacheControl is not null)
                {
                    response.Headers.CacheControl = CacheControl;
                }

                return;
            }
        }

        response.StatusCode = Status;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        if (CacheControl is not null)
        {
            response.Headers.CacheControl = CacheControl;
        }

        if (FileName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = FileName }.ToString();
        }

        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(Body, httpContext.RequestAborted);
        }
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var candidate in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (candidate == "*" || candidate == etag || candidate == "W/" + etag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

using AutoRemediate.Functions.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// <c>GET /api/approvals/{token}</c> shows the approval page (it never changes anything);
/// <c>POST /api/approvals/{token}/decision</c> records a decision, only when the browser marks the post same-origin
/// (<see cref="SameOrigin"/>: a page on another site must not make a signed-in approver's browser decide). Both answer
/// HTML, or JSON (problem+json for errors) to a client that asks for it.
/// </summary>
internal static class ApprovalEndpoints
{
    public static void MapApprovals(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ApprovalUrls.RoutePrefix).AddEndpointFilter(SecurityHeaders);

        group.MapGet("/{token}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
            string token, string? decision, HttpRequest request, ApprovalViewer viewer, CancellationToken ct) =>
        {
            var outcome = await viewer.ViewAsync(token, decision, request, ct);
            return outcome.View is { } view ? Html(ApprovalPage.Render(view), StatusCodes.Status200OK) : Refusal(outcome.Error!, request);
        });

        group.MapPost("/{token}/decision", async Task<Results<ContentHttpResult, ProblemHttpResult, Ok<DecisionReceipt>>> (
            string token, HttpRequest request, ApprovalDecisionHandler handler, CancellationToken ct) =>
        {
            var result = await handler.DecideAsync(token, request, ct);
            if (!WantsJson(request))
            {
                return Html(ApprovalPage.Result(result), result.StatusCode);
            }

            return result.Succeeded ? TypedResults.Ok(DecisionReceipt.From(result)) : Problem(result);
        }).RequireSameOrigin(http => Refusal(ApprovalPageResult.CrossSite(), http.Request));
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Refusal(ApprovalPageResult result, HttpRequest request) =>
        WantsJson(request) ? Problem(result) : Html(ApprovalPage.Result(result), result.StatusCode);

    private static ProblemHttpResult Problem(ApprovalPageResult result)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = result.Code };
        if (result.RequiredRole is { } role)
        {
            extensions["requiredRole"] = role;
        }

        return TypedResults.Problem(result.Detail, statusCode: result.StatusCode, title: result.Title, extensions: extensions);
    }

    private static ContentHttpResult Html(string html, int statusCode) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: statusCode);

    private static bool WantsJson(HttpRequest request) =>
        request.HasJsonContentType()
        || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Value is "application/json" or "application/problem+json");

    /// <summary>No caching, no framing, no referrer (the URL holds a token), and nothing but inline styles and same-origin posts.</summary>
    private static ValueTask<object?> SecurityHeaders(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return next(context);
    }
}

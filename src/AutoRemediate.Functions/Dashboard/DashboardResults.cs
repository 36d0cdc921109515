using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The dashboard's answers: HTML pages, and 303 redirects after a form post (so a reload never posts again).</summary>
internal static class DashboardResults
{
    public static ContentHttpResult Html(string html, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", statusCode: statusCode);

    public static SeeOtherResult SeeOther(string localPath) => new(localPath);
}

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Refuses a dashboard form post that another site made the browser send (CSRF): the browser's <c>Sec-Fetch-Site</c>
/// must say same-origin, or, from browsers without it, <c>Origin</c> must name this host. A post carrying neither is
/// refused too. Hosts are compared without the scheme, since TLS ends in front of the app in Azure.
/// </summary>
internal sealed class SameOriginFilter(ILogger<SameOriginFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (IsSameOrigin(request))
        {
            return await next(context);
        }

        logger.DashboardCrossSitePostRefused(request.Path, request.Headers.Origin.ToString(), request.Headers["Sec-Fetch-Site"].ToString());
        var body = Markup.Of($"<div class=\"panel\"><h1>Action refused</h1><p>This form was not sent from the dashboard itself, so nothing was changed. Open the dashboard and try again.</p></div>");
        return DashboardResults.Html(DashboardLayout.Render("Action refused", null, null, body), StatusCodes.Status403Forbidden);
    }

    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}", request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

namespace AutoRemediate.Functions.Security;

/// <summary>
/// Refuses a state-changing browser post that another site made the browser send (CSRF): the browser's
/// <c>Sec-Fetch-Site</c> must say same-origin, or, from browsers without it, <c>Origin</c> must name this host. A post
/// carrying neither is refused too. Hosts are compared without the scheme, since TLS ends in front of the app in Azure.
/// Shared by the dashboard's forms and the approval form; each answers the refusal in its own way.
/// </summary>
internal static class SameOrigin
{
    public const string FetchSiteHeader = "Sec-Fetch-Site";

    /// <summary>
    /// Runs the endpoint only for a same-origin request; otherwise logs and answers <paramref name="refusal"/> (a 403)
    /// without running it, so nothing is read, recorded or consumed.
    /// </summary>
    public static TBuilder RequireSameOrigin<TBuilder>(this TBuilder builder, Func<HttpContext, IResult> refusal)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            if (IsSameOrigin(request))
            {
                return await next(context);
            }

            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SameOrigin).FullName!)
                .CrossSitePostRefused(request.Path.Value, request.Headers.Origin.ToString(), request.Headers[FetchSiteHeader].ToString());
            return refusal(context.HttpContext);
        });
    }

    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers[FetchSiteHeader].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}", request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Roles;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Lets only a known operator in: the same identity the operator API records (<see cref="OperatorIdentityResolver"/>),
/// App Service Authentication's principal when trusted, else the configured local identity (Development only); never a webhook key. Anyone else gets a 401
/// page, with a sign-in link when App Service Authentication is in front; a signed-in operator without the role the
/// route needs (<see cref="RoleRequirement"/>) gets a 403 page naming it, before the route runs. Also sets the headers
/// every page needs.
/// </summary>
internal sealed class DashboardAuthenticationFilter(
    OperatorIdentityResolver identities, IOptions<OperatorOptions> operatorOptions, IOptions<DashboardOptions> options, ILogger<DashboardAuthenticationFilter> logger)
    : IEndpointFilter
{
    private const string UserKey = "AutoRemediate.Dashboard.User";
    private const string RolesKey = "AutoRemediate.Dashboard.Roles";

    /// <summary>The signed-in operator; only valid inside the dashboard's endpoints, after this filter ran.</summary>
    public static string User(HttpContext http) => (string)http.Items[UserKey]!;

    /// <summary>Whether the signed-in operator holds <paramref name="role"/> (pages offer only the actions they may take).</summary>
    public static bool Holds(HttpContext http, OperatorRole role) =>
        http.Items[RolesKey] is IReadOnlySet<OperatorRole> roles && roles.Contains(role);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var headers = http.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy =
            "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        var authentication = identities.Authenticate(http.Request);
        if (authentication.Operator is not { } user)
        {
            logger.DashboardNotAuthenticated(http.Request.Path.Value, authentication.Failure!);
            return DashboardResults.Html(SignInPage(http), StatusCodes.Status401Unauthorized);
        }

        var requirement = RoleRequirement.Of(http.GetEndpoint());
        if (!requirement.IsMetBy(authentication.Roles))
        {
            logger.DashboardForbidden(http.Request.Method, http.Request.Path.Value, user, requirement.Role!.Value, RoleGrants.Describe(authentication.Roles));
            return DashboardResults.Html(ForbiddenPage(user, requirement.Role.Value, authentication.Roles), StatusCodes.Status403Forbidden);
        }

        http.Items[UserKey] = user;
        http.Items[RolesKey] = authentication.Roles;
        return await next(context);
    }

    private static string ForbiddenPage(string user, OperatorRole required, IReadOnlySet<OperatorRole> held) =>
        DashboardLayout.Render(
            "Not allowed",
            null,
            null,
            Markup.Of($"<div class=\"panel\"><h1>Not allowed</h1><p>This needs the {required.ToString()} role; {user} has {RoleGrants.Describe(held)}. Nothing was changed. Ask an administrator for the role (an app role of the sign-in app registration, or a group mapped under Authorization:Groups).</p></div>"));

    private string SignInPage(HttpContext http)
    {
        var body = operatorOptions.Value.TrustAppServiceAuthentication
            ? Markup.Of($"<p>Sign in to see remediations and act on them.</p><p><a class=\"button primary\" href=\"{options.Value.SignInPath}?post_login_redirect_uri={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}\">Sign in</a></p>")
            : Markup.Of($"<p>No operator identity is configured: set Operator:LocalIdentity for local use in the Development environment, or Operator:TrustAppServiceAuthentication behind App Service Authentication. Webhook keys do not sign anyone in.</p>");
        return DashboardLayout.Render("Sign-in required", null, null, Markup.Of($"<div class=\"panel\"><h1>Sign-in required</h1>{body}</div>"));
    }
}

using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Roles;
using AutoRemediate.Functions.Security;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// The operator dashboard under <c>/dashboard</c>: server-rendered pages for the signed-in operator, form posts that
/// must come from the dashboard itself (<see cref="SameOrigin"/>), and its own CSS and JS. Pages need Viewer, Cancel
/// Operator, the kill switch and breaker resets Admin (<see cref="DashboardAuthenticationFilter"/> checks).
/// </summary>
internal static class DashboardEndpoints
{
    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(DashboardPaths.Root)
            .AddEndpointFilter<DashboardAuthenticationFilter>()
            .AddEndpointFilter<OperatorStorageFilter>()
            .ExcludeFromDescription();
        pages.MapGet("/", () => DashboardResults.SeeOther(DashboardPaths.Remediations)).AllowAnyRole();
        pages.MapGet("/remediations", (HttpContext http, DashboardViews views) => views.RemediationsAsync(http)).RequireRole(OperatorRole.Viewer);
        pages.MapGet("/remediations/{id}", (string id, HttpContext http, DashboardViews views) => views.RemediationAsync(id, http)).RequireRole(OperatorRole.Viewer);
        pages.MapGet("/approvals", (HttpContext http, DashboardViews views) => views.ApprovalsAsync(http)).RequireRole(OperatorRole.Viewer);
        pages.MapGet("/approvals/{requestId}/review", (string requestId, string? decision, HttpContext http, DashboardViews views) => views.ReviewAsync(requestId, decision, http))
            .RequireRole(OperatorRole.Viewer);
        pages.MapGet("/guardrails", (HttpContext http, DashboardViews views) => views.GuardrailsAsync(http)).RequireRole(OperatorRole.Viewer);
        pages.MapGet("/toil", (string? window, HttpContext http, DashboardViews views) => views.ToilAsync(window, http)).RequireRole(OperatorRole.Viewer);
        pages.MapGet("/assets/dashboard.css", (DashboardAssets assets) => TypedResults.Text(assets.Style, "text/css; charset=utf-8")).AllowAnyRole();
        pages.MapGet("/assets/dashboard.js", (DashboardAssets assets) => TypedResults.Text(assets.Script, "text/javascript; charset=utf-8")).AllowAnyRole();

        var actions = pages.MapGroup(string.Empty).RequireSameOrigin(_ => CrossSiteRefusal());
        actions.MapPost("/remediations/{id}/cancel", (string id, HttpContext http, DashboardActions dashboard) => dashboard.CancelAsync(id, http)).DisableAntiforgery()
            .RequireRole(OperatorRole.Operator);
        actions.MapPost("/guardrails/kill-switch", (HttpContext http, DashboardActions dashboard) => dashboard.SetKillSwitchAsync(http)).DisableAntiforgery()
            .RequireRole(OperatorRole.Admin);
        actions.MapPost("/guardrails/circuit-breakers/{runbook}/reset", (string runbook, HttpContext http, DashboardActions dashboard) => dashboard.ResetBreakerAsync(runbook, http))
            .DisableAntiforgery().RequireRole(OperatorRole.Admin);
    }

    /// <summary>The 403 page for a form post the dashboard did not send itself.</summary>
    private static IResult CrossSiteRefusal()
    {
        var body = Markup.Of($"<div class=\"panel\"><h1>Action refused</h1><p>This form was not sent from the dashboard itself, so nothing was changed. Open the dashboard and try again.</p></div>");
        return DashboardResults.Html(DashboardLayout.Render("Action refused", null, null, body), StatusCodes.Status403Forbidden);
    }
}

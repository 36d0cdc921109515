using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Text;
using AutoRemediate.Core.Toil;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Approvals;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The dashboard's pages, built on the operator API's services so both always show the same thing.</summary>
internal sealed class DashboardViews(
    RemediationBrowser browser,
    TimelineReader timelines,
    DurableTaskClient client,
    PendingApprovalsReader approvals,
    GuardrailOperator guardrails,
    IToilReportStore reports,
    ToilPreview toilPreview,
    IServiceProvider services,
    IOptions<DashboardOptions> options)
{
    private int RefreshSeconds => options.Value.RefreshSeconds;

    public async Task<IResult> RemediationsAsync(HttpContext http)
    {
        var user = DashboardAuthenticationFilter.User(http);
        var (filter, problem) = RemediationFilter.Parse(http.Request.Query);
        if (filter is null)
        {
            return BadFilter(user, problem!);
        }

        var page = await browser.BrowseAsync(filter, http.RequestAborted);
        var summary = await browser.SummarizeAsync(http.RequestAborted);
        return DashboardResults.Html(RemediationsPage.Render(user, filter, page, summary, RefreshSeconds));
    }

    public async Task<IResult> RemediationAsync(string id, HttpContext http, DashboardNotice? notice = null, int status = StatusCodes.Status200OK)
    {
        var user = DashboardAuthenticationFilter.User(http);
        var ct = http.RequestAborted;
        if (await timelines.ReadAsync(id, ct) is not { } timeline)
        {
            return NotFound(user, $"No remediation '{UntrustedText.Echo(id)}' exists (it may have been purged).");
        }

        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
        var state = instance is not null && RemediationLister.IsRemediation(instance) ? RemediationLister.Describe(instance) : null;
        var alert = instance is not null && state is not null ? AlertOf(instance) : null;
        var pending = (await approvals.ListAsync(ct)).Items.Where(p => p.RemediationId == id).ToList();
        return DashboardResults.Html(TimelinePage.Render(user, timeline, state, alert, pending, notice ?? DoneNotice(http)), status);
    }

    public async Task<IResult> ApprovalsAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var pending = await approvals.ListAsync(ct);
        var bindings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in pending.Items.Select(p => p.RemediationId).Distinct(StringComparer.Ordinal))
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, ct);
            bindings[id] = instance is not null && RemediationLister.IsRemediation(instance) ? RemediationLister.Describe(instance).BindingId : null;
        }

        var groups = ApprovalGroup.Of(pending.Items, id => bindings.GetValueOrDefault(id));
        return DashboardResults.Html(ApprovalsPage.Render(DashboardAuthenticationFilter.User(http), pending.Enabled, groups, RefreshSeconds, DoneNotice(http)));
    }

    public async Task<IResult> GuardrailsAsync(HttpContext http, DashboardNotice? notice = null, int status = StatusCodes.Status200OK)
    {
        var ct = http.RequestAborted;
        var page = GuardrailsPage.Render(
            DashboardAuthenticationFilter.User(http), await guardrails.GetKillSwitchAsync(ct), await guardrails.ListBreakersAsync(ct), notice ?? DoneNotice(http));
        return DashboardResults.Html(page, status);
    }

    public async Task<IResult> ToilAsync(string? window, HttpContext http)
    {
        var user = DashboardAuthenticationFilter.User(http);
        var ct = http.RequestAborted;
        if (window is not null && !ToilWindow.TryParse(window, out _, out var error))
        {
            var refused = ToilPage.Render(user, [], null, null, DashboardNotice.Bad($"window: {error}"));
            return DashboardResults.Html(refused, StatusCodes.Status400BadRequest);
        }

        var headlines = await reports.ListAsync(ct);
        var shown = window ?? ToilPage.DefaultWindow(headlines);
        var report = shown is null ? null : await reports.GetAsync(shown, ct);
        var notice = window is not null && report is null ? DashboardNotice.Warn($"No report is stored for {window}.") : null;
        var today = await toilPreview.TodayAsync(ct);
        return DashboardResults.Html(ToilPage.Render(user, headlines, report, today, notice));
    }

    /// <summary>
    /// Sends the approver to the signed approval page with a fresh token for the request's current plan; the page
    /// and its decision endpoint do every check (approver identity, self-approval, quorum, plan, single use).
    /// </summary>
    public async Task<IResult> ReviewAsync(string requestId, string? decision, HttpContext http)
    {
        var user = DashboardAuthenticationFilter.User(http);
        if (services.GetService<IApprovalStore>() is not { } store || services.GetService<ApprovalTokenSigner>() is not { } signer)
        {
            return NotFound(user, "Approvals are not enabled (Approvals:Enabled).");
        }

        var record = requestId.Length <= 256 ? await store.GetAsync(requestId, http.RequestAborted) : null;
        if (record is null)
        {
            return NotFound(user, $"No approval request '{UntrustedText.Echo(requestId)}' exists.");
        }

        var choice = decision is "approve" or "reject" ? $"?decision={decision}" : string.Empty;
        return DashboardResults.SeeOther($"{ApprovalUrls.RoutePrefix}/{signer.Mint(record.Request)}{choice}");
    }

    private static Alert? AlertOf(OrchestrationMetadata instance)
    {
        try
        {
            return instance.ReadInputAs<RemediationRequest>()?.Alert;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static IResult BadFilter(string user, string problem) =>
        DashboardResults.Html(RemediationsPage.Render(user, RemediationFilter.Default, null, null, 0, problem), StatusCodes.Status400BadRequest);

    private static IResult NotFound(string user, string detail) =>
        DashboardResults.Html(DashboardLayout.Render("Not found", null, user, Markup.Of($"<div class=\"panel\"><h1>Not found</h1><p>{detail}</p></div>")), StatusCodes.Status404NotFound);

    /// <summary>The notice after a post's redirect: only known codes, never text from the query string.</summary>
    private static DashboardNotice? DoneNotice(HttpContext http) => DashboardActions.Done(http.Request.Query["done"].ToString());
}

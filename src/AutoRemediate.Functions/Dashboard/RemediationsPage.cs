using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The remediation list: filters, the live table, and paging by continuation token.</summary>
internal static class RemediationsPage
{
    public static string Render(string user, RemediationFilter filter, RemediationPage? page, int refreshSeconds, string? problem = null)
    {
        var notice = problem is null ? null : DashboardNotice.Bad($"Filter not applied: {problem}");
        var table = page is null ? Markup.Empty : Table(page);
        var next = page?.ContinuationToken is { } token
            ? Markup.Of($"<a class=\"button\" href=\"{DashboardPaths.Remediations}?{filter.QueryString(token)}\">Next page →</a>")
            : Markup.Empty;
        var first = filter.Page is null ? Markup.Empty : Markup.Of($"<a class=\"button\" href=\"{DashboardPaths.Remediations}?{filter.QueryString(null)}\">← First page</a>");
        var body = Markup.Of($"""
            <h1>Remediations</h1>
            <div class="panel">{Filters(filter)}</div>
            {LiveControls(refreshSeconds)}
            <div id="remediations" data-live="{refreshSeconds}">{table}</div>
            <div class="pager">{first}{next}</div>
            """);
        return DashboardLayout.Render("Remediations", DashboardSection.Remediations, user, body, notice);
    }

    public static Markup LiveControls(int refreshSeconds) => refreshSeconds > 0
        ? Markup.Of($"<div class=\"live\"><span>Refreshes every {refreshSeconds} s.</span><span id=\"live-stamp\"></span><button type=\"button\" id=\"live-toggle\">Pause auto-refresh</button></div>")
        : Markup.Empty;

    private static Markup Filters(RemediationFilter filter)
    {
        var statuses = Options(RemediationFilter.Statuses.Select(s => (s, s)), filter.Status, "any status");
        var stages = Options(Enum.GetNames<RemediationStage>().Select(s => (s, s)), filter.Stage, "any stage");
        var ranges = Options(RemediationFilter.Ranges.Select(r => (r.Value, r.Label)), filter.Since, null);
        return Markup.Of($"""
            <form class="filters" method="get" action="{DashboardPaths.Remediations}">
            <label>Status<select name="status">{statuses}</select></label>
            <label>Stage / outcome<select name="stage">{stages}</select></label>
            <label>Runbook<input type="text" name="runbook" value="{filter.Runbook}" maxlength="{RemediationFilter.MaxTextLength}" placeholder="e.g. restart"></label>
            <label>Binding<input type="text" name="binding" value="{filter.Binding}" maxlength="{RemediationFilter.MaxTextLength}"></label>
            <label>Resource<input type="text" name="resource" value="{filter.Resource}" maxlength="{RemediationFilter.MaxTextLength}" placeholder="name or id"></label>
            <label>Created<select name="since">{ranges}</select></label>
            <button type="submit" class="primary">Filter</button> <a class="button" href="{DashboardPaths.Remediations}">Clear</a>
            </form>
            """);
    }

    private static Markup Options(IEnumerable<(string Value, string Label)> options, string? selected, string? anyLabel)
    {
        var any = anyLabel is null ? Markup.Empty : Markup.Of($"<option value=\"\">{anyLabel}</option>");
        return Markup.Join(options.Select(o => o.Value == selected
            ? Markup.Of($"<option value=\"{o.Value}\" selected>{o.Label}</option>")
            : Markup.Of($"<option value=\"{o.Value}\">{o.Label}</option>")).Prepend(any));
    }

    private static Markup Table(RemediationPage page)
    {
        if (page.Items.Count == 0)
        {
            return Markup.Of($"<div class=\"panel empty\">No remediations match{(page.ContinuationToken is null ? string.Empty : " on this page; older ones may, on the next")}.</div>");
        }

        var rows = Markup.Join(page.Items.Select(i => Markup.Of($"""
            <tr><td class="mono"><a href="{DashboardPaths.Remediation(i.InstanceId)}">{i.InstanceId}</a></td><td>{DashboardFormat.OrDash(i.AlertRule)}</td>
            <td>{DashboardFormat.Resource(i.Resource)}</td><td>{DashboardFormat.OrDash(i.Runbook)}</td><td>{DashboardFormat.OrDash(i.BindingId)}</td>
            <td>{DashboardFormat.Badge(i.Stage)}</td><td>{DashboardFormat.Badge(i.RuntimeStatus)}</td><td>{DashboardFormat.OrDash(i.Reason)}</td>
            <td>{DashboardFormat.Time(i.CreatedAt)}</td><td>{DashboardFormat.Time(i.LastUpdatedAt)}</td></tr>
            """)));
        return Markup.Of($"""
            <table><thead><tr><th>Remediation</th><th>Alert</th><th>Resource</th><th>Runbook</th><th>Binding</th><th>Stage</th><th>Status</th><th>Reason</th><th>Created</th><th>Updated</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }
}

using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Remediation;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The remediation list: filters, the live table, and paging by continuation token.</summary>
internal static class RemediationsPage
{
    public static string Render(string user, RemediationFilter filter, RemediationListing? page, AttentionSummary? summary, int refreshSeconds, string? problem = null)
    {
        var notice = problem is null ? null : DashboardNotice.Bad($"Filter not applied: {problem}");
        var table = page is null ? Markup.Empty : Table(filter, page);
        var next = page?.Next is { } cursor
            ? Markup.Of($"<a class=\"button\" href=\"{DashboardPaths.Remediations}?{filter.QueryString(cursor.ToString())}\">Next page →</a>")
            : Markup.Empty;
        var first = filter.Page is null ? Markup.Empty : Markup.Of($"<a class=\"button\" href=\"{DashboardPaths.Remediations}?{filter.QueryString(null)}\">← First page</a>");
        var truncated = page is { Truncated: true }
            ? Markup.Of($"<p class=\"notice warn\">More than {RemediationBrowser.MaxScanned} remediations in this range: the order covers the first {RemediationBrowser.MaxScanned} read. Choose a shorter range.</p>")
            : Markup.Empty;
        var body = Markup.Of($"""
            <h1>Remediations</h1>
            <div class="panel">{Filters(filter)}</div>
            {LiveControls(refreshSeconds)}
            <div id="remediations" data-live="{refreshSeconds}">{Summary(summary)}{truncated}{table}<div class="pager">{first}{next}</div></div>
            """);
        return DashboardLayout.Render("Remediations", DashboardSection.Remediations, user, body, notice);
    }

    /// <summary>The "needs attention" strip: each number links to the list it counts.</summary>
    public static Markup Summary(AttentionSummary? summary)
    {
        if (summary is null)
        {
            return Markup.Empty;
        }

        var entries = Markup.Join(summary.Entries.Select(e => Markup.Of($"""
            <a class="count {(e.Count > 0 ? e.Tone : "none")}" id="count-{e.Id}" href="{DashboardPaths.Remediations}?{e.Query}"><b>{e.Count}{(summary.Truncated ? "+" : string.Empty)}</b><span>{e.Label}</span></a>
            """)));
        return Markup.Of($"<nav class=\"summary\" aria-label=\"Needs attention, last 24 hours\">{entries}</nav>");
    }

    public static Markup LiveControls(int refreshSeconds) => refreshSeconds > 0
        ? Markup.Of($"<div class=\"live\"><span>Refreshes every {refreshSeconds} s.</span><span id=\"live-stamp\"></span><button type=\"button\" id=\"live-toggle\">Pause auto-refresh</button></div>")
        : Markup.Empty;

    private static Markup Filters(RemediationFilter filter)
    {
        var statuses = Options(RemediationFilter.Statuses.Select(s => (s, s)), filter.Status, "any status");
        var stages = Options(Enum.GetNames<RemediationStage>().Select(s => (s, s)), filter.Stage, "any stage");
        var ranges = Options(RemediationFilter.Ranges.Select(r => (r.Value, r.Label)), filter.Since, null);
        var order = filter.Sort == RemediationSort.Default
            ? Markup.Empty
            : Markup.Of($"<input type=\"hidden\" name=\"sort\" value=\"{filter.Sort.Key}\"><input type=\"hidden\" name=\"order\" value=\"{filter.Sort.Order}\">");
        return Markup.Of($"""
            <form class="filters" method="get" action="{DashboardPaths.Remediations}">{order}
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

    private static Markup Table(RemediationFilter filter, RemediationListing page)
    {
        if (page.Items.Count == 0)
        {
            return Markup.Of($"<div class=\"panel empty\">No remediations match.</div>");
        }

        var rows = Markup.Join(page.Items.Select(i => Markup.Of($"""
            <tr><td data-label="Created">{DashboardFormat.Time(i.CreatedAt)}</td><td data-label="Severity">{DashboardFormat.Severity(i.Severity)}</td>
            <td data-label="Alert"><a href="{DashboardPaths.Remediation(i.InstanceId)}">{i.AlertRule ?? i.InstanceId}</a> {DashboardFormat.DryRun(i.DryRun)}<div class="mono muted">{i.InstanceId}</div></td>
            <td data-label="Stage">{DashboardFormat.Badge(i.Stage)} {DashboardFormat.Badge(i.RuntimeStatus)}</td>
            <td data-label="Runbook">{DashboardFormat.OrDash(i.Runbook)}<div class="details">{i.BindingId}</div></td>
            <td data-label="Resources">{DashboardFormat.Targets(i.Resources, i.Resource)}</td>
            <td data-label="Reason">{DashboardFormat.OrDash(i.Reason)}</td><td data-label="Updated">{DashboardFormat.Time(i.LastUpdatedAt)}</td></tr>
            """)));
        return Markup.Of($"""
            <table class="list"><thead><tr>{Header(filter, RemediationSort.Created, "Created")}{Header(filter, RemediationSort.Severity, "Severity")}<th>Alert / remediation</th>
            {Header(filter, RemediationSort.Stage, "Stage")}{Header(filter, RemediationSort.Runbook, "Runbook / binding")}{Header(filter, RemediationSort.Resource, "Resources")}<th>Reason</th><th>Updated</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }

    /// <summary>A sortable column's header: a link to the first page in this column's order, or the reverse order when it is the current one.</summary>
    private static Markup Header(RemediationFilter filter, string key, string title)
    {
        var current = filter.Sort.Key == key;
        var first = RemediationSort.Keys.First(k => k.Key == key).Descending;
        var sort = new RemediationSort(key, current ? !filter.Sort.Descending : first);
        var state = !current ? "none" : filter.Sort.Descending ? "descending" : "ascending";
        var arrow = !current ? string.Empty : filter.Sort.Descending ? " ↓" : " ↑";
        return Markup.Of($"<th aria-sort=\"{state}\"><a class=\"sort\" href=\"{DashboardPaths.Remediations}?{filter.QueryString(null, sort)}\">{title}{arrow}</a></th>");
    }
}

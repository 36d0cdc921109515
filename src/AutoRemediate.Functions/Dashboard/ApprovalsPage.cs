using AutoRemediate.Functions.Approvals;
using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Pending approval requests. Approve and Reject open the signed approval page with a freshly minted token for the
/// request's current plan, where the decision is confirmed and checked like one from a Teams card.
/// </summary>
internal static class ApprovalsPage
{
    public static string Render(string user, bool enabled, IReadOnlyList<ApprovalGroup> groups, int refreshSeconds, DashboardNotice? notice)
    {
        var content = !enabled
            ? Markup.Of($"<div class=\"panel empty\">Approvals are not enabled (Approvals:Enabled); bindings that need approval cannot run.</div>")
            : groups.Count == 0
                ? Markup.Of($"<div class=\"panel empty\">Nothing is waiting for approval.</div>")
                : Markup.Join(groups.Select(Group));
        var body = Markup.Of($"""
            <h1>Pending approvals</h1>
            <p class="muted">Approve and Reject open the approval page for the request's current plan, where you confirm as yourself; the same policy applies as from a Teams card (no self-approval, quorum, plan hash, single use).</p>
            {RemediationsPage.LiveControls(refreshSeconds)}
            <div id="approvals" data-live="{refreshSeconds}">{content}</div>
            """);
        return DashboardLayout.Render("Approvals", DashboardSection.Approvals, user, body, notice);
    }

    /// <summary>One binding on one set of resources: what it would do, once, then each request with its own decision buttons.</summary>
    private static Markup Group(ApprovalGroup group)
    {
        var rows = Markup.Join(group.Requests.Select(p => Markup.Of($"""
            <tr><td data-label="Alert">{p.AlertRule} {DashboardFormat.Severity(p.Severity)}<div class="mono muted"><a href="{DashboardPaths.Remediation(p.RemediationId)}">{p.RemediationId}</a></div></td>
            <td data-label="Requested by">{p.RequestedBy}</td><td data-label="Quorum">{p.Quorum}</td><td data-label="Requested">{DashboardFormat.Time(p.RequestedAt)}</td><td data-label="Expires">{DashboardFormat.Time(p.ExpiresAt)}</td>
            <td><div class="actions"><a class="button primary" href="{DashboardPaths.Review(p.RequestId, "approve")}">Approve…</a>
            <a class="button danger" href="{DashboardPaths.Review(p.RequestId, "reject")}">Reject…</a></div></td></tr>
            """)));
        var count = group.Requests.Count == 1 ? "1 request" : $"{group.Requests.Count} requests";
        return Markup.Of($"""
            <section class="panel approval-group"><h2>{RunbookWording.Action(group.Runbook, group.Targets.Count)} {DashboardFormat.Targets(group.Targets)}</h2>
            <p class="muted">Binding <b>{group.BindingId ?? "unknown"}</b>, runbook <b>{group.Runbook}</b> · <span class="group-count">{count}</span></p>
            <table class="list"><thead><tr><th>Alert / remediation</th><th>Requested by</th><th>Quorum</th><th>Requested</th><th>Expires</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table></section>
            """);
    }
}

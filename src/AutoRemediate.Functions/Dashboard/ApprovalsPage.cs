using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// Pending approval requests. Approve and Reject open the signed approval page with a freshly minted token for the
/// request's current plan, where the decision is confirmed and checked like one from a Teams card.
/// </summary>
internal static class ApprovalsPage
{
    public static string Render(string user, PendingApprovals pending, int refreshSeconds, DashboardNotice? notice)
    {
        var content = !pending.Enabled
            ? Markup.Of($"<div class=\"panel empty\">Approvals are not enabled (Approvals:Enabled); bindings that need approval cannot run.</div>")
            : pending.Items.Count == 0
                ? Markup.Of($"<div class=\"panel empty\">Nothing is waiting for approval.</div>")
                : Table(pending.Items);
        var body = Markup.Of($"""
            <h1>Pending approvals</h1>
            <p class="muted">Approve and Reject open the approval page for the request's current plan, where you confirm as yourself; the same policy applies as from a Teams card (no self-approval, quorum, plan hash, single use).</p>
            {RemediationsPage.LiveControls(refreshSeconds)}
            <div id="approvals" data-live="{refreshSeconds}">{content}</div>
            """);
        return DashboardLayout.Render("Approvals", DashboardSection.Approvals, user, body, notice);
    }

    private static Markup Table(IReadOnlyList<PendingApproval> items)
    {
        var rows = Markup.Join(items.OrderBy(p => p.ExpiresAt).Select(p => Markup.Of($"""
            <tr><td>{p.AlertRule} <span class="muted">Sev{p.Severity}</span><br><a class="mono" href="{DashboardPaths.Remediation(p.RemediationId)}">{p.RemediationId}</a></td>
            <td>{p.Runbook}<div class="details">{string.Join("; ", p.Operations)}</div></td>
            <td>{Markup.Join(p.Targets.Select(t => Markup.Of($"<div>{DashboardFormat.Resource(t)}</div>")))}</td>
            <td>{p.RequestedBy}</td><td>{p.Quorum}</td><td>{DashboardFormat.Time(p.RequestedAt)}</td><td>{DashboardFormat.Time(p.ExpiresAt)}</td>
            <td><div class="actions"><a class="button primary" href="{DashboardPaths.Review(p.RequestId, "approve")}">Approve…</a>
            <a class="button danger" href="{DashboardPaths.Review(p.RequestId, "reject")}">Reject…</a></div></td></tr>
            """)));
        return Markup.Of($"""
            <table><thead><tr><th>Alert / remediation</th><th>Runbook and actions</th><th>Targets</th><th>Requested by</th><th>Quorum</th><th>Requested</th><th>Expires</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }
}

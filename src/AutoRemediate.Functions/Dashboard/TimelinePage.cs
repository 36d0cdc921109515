using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>One remediation: where it stands, its audit records in chain order, whether the chain verified, and the cancel action.</summary>
internal static class TimelinePage
{
    public static string Render(string user, RemediationTimeline timeline, RemediationListItem? state, IReadOnlyList<PendingApproval> pending, DashboardNotice? notice)
    {
        var body = Markup.Of($"""
            <h1>Remediation <span class="mono">{timeline.RemediationId}</span></h1>
            {State(state, pending)}
            {Verification(timeline.Verification)}
            <h2>Audit timeline</h2>
            {Records(timeline.Records)}
            """);
        return DashboardLayout.Render($"Remediation {timeline.RemediationId}", DashboardSection.Remediations, user, body, notice);
    }

    private static Markup State(RemediationListItem? state, IReadOnlyList<PendingApproval> pending)
    {
        if (state is null)
        {
            return Markup.Empty;
        }

        var approvals = Markup.Join(pending.Select(p => Markup.Of($"""
            <p class="notice warn">Waiting for approval ({p.Quorum} needed) until {DashboardFormat.Time(p.ExpiresAt)}.
            <a class="button primary" href="{DashboardPaths.Review(p.RequestId, null)}">Review and decide</a></p>
            """)));
        var cancel = state.RuntimeStatus is "Running" or "Pending"
            ? Markup.Of($"""
                <form class="inline" method="post" action="{DashboardPaths.Remediation(state.InstanceId)}/cancel">
                <label for="cancel-reason">Cancel this remediation, because</label><input type="text" id="cancel-reason" name="reason" required maxlength="{OperatorBody.MaxReasonLength}">
                <button type="submit" class="danger">Cancel remediation</button></form>
                """)
            : Markup.Empty;
        return Markup.Of($"""
            <div class="panel">{approvals}<table class="facts">
            <tr><th>Stage</th><td>{DashboardFormat.Badge(state.Stage)} {DashboardFormat.Badge(state.RuntimeStatus)}</td></tr>
            <tr><th>Reason</th><td>{DashboardFormat.OrDash(state.Reason)}</td></tr>
            <tr><th>Alert</th><td>{DashboardFormat.OrDash(state.AlertRule)}</td></tr>
            <tr><th>Resource</th><td class="mono">{DashboardFormat.OrDash(state.Resource)}</td></tr>
            <tr><th>Binding / runbook</th><td>{DashboardFormat.OrDash(state.BindingId)} / {DashboardFormat.OrDash(state.Runbook)}</td></tr>
            <tr><th>Created / updated</th><td>{DashboardFormat.Time(state.CreatedAt)} / {DashboardFormat.Time(state.LastUpdatedAt)}</td></tr>
            </table>{cancel}</div>
            """);
    }

    private static Markup Verification(TimelineVerification verification) => verification.Intact
        ? Markup.Of($"<p class=\"notice ok\" id=\"verification\">Audit chain verified: {verification.RecordCount} records, every hash and link intact.</p>")
        : Markup.Of($"""
            <div class="notice bad" id="verification"><strong>Audit chain verification failed</strong> ({verification.RecordCount} records):
            <ul>{Markup.Join(verification.Problems.Select(p => Markup.Of($"<li>{p}</li>")))}</ul></div>
            """);

    private static Markup Records(IReadOnlyList<TimelineRecord> records)
    {
        if (records.Count == 0)
        {
            return Markup.Of($"<div class=\"panel empty\">No audit records yet.</div>");
        }

        var rows = Markup.Join(records.Select(r => Markup.Of($"""
            <tr><td class="mono nowrap">{r.Sequence}</td><td>{DashboardFormat.Time(r.Time)}</td><td>{DashboardFormat.Badge(r.Kind)}</td>
            <td class="nowrap">{r.Actor}<br><span class="muted">{r.ActorType}</span></td>
            <td>{r.Summary}<div class="details">{Markup.Join(r.Details.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => Markup.Of($"<span><b>{d.Key}</b>={d.Value}</span>")))}</div></td></tr>
            """)));
        return Markup.Of($"""
            <table id="timeline"><thead><tr><th>#</th><th>Time</th><th>Kind</th><th>Actor</th><th>What happened</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }
}

using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>One remediation: where it stands, its audit records in chain order, whether the chain verified, and the cancel action.</summary>
internal static class TimelinePage
{
    public static string Render(
        string user, RemediationTimeline timeline, RemediationListItem? state, Alert? alert, IReadOnlyList<PendingApproval> pending, DashboardNotice? notice)
    {
        var dryRun = state?.DryRun ?? timeline.Records.Any(r => r.Details.TryGetValue("dryRun", out var value) && value == "true");
        var body = Markup.Of($"""
            <h1>{(alert is null ? Markup.Of($"Remediation") : Markup.Of($"{alert.RuleName}"))} {DashboardFormat.DryRun(dryRun)}</h1>
            <p class="mono muted">Remediation {timeline.RemediationId}</p>
            {(dryRun ? Markup.Of($"<p class=\"notice dry\" id=\"dry-run\"><strong>Dry run.</strong> This remediation only recorded what it would do; nothing was changed in Azure.</p>") : Markup.Empty)}
            {AlertContext(alert)}
            {State(state, pending)}
            {Verification(timeline.Verification)}
            <h2>Audit timeline</h2>
            {Records(timeline.Records)}
            """);
        return DashboardLayout.Render($"Remediation {timeline.RemediationId}", DashboardSection.Remediations, user, body, notice);
    }

    /// <summary>What fired, when, how bad, and where: every target with a link to it in the Azure portal.</summary>
    private static Markup AlertContext(Alert? alert)
    {
        if (alert is null)
        {
            return Markup.Empty;
        }

        var targets = alert.TargetResourceIds.Count == 0
            ? Markup.Of($"<span class=\"muted\">none named by the alert</span>")
            : Markup.Join(alert.TargetResourceIds.Select(t => Markup.Of($"""
                <li><span class="mono">{t.Original}</span> {(AzurePortal.Link(t.Original) is { } link ? Markup.Of($"<a class=\"portal\" href=\"{link}\" target=\"_blank\" rel=\"noopener noreferrer\">Open in Azure portal ↗</a>") : Markup.Empty)}</li>
                """)));
        return Markup.Of($"""
            <div class="panel" id="alert"><h2>Alert</h2><table class="facts">
            <tr><th>Rule</th><td>{alert.RuleName} <span class="muted">({alert.Source}, {alert.SignalType})</span></td></tr>
            <tr><th>Description</th><td>{DashboardFormat.OrDash(alert.Description)}</td></tr>
            <tr><th>Severity</th><td>{DashboardFormat.Severity(alert.Severity)}</td></tr>
            <tr><th>Monitor condition</th><td>{DashboardFormat.Badge(alert.State.ToString())}</td></tr>
            <tr><th>Fired</th><td>{DashboardFormat.Time(alert.FiredAt)}{(alert.ResolvedAt is { } resolved ? Markup.Of($", resolved {DashboardFormat.Time(resolved)}") : Markup.Empty)}</td></tr>
            <tr><th>Targets ({alert.TargetResourceIds.Count})</th><td><ul class="targets" id="targets">{targets}</ul></td></tr>
            </table></div>
            """);
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
            <div class="panel">{approvals}<h2>Remediation</h2><table class="facts">
            <tr><th>Stage</th><td>{DashboardFormat.Badge(state.Stage)} {DashboardFormat.Badge(state.RuntimeStatus)}</td></tr>
            <tr><th>Reason</th><td>{DashboardFormat.OrDash(state.Reason)}</td></tr>
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

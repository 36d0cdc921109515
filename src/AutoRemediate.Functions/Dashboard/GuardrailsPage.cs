using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>The kill switch and the runbooks' circuit breakers, with the operator actions on them; every change asks why and is audited.</summary>
internal static class GuardrailsPage
{
    public static string Render(string user, KillSwitchView killSwitch, IReadOnlyList<CircuitBreakerView> breakers, DashboardNotice? notice)
    {
        var body = Markup.Of($"""
            <h1>Kill switch and circuit breakers</h1>
            <div class="panel" id="kill-switch">{KillSwitch(killSwitch)}</div>
            <h2>Circuit breakers</h2>
            {Breakers(breakers)}
            <p><a href="{DashboardPaths.Remediation(OperatorAudit.ChainId)}">Audit trail of operator actions</a></p>
            """);
        return DashboardLayout.Render("Kill switch and circuit breakers", DashboardSection.Guardrails, user, body, notice);
    }

    private static Markup KillSwitch(KillSwitchView state)
    {
        var status = state.Engaged
            ? Markup.Of($"<span class=\"badge bad\">Engaged</span> no remediation acts while it is engaged")
            : Markup.Of($"<span class=\"badge ok\">Released</span> remediations act as their bindings and guardrails allow");
        var last = state.ChangedBy is null
            ? Markup.Empty
            : Markup.Of($"<p class=\"muted\">Last changed by {state.ChangedBy} at {DashboardFormat.Time(state.ChangedAt)}: {state.Reason}</p>");
        var (engage, label, css) = state.Engaged ? ("false", "Release kill switch", "primary") : ("true", "Engage kill switch", "danger");
        return Markup.Of($"""
            <h2>Kill switch</h2><p>{status}</p>{last}
            <form class="inline" method="post" action="{DashboardPaths.Guardrails}/kill-switch">
            <input type="hidden" name="engaged" value="{engage}">
            <label for="kill-switch-reason">Reason</label><input type="text" id="kill-switch-reason" name="reason" required maxlength="{OperatorBody.MaxReasonLength}">
            <button type="submit" class="{css}">{label}</button></form>
            """);
    }

    private static Markup Breakers(IReadOnlyList<CircuitBreakerView> breakers)
    {
        if (breakers.Count == 0)
        {
            return Markup.Of($"<div class=\"panel empty\">No bindings are loaded, so no runbook has a breaker.</div>");
        }

        var rows = Markup.Join(breakers.Select(b => Markup.Of($"""
            <tr><td>{b.Runbook}</td><td>{(b.IsOpen ? Markup.Of($"<span class=\"badge bad\">Open</span>") : Markup.Of($"<span class=\"badge ok\">Closed</span>"))}</td>
            <td>{b.ConsecutiveFailures}</td><td>{DashboardFormat.Time(b.OpenedAt)}</td>
            <td>{(b.LastResetBy is null ? Markup.Of($"<span class=\"muted\">never</span>") : Markup.Of($"{b.LastResetBy} at {DashboardFormat.Time(b.LastResetAt)}: {b.LastResetReason}"))}</td>
            <td>{Reset(b)}</td></tr>
            """)));
        return Markup.Of($"""
            <table id="breakers"><thead><tr><th>Runbook</th><th>State</th><th>Consecutive failures</th><th>Opened</th><th>Last reset</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table>
            """);
    }

    private static Markup Reset(CircuitBreakerView breaker) => breaker.IsOpen || breaker.ConsecutiveFailures > 0
        ? Markup.Of($"""
            <form class="inline" method="post" action="{DashboardPaths.ResetBreaker(breaker.Runbook)}">
            <input type="text" name="reason" required maxlength="{OperatorBody.MaxReasonLength}" placeholder="reason" aria-label="Reason to reset {breaker.Runbook}">
            <button type="submit">Reset</button></form>
            """)
        : Markup.Empty;
}

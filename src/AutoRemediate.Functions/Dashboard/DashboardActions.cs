using AutoRemediate.Functions.Operator;

namespace AutoRemediate.Functions.Dashboard;

/// <summary>
/// The dashboard's form posts, through the operator API's services (same checks, same audit records). A refused
/// action shows its page again with the reason and the matching status; a done one redirects (303) to it.
/// </summary>
internal sealed class DashboardActions(RemediationCanceller canceller, GuardrailOperator guardrails, DashboardViews views)
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["cancelled"] = "Remediation cancelled; the cancellation is in its audit trail.",
        ["kill-switch-engaged"] = "Kill switch engaged: no remediation will act until it is released.",
        ["kill-switch-released"] = "Kill switch released.",
        ["breaker-reset"] = "Circuit breaker reset.",
    };

    public static DashboardNotice? Done(string? code) =>
        code is not null && Messages.TryGetValue(code, out var text) ? DashboardNotice.Ok(text) : null;

    public async Task<IResult> CancelAsync(string id, HttpContext http)
    {
        var (_, reason, problem) = await ReasonAsync(http);
        if (problem is not null)
        {
            return await views.RemediationAsync(id, http, DashboardNotice.Bad($"Not cancelled: {problem}"), StatusCodes.Status400BadRequest);
        }

        var (receipt, refusal) = await canceller.CancelAsync(id, reason, DashboardAuthenticationFilter.User(http), SourceIp(http), http.RequestAborted);
        return receipt is not null
            ? DashboardResults.SeeOther($"{DashboardPaths.Remediation(id)}?done=cancelled")
            : await views.RemediationAsync(id, http, DashboardNotice.Bad($"Not cancelled: {refusal!.ProblemDetails.Detail}"), refusal.StatusCode);
    }

    public async Task<IResult> SetKillSwitchAsync(HttpContext http)
    {
        // From the form ReasonAsync read: reading Request.Form again would throw on a body that could not be parsed.
        var (form, reason, problem) = await ReasonAsync(http);
        var engaged = form?["engaged"].ToString() ?? string.Empty;
        if (engaged is not ("true" or "false"))
        {
            problem ??= "engaged: true or false is required";
        }

        if (problem is not null)
        {
            return await views.GuardrailsAsync(http, DashboardNotice.Bad($"Kill switch not changed: {problem}"), StatusCodes.Status400BadRequest);
        }

        var view = await guardrails.SetKillSwitchAsync(engaged == "true", reason, DashboardAuthenticationFilter.User(http), SourceIp(http), http.RequestAborted);
        return DashboardResults.SeeOther($"{DashboardPaths.Guardrails}?done={(view.Engaged ? "kill-switch-engaged" : "kill-switch-released")}");
    }

    public async Task<IResult> ResetBreakerAsync(string runbook, HttpContext http)
    {
        var (_, reason, problem) = await ReasonAsync(http);
        if (problem is null && !guardrails.IsKnownRunbook(runbook))
        {
            return await views.GuardrailsAsync(http, DashboardNotice.Bad("Not reset: no loaded binding uses that runbook."), StatusCodes.Status404NotFound);
        }

        if (problem is not null)
        {
            return await views.GuardrailsAsync(http, DashboardNotice.Bad($"Not reset: {problem}"), StatusCodes.Status400BadRequest);
        }

        await guardrails.ResetBreakerAsync(runbook, reason, DashboardAuthenticationFilter.User(http), SourceIp(http), http.RequestAborted);
        return DashboardResults.SeeOther($"{DashboardPaths.Guardrails}?done=breaker-reset");
    }

    /// <summary>
    /// The posted form (null when it could not be read) with its trimmed reason, or why it is not acceptable (the
    /// operator API's rule).
    /// </summary>
    private static async Task<(IFormCollection? Form, string Reason, string? Problem)> ReasonAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, string.Empty, "post the dashboard's form");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception exception) when ((exception is InvalidDataException or IOException) && !http.RequestAborted.IsCancellationRequested)
        {
            // A malformed or truncated body is the sender's fault (400), not the app's.
            return (null, string.Empty, "the form could not be read");
        }

        var (reason, problem) = OperatorBody.Reason(form["reason"].ToString());
        return (form, reason, problem?.ProblemDetails.Detail);
    }

    private static string? SourceIp(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}

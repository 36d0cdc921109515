using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>The kill switch and circuit breakers through <see cref="IGuardrailStateStore"/>; every change audited with who and why.</summary>
internal sealed class GuardrailOperator(
    IGuardrailStateStore store, BindingCatalog catalog, OperatorAudit audit, OperatorIdentityResolver identity, TimeProvider time, ILogger<GuardrailOperator> logger)
{
    /// <summary>Flap key for reads that concern no alert; the store needs one.</summary>
    private const string NoAlert = "operator";

    public async Task<KillSwitchView> GetKillSwitchAsync(CancellationToken ct) =>
        View((await LoadAsync(NoAlert, ct)).KillSwitch);

    public async Task<Results<Ok<KillSwitchView>, ProblemHttpResult>> SetKillSwitchAsync(HttpContext http)
    {
        var (body, bodyProblem) = await OperatorBody.ReadAsync<KillSwitchBody>(http.Request);
        if (body is null)
        {
            return bodyProblem!;
        }

        if (body.Engaged is not { } engaged)
        {
            return OperatorProblems.BadParameter("engaged", "true or false is required");
        }

        var (reason, problem) = OperatorBody.Reason(body.Reason);
        var operatorIdentity = identity.Resolve(http.Request);

        if (problem is not null)
        {
            return problem;
        }

        if (operatorIdentity is null)
        {
            logger.OperatorIdentityMissing(http.Request.Path.Value);
            return OperatorProblems.NoIdentity();
        }

        return TypedResults.Ok(await SetKillSwitchAsync(engaged, reason, operatorIdentity, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted));
    }

    /// <summary>Engages or releases the kill switch for a validated reason and a known operator, and audits it.</summary>
    public async Task<KillSwitchView> SetKillSwitchAsync(bool engaged, string reason, string operatorIdentity, string? sourceIp, CancellationToken ct)
    {
        var state = await store.SetKillSwitchAsync(engaged, new OperatorAction(operatorIdentity, reason, time.GetUtcNow()), ct);
        await audit.GuardrailChangedAsync(
            engaged ? "kill-switch-engaged" : "kill-switch-released", operatorIdentity, sourceIp, reason,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["engaged"] = engaged ? "true" : "false" }, ct);
        logger.KillSwitchSet(operatorIdentity, engaged, reason);
        return View(state);
    }

    public async Task<IReadOnlyList<CircuitBreakerView>> ListBreakersAsync(CancellationToken ct)
    {
        var views = new List<CircuitBreakerView>();
        foreach (var runbook in Runbooks())
        {
            views.Add(Breaker(await LoadAsync(runbook, ct)));
        }

        return views;
    }

    public async Task<Results<Ok<CircuitBreakerView>, ProblemHttpResult>> GetBreakerAsync(string runbook, CancellationToken ct) =>
        IsKnownRunbook(runbook)
            ? TypedResults.Ok(Breaker(await LoadAsync(runbook, ct)))
            : OperatorProblems.NotFound("runbook", runbook);

    public async Task<Results<Ok<CircuitBreakerView>, ProblemHttpResult>> ResetBreakerAsync(string runbook, HttpContext http)
    {
        var (body, bodyProblem) = await OperatorBody.ReadAsync<ReasonBody>(http.Request);
        var (reason, problem) = body is null ? (string.Empty, bodyProblem) : OperatorBody.Reason(body.Reason);
        var operatorIdentity = identity.Resolve(http.Request);
        if (problem is not null)
        {
            return problem;
        }

        if (!IsKnownRunbook(runbook))
        {
            return OperatorProblems.NotFound("runbook", runbook);
        }

        if (operatorIdentity is null)
        {
            logger.OperatorIdentityMissing(http.Request.Path.Value);
            return OperatorProblems.NoIdentity();
        }

        return TypedResults.Ok(await ResetBreakerAsync(runbook, reason, operatorIdentity, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted));
    }

    /// <summary>Closes a known runbook's breaker for a validated reason and a known operator, and audits it.</summary>
    public async Task<CircuitBreakerView> ResetBreakerAsync(string runbook, string reason, string operatorIdentity, string? sourceIp, CancellationToken ct)
    {
        await store.ResetCircuitBreakerAsync(runbook, new OperatorAction(operatorIdentity, reason, time.GetUtcNow()), ct);
        await audit.GuardrailChangedAsync(
            "circuit-breaker-reset", operatorIdentity, sourceIp, reason, new Dictionary<string, string>(StringComparer.Ordinal) { ["runbook"] = runbook }, ct);
        logger.CircuitBreakerReset(operatorIdentity, runbook, reason);
        return Breaker(await LoadAsync(runbook, ct));
    }

    /// <summary>Whether <paramref name="runbook"/> is one the loaded bindings use (the only breakers shown or reset).</summary>
    public bool IsKnownRunbook(string runbook) => Runbooks().Contains(runbook, StringComparer.Ordinal);

    /// <summary>The runbooks the loaded bindings use; the store cannot list breakers, so these are the ones shown.</summary>
    private IEnumerable<string> Runbooks() =>
        catalog.Bindings.Select(b => b.Runbook.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private Task<GuardrailStateSnapshot> LoadAsync(string runbook, CancellationToken ct) =>
        store.LoadAsync(new GuardrailStateQuery(runbook, [], NoAlert), time.GetUtcNow(), ct);

    private static KillSwitchView View(KillSwitchState state) => new(state.Engaged, state.EngagedBy, state.EngagedAt, state.Reason);

    private static CircuitBreakerView Breaker(GuardrailStateSnapshot snapshot) => new(
        snapshot.Runbook, snapshot.CircuitBreaker.IsOpen, snapshot.CircuitBreaker.ConsecutiveFailures, snapshot.CircuitBreaker.OpenedAt,
        snapshot.LastBreakerReset?.Actor, snapshot.LastBreakerReset?.At, snapshot.LastBreakerReset?.Reason);
}

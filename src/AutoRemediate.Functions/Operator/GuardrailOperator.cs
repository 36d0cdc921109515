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
            logger.OperatorIdentityMissing(http.Request.Path);
            return OperatorProblems.NoIdentity();
        }

        var state = await store.SetKillSwitchAsync(engaged, new OperatorAction(operatorIdentity, reason, time.GetUtcNow()), http.RequestAborted);
        await audit.GuardrailChangedAsync(
            engaged ? "kill-switch-engaged" : "kill-switch-released", operatorIdentity, http.Connection.RemoteIpAddress?.ToString(), reason,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["engaged"] = engaged ? "true" : "false" }, http.RequestAborted);
        logger.KillSwitchSet(operatorIdentity, engaged, reason);
        return TypedResults.Ok(View(state));
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
        Runbooks().Contains(runbook, StringComparer.Ordinal)
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

        if (!Runbooks().Contains(runbook, StringComparer.Ordinal))
        {
            return OperatorProblems.NotFound("runbook", runbook);
        }

        if (operatorIdentity is null)
        {
            logger.OperatorIdentityMissing(http.Request.Path);
            return OperatorProblems.NoIdentity();
        }

        await store.ResetCircuitBreakerAsync(runbook, new OperatorAction(operatorIdentity, reason, time.GetUtcNow()), http.RequestAborted);
        await audit.GuardrailChangedAsync(
            "circuit-breaker-reset", operatorIdentity, http.Connection.RemoteIpAddress?.ToString(), reason,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["runbook"] = runbook }, http.RequestAborted);
        logger.CircuitBreakerReset(operatorIdentity, runbook, reason);
        return TypedResults.Ok(Breaker(await LoadAsync(runbook, http.RequestAborted)));
    }

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

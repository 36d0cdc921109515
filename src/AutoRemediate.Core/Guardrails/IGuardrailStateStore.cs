namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Guardrail state shared by every host: read a snapshot for one evaluation, apply the update after acting, and the
/// operator's kill switch and circuit-breaker reset. Implementations: <see cref="State.GuardrailStateStore"/> over
/// an Azure table (AutoRemediate.Storage) or in memory (<see cref="State.GuardrailStateStore.CreateInMemory"/>).
/// </summary>
/// <remarks>
/// The decision loop: <c>LoadAsync</c> → <c>GuardrailEngine.Evaluate</c> (with <see cref="GuardrailStateSnapshot.ApplyTo"/>)
/// → <c>ApplyAsync(GuardrailStateUpdate.RunStarted(...))</c>; on <see cref="GuardrailApplyOutcome.Conflict"/> load,
/// evaluate and apply again. A start is applied only if nothing it depends on changed since the snapshot, so two
/// hosts deciding at the same moment cannot both slip under a limit.
/// </remarks>
public interface IGuardrailStateStore
{
    /// <summary>Reads the state one evaluation needs, with a concurrency token in <see cref="GuardrailStateSnapshot.ETag"/>.</summary>
    Task<GuardrailStateSnapshot> LoadAsync(GuardrailStateQuery query, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies the update's changes atomically. A <see cref="RunStartedChange"/> with <see cref="GuardrailStateUpdate.IfMatch"/>
    /// set is applied only while every row of that snapshot is unchanged (else <see cref="GuardrailApplyOutcome.Conflict"/>,
    /// nothing written); every other change records a fact and is re-read and re-applied until it lands.
    /// With <paramref name="remediationId"/>, a start or finish already recorded for that remediation is not counted
    /// twice (<see cref="GuardrailApplyOutcome.AlreadyApplied"/>), so a retried activity is harmless.
    /// </summary>
    Task<GuardrailApplyOutcome> ApplyAsync(GuardrailStateUpdate update, string? remediationId = null, CancellationToken cancellationToken = default);

    /// <summary>Engages (true) or releases (false) the global kill switch; returns the new state.</summary>
    Task<KillSwitchState> SetKillSwitchAsync(bool engaged, OperatorAction action, CancellationToken cancellationToken = default);

    /// <summary>Closes a runbook's circuit breaker (the API's "re-enable"); returns the new state.</summary>
    Task<CircuitBreakerState> ResetCircuitBreakerAsync(string runbook, OperatorAction action, CancellationToken cancellationToken = default);
}

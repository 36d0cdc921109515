using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Changes to apply to guardrail state atomically, conditional on <see cref="IfMatch"/> (the ETag of the snapshot
/// the decision was made on). On an ETag conflict the caller re-reads the snapshot, re-evaluates and retries, so
/// two concurrent decisions can never both slip under a limit.
/// </summary>
/// <param name="IfMatch">The snapshot's ETag; null means "create, must not exist".</param>
/// <param name="Changes">The changes, applied in order.</param>
public sealed record GuardrailStateUpdate(string? IfMatch, IReadOnlyList<GuardrailStateChange> Changes)
{
    /// <summary>The update after a decision to run (<see cref="DecisionOutcome.Proceed"/> or an approved run).</summary>
    public static GuardrailStateUpdate RunStarted(GuardrailContext snapshot, Alert alert, RemediationPlan plan, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(plan);
        return new(snapshot.ETag, [new RunStartedChange(plan.Runbook, plan.Targets.Select(t => t.Normalized).ToArray(), FlapKey.From(alert).Value, dryRun, snapshot.Now)]);
    }

    /// <summary>The update after a run finished.</summary>
    public static GuardrailStateUpdate RunFinished(GuardrailContext snapshot, string runbook, bool succeeded, int circuitBreakerThreshold)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.ETag, [new RunFinishedChange(runbook, succeeded, circuitBreakerThreshold, snapshot.Now)]);
    }

    /// <summary>The update after an operator cancelled a remediation: frees its running slot, if it held one.</summary>
    public static GuardrailStateUpdate RunCancelled(DateTimeOffset at) => new(null, [new RunCancelledChange(at)]);

    /// <summary>The update when an alert fires again after it was remediated.</summary>
    /// <param name="snapshot">The evaluation time (and ETag).</param>
    /// <param name="alert">The alert that fired again.</param>
    /// <param name="notificationId">Identifies the notification (its body's SHA-256) so a retried write counts once.</param>
    public static GuardrailStateUpdate AlertRefired(GuardrailContext snapshot, Alert alert, string? notificationId = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(snapshot.ETag, [new AlertRefiredChange(FlapKey.From(alert).Value, snapshot.Now, notificationId)]);
    }
}

namespace AutoRemediate.Core.Guardrails;

/// <summary>The stored part of a <see cref="GuardrailContext"/> for one evaluation.</summary>
/// <param name="KillSwitch">The global kill switch.</param>
/// <param name="LastRuns">Last start of the runbook on each queried resource that has one.</param>
/// <param name="RunsInLastHour">Starts of the runbook in the hour up to the load time.</param>
/// <param name="RunningRemediations">Remediations running now (all runbooks).</param>
/// <param name="RunningRemediationIds">The ids of those started with one, for operators.</param>
/// <param name="RefiringsAfterRemediation">When the alert (by flap key) fired again after a remediation.</param>
/// <param name="LastRemediatedAt">When a remediation of the flap key last started; null if never.</param>
/// <param name="CircuitBreaker">The runbook's breaker.</param>
/// <param name="LastBreakerReset">The operator's last reset of that breaker (who, why, when), if any.</param>
/// <param name="ETag">The concurrency token to pass on in <see cref="GuardrailStateUpdate.IfMatch"/>.</param>
public sealed record GuardrailStateSnapshot(
    KillSwitchState KillSwitch,
    IReadOnlyList<LastRun> LastRuns,
    int RunsInLastHour,
    int RunningRemediations,
    IReadOnlyList<string> RunningRemediationIds,
    IReadOnlyList<DateTimeOffset> RefiringsAfterRemediation,
    DateTimeOffset? LastRemediatedAt,
    CircuitBreakerState CircuitBreaker,
    OperatorAction? LastBreakerReset,
    string ETag)
{
    /// <summary>The runbook this snapshot was loaded for.</summary>
    public required string Runbook { get; init; }

    /// <summary><paramref name="context"/> with the stored parts replaced by this snapshot's (ETag included).</summary>
    public GuardrailContext ApplyTo(GuardrailContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context with
        {
            KillSwitch = KillSwitch,
            LastRuns = LastRuns,
            RunsInLastHour = new Dictionary<string, int>(StringComparer.Ordinal) { [Runbook] = RunsInLastHour },
            RunningRemediations = RunningRemediations,
            RefiringsAfterRemediation = RefiringsAfterRemediation,
            CircuitBreakers = new Dictionary<string, CircuitBreakerState>(StringComparer.Ordinal) { [Runbook] = CircuitBreaker },
            ETag = ETag,
        };
    }
}

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// A binding's guardrail settings. Every guardrail is always on: a binding can tune limits but not switch the
/// core ones off. Defaults (see <see cref="Defaults"/>) are deliberately conservative.
/// </summary>
public sealed record GuardrailSettings
{
    /// <summary>Cooldown 30 min, 6 runs/hour, flap 3 within 1 h, 1 target per run, breaker at 3 failures.</summary>
    public static GuardrailSettings Defaults { get; } = new();

    /// <summary>Minimum time between two runs of the runbook on the same resource.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Maximum runs of the runbook (all bindings, all resources) in a sliding hour.</summary>
    public int MaxRunsPerHour { get; init; } = 6;

    /// <summary>When the alert keeps coming back after remediation, automation stops and a human is paged.</summary>
    public FlapDetectionSettings FlapDetection { get; init; } = new(3, TimeSpan.FromHours(1));

    /// <summary>How many resources one run may touch.</summary>
    public BlastRadiusSettings BlastRadius { get; init; } = new(1, null, BlastRadiusAction.Block);

    /// <summary>Optional gate on an SLO's remaining error budget; null when the binding names no SLO.</summary>
    public ErrorBudgetGate? ErrorBudget { get; init; }

    /// <summary>Consecutive failed runs of the runbook after which its circuit breaker opens.</summary>
    public int CircuitBreakerThreshold { get; init; } = 3;

    /// <summary>Binding-level scope lists, applied in addition to the global ones.</summary>
    public ScopeRules Scope { get; init; } = ScopeRules.Unrestricted;

    /// <summary>Names of freeze/maintenance windows (defined globally) that apply to this binding.</summary>
    public IReadOnlyList<string> FreezeWindows { get; init; } = [];
}

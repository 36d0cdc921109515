using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// A consistent snapshot of everything guardrails need, read by the store in one go (and carrying its ETag so the
/// follow-up <see cref="GuardrailStateUpdate"/> can be applied with optimistic concurrency). The engine never
/// reads a clock: <see cref="Now"/> is the evaluation time.
/// </summary>
public sealed record GuardrailContext
{
    /// <summary>The evaluation time.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The global kill switch.</summary>
    public KillSwitchState KillSwitch { get; init; } = KillSwitchState.Off;

    /// <summary>Global scope lists (in addition to each binding's own).</summary>
    public ScopeRules GlobalScope { get; init; } = ScopeRules.Unrestricted;

    /// <summary>All defined freeze and maintenance windows.</summary>
    public IReadOnlyList<ChangeWindow> Windows { get; init; } = [];

    /// <summary>Last start of each runbook on each resource (only the plan's runbook and targets are needed).</summary>
    public IReadOnlyList<LastRun> LastRuns { get; init; } = [];

    /// <summary>Runs started in the hour before <see cref="Now"/>, per runbook name.</summary>
    public IReadOnlyDictionary<string, int> RunsInLastHour { get; init; } = new Dictionary<string, int>();

    /// <summary>Remediations currently running (all runbooks).</summary>
    public int RunningRemediations { get; init; }

    /// <summary>The global concurrency limit.</summary>
    public int MaxConcurrentRemediations { get; init; } = 5;

    /// <summary>Times the same alert (by <see cref="FlapKey"/>) fired again after a remediation of it.</summary>
    public IReadOnlyList<DateTimeOffset> RefiringsAfterRemediation { get; init; } = [];

    /// <summary>How many resources make up the fleet the plan's targets belong to; null when unknown.</summary>
    public int? FleetSize { get; init; }

    /// <summary>Fraction (0–1) of error budget remaining, per SLO name.</summary>
    public IReadOnlyDictionary<string, double> ErrorBudgetRemaining { get; init; } = new Dictionary<string, double>();

    /// <summary>Circuit breaker state per runbook name; absent means closed with no failures.</summary>
    public IReadOnlyDictionary<string, CircuitBreakerState> CircuitBreakers { get; init; } = new Dictionary<string, CircuitBreakerState>();

    /// <summary>Azure tags of the plan's targets, keyed by normalised (lower-case) resource id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> TargetTags { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// Targets whose tags could not be read, with why (normalised id → reason). The scope guardrail blocks them: an
    /// owner's <c>autoremediate=off</c> cannot be ruled out.
    /// </summary>
    public IReadOnlyDictionary<string, string> UnreadableTargetTags { get; init; } = new Dictionary<string, string>();

    /// <summary>Why target tags were not read at all (e.g. Azure access disabled); null when they were.</summary>
    public string? TargetTagsNotChecked { get; init; }

    /// <summary>Why <see cref="FleetSize"/> is unknown, for the blast-radius verdict; null when known or not needed.</summary>
    public string? FleetSizeUnknownReason { get; init; }

    /// <summary>Why an SLO's budget is missing from <see cref="ErrorBudgetRemaining"/>, per SLO name.</summary>
    public IReadOnlyDictionary<string, string> ErrorBudgetUnknownReasons { get; init; } = new Dictionary<string, string>();

    /// <summary>Global dry-run mode (e.g. a new installation in shadow mode); ORed with the binding's flag.</summary>
    public bool DryRun { get; init; }

    /// <summary>The store's concurrency token for this snapshot, echoed in <see cref="GuardrailStateUpdate.IfMatch"/>.</summary>
    public string? ETag { get; init; }
}

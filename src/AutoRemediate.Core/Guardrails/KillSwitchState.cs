namespace AutoRemediate.Core.Guardrails;

/// <summary>The global kill switch: when engaged, nothing is remediated automatically.</summary>
/// <param name="Engaged">True stops all automated remediation.</param>
/// <param name="EngagedBy">Who engaged it.</param>
/// <param name="EngagedAt">When.</param>
/// <param name="Reason">Why, in their words.</param>
public sealed record KillSwitchState(bool Engaged, string? EngagedBy = null, DateTimeOffset? EngagedAt = null, string? Reason = null)
{
    /// <summary>Not engaged.</summary>
    public static KillSwitchState Off { get; } = new(false);
}

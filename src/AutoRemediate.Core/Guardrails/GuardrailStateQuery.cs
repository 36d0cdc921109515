namespace AutoRemediate.Core.Guardrails;

/// <summary>What one evaluation needs state for.</summary>
/// <param name="Runbook">The plan's runbook.</param>
/// <param name="ResourceIds">The plan's targets (any casing; compared lower-case).</param>
/// <param name="FlapKey">The alert's <see cref="Guardrails.FlapKey"/>.</param>
public sealed record GuardrailStateQuery(string Runbook, IReadOnlyList<string> ResourceIds, string FlapKey)
{
    /// <summary>The query for an alert and the plan proposed for it.</summary>
    public static GuardrailStateQuery For(Alerts.Alert alert, RemediationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Runbook, plan.Targets.Select(t => t.Normalized).ToArray(), Guardrails.FlapKey.From(alert).Value);
    }
}

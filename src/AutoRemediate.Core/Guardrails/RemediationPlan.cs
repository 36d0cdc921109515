using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>What a runbook proposes to do, before guardrails decide whether it may.</summary>
/// <param name="Runbook">The runbook name, e.g. <c>restart</c>.</param>
/// <param name="Operations">The operations it will perform, for the audit log (e.g. "restart site").</param>
/// <param name="Targets">The resources it will touch.</param>
/// <param name="Risk">The runbook's declared risk, used by approval conditions.</param>
public sealed record RemediationPlan(string Runbook, IReadOnlyList<string> Operations, IReadOnlyList<AzureResourceId> Targets, RunbookRisk Risk)
{
    /// <summary>The default plan: the binding's runbook on every target of the alert.</summary>
    public static RemediationPlan For(RunbookBinding binding, Alert alert, RunbookRisk risk)
    {
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(alert);
        return new RemediationPlan(binding.Runbook.Name, [binding.Runbook.Name], alert.TargetResourceIds, risk);
    }
}

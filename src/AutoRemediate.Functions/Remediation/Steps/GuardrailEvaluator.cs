using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Loads the guardrail state for a plan and runs the (pure) engine on it.</summary>
/// <remarks>
/// Only the stored state is loaded: change windows, global scope, fleet size, error budgets and target tags have
/// no source yet, so they are empty (an SLO gate then sees an unknown budget and applies the binding's action).
/// The plan's risk is the coded runbook's declared <see cref="IRunbook.Risk"/>; a runbook this build does not have
/// counts as high risk, so approval conditions err on the side of asking.
/// </remarks>
internal sealed class GuardrailEvaluator(BindingCatalog catalog, RunbookCatalog runbooks, IGuardrailStateStore store, TimeProvider time)
{
    private readonly GuardrailEngine engine = new();

    public RunbookBinding Binding(string bindingId) =>
        catalog.Find(bindingId) ?? throw new InvalidOperationException($"Binding '{bindingId}' is not in the loaded catalog (version {catalog.Version}).");

    public async Task<(GuardrailRequest Request, GuardrailDecision Decision, GuardrailStateSnapshot Snapshot)> EvaluateAsync(
        Alert alert, string bindingId, CancellationToken cancellationToken)
    {
        var binding = Binding(bindingId);
        var plan = RemediationPlan.For(binding, alert, runbooks.Find(binding.Runbook.Name)?.Risk ?? RunbookRisk.High);
        var now = time.GetUtcNow();
        var snapshot = await store.LoadAsync(GuardrailStateQuery.For(alert, plan), now, cancellationToken);
        var request = new GuardrailRequest(alert, binding, plan, snapshot.ApplyTo(new GuardrailContext { Now = now }));
        return (request, engine.Evaluate(request), snapshot);
    }
}

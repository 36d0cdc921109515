using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Functions.Guardrails;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Gathers everything guardrails look at and runs the (pure) engine on it: the stored state, the installation's
/// guardrail policy (change windows, global scope, global dry run), and what only Azure knows (target tags, fleet
/// size, error budgets), read by <see cref="GuardrailInputReader"/>. Runs inside activities only.
/// </summary>
/// <remarks>
/// The plan's risk is the coded runbook's declared <see cref="IRunbook.Risk"/>; a runbook this build does not have
/// counts as high risk, so approval conditions err on the side of asking.
/// </remarks>
internal sealed class GuardrailEvaluator(
    BindingCatalog catalog, RunbookCatalog runbooks, GuardrailPolicy policy, GuardrailInputReader inputs, IGuardrailStateStore store, TimeProvider time)
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
        var read = await inputs.ReadAsync(binding, plan, now, cancellationToken);
        var snapshot = await store.LoadAsync(GuardrailStateQuery.For(alert, plan), now, cancellationToken);
        var context = new GuardrailContext { Now = now, Windows = policy.Windows, GlobalScope = policy.Scope, DryRun = policy.DryRun };
        var request = new GuardrailRequest(alert, binding, plan, snapshot.ApplyTo(read.ApplyTo(context)));
        return (request, engine.Evaluate(request), snapshot);
    }
}

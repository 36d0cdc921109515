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
        Alert alert, string bindingId, CancellationToken cancellationToken) =>
        await EvaluateAsync(await ReadAsync(alert, bindingId, cancellationToken), cancellationToken);

    /// <summary>Reads what only Azure knows for a check; one reading serves every evaluation on fresh state.</summary>
    public async Task<GuardrailReading> ReadAsync(Alert alert, string bindingId, CancellationToken cancellationToken)
    {
        var binding = Binding(bindingId);
        var plan = RemediationPlan.For(binding, alert, runbooks.Find(binding.Runbook.Name)?.Risk ?? RunbookRisk.High);
        var read = await inputs.ReadAsync(binding, plan, time.GetUtcNow(), cancellationToken);
        return new GuardrailReading(alert, binding, plan, read);
    }

    /// <summary>Loads the stored state and runs the engine on it and the reading.</summary>
    public async Task<(GuardrailRequest Request, GuardrailDecision Decision, GuardrailStateSnapshot Snapshot)> EvaluateAsync(
        GuardrailReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var now = time.GetUtcNow();
        var snapshot = await store.LoadAsync(GuardrailStateQuery.For(reading.Alert, reading.Plan), now, cancellationToken);
        var context = new GuardrailContext { Now = now, Windows = policy.Windows, GlobalScope = policy.Scope, DryRun = policy.DryRun };
        var request = new GuardrailRequest(reading.Alert, reading.Binding, reading.Plan, snapshot.ApplyTo(reading.Inputs.ApplyTo(context)));
        return (request, engine.Evaluate(request), snapshot);
    }
}

using AutoRemediate.Core.Guardrails;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Records the run's end (running count, circuit breaker); de-duplicated per remediation by the store.</summary>
internal sealed class FinishRunActivity(GuardrailEvaluator evaluator, IGuardrailStateStore store, TimeProvider time, ILogger<FinishRunActivity> logger)
    : TaskActivity<RunFinish, string>
{
    public const string Name = "RemediationFinishRun";

    public override async Task<string> RunAsync(TaskActivityContext context, RunFinish input)
    {
        var binding = evaluator.Binding(input.BindingId);
        var update = GuardrailStateUpdate.RunFinished(
            new GuardrailContext { Now = time.GetUtcNow() }, binding.Runbook.Name, input.Succeeded, binding.Guardrails.CircuitBreakerThreshold);
        var outcome = await store.ApplyAsync(update, input.RemediationId, CancellationToken.None);
        logger.GuardrailStateApplied(input.RemediationId, "run finished", outcome.ToString());
        return outcome.ToString();
    }
}

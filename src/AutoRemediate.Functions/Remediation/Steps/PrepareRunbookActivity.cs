using Microsoft.DurableTask;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Builds the runbook's input from the binding: parameters as invariant text, targets, blast-radius and verification
/// settings. An activity, so what the runbook was asked to do is fixed in history even if the binding file changes.
/// </summary>
internal sealed class PrepareRunbookActivity(GuardrailEvaluator evaluator) : TaskActivity<RunbookRequest, RunbookInput>
{
    public const string Name = "RemediationPrepareRunbook";

    public override Task<RunbookInput> RunAsync(TaskActivityContext context, RunbookRequest input)
    {
        var binding = evaluator.Binding(input.BindingId);
        var parameters = binding.Runbook.Parameters.ToDictionary(
            p => p.Key,
            p => RunbookParameterText.Format(p.Value),
            StringComparer.Ordinal);
        return Task.FromResult(new RunbookInput(
            input.RemediationId,
            binding.Id,
            binding.Runbook.Name,
            parameters,
            input.Targets,
            input.DryRun,
            MaxBatchSize: null,
            input.Alert,
            binding.Guardrails.BlastRadius,
            binding.Verification));
    }
}

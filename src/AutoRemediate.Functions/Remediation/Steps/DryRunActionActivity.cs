using System.Text.Json;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Hosting;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// The dry-run action: records exactly what the runbook would do — runbook, parameters, targets, operations — as
/// ActionStarted and ActionSucceeded with <c>dryRun=true</c>, and touches no resource.
/// </summary>
internal sealed class DryRunActionActivity(GuardrailEvaluator evaluator, IAuditLog audit) : TaskActivity<DryRunAction, int>
{
    public const string Name = "RemediationDryRunAction";

    public override async Task<int> RunAsync(TaskActivityContext context, DryRunAction input)
    {
        var binding = evaluator.Binding(input.Started.BindingId ?? throw new ArgumentException("The action has no binding.", nameof(input)));
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dryRun"] = "true",
            ["runbook"] = binding.Runbook.Name,
            ["parameters"] = JsonSerializer.Serialize(binding.Runbook.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToDictionary(p => p.Key, p => RunbookParameterText.Format(p.Value))),
            ["targets"] = JsonSerializer.Serialize(input.Targets),
            ["operations"] = JsonSerializer.Serialize(input.Operations),
        };
        var operations = string.Join(", ", input.Operations);
        var targets = string.Join(", ", input.Targets);
        await audit.AppendAsync(
            input.Started with
            {
                Details = details,
                Operation = operations,
                AppVersion = HostInfo.AppVersion,
                Summary = $"Dry run: {binding.Runbook.Name} would perform {operations} on {targets} with the binding's parameters; nothing is executed.",
            },
            CancellationToken.None);
        await audit.AppendAsync(
            input.Succeeded with
            {
                Details = details,
                Operation = operations,
                AppVersion = HostInfo.AppVersion,
                Summary = $"Dry run: recorded {input.Operations.Count} planned operation(s) of {binding.Runbook.Name} on {targets}; nothing was changed.",
            },
            CancellationToken.None);
        return 2;
    }
}

using AutoRemediate.Azure.Configuration;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using Microsoft.DurableTask;
using AutoRemediate.Runbooks;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// Matches the alert against the catalog loaded at start-up, and fixes in history whether the matched runbook can run
/// here (coded in this build, and <c>Azure:Enabled</c>).
/// </summary>
internal sealed class MatchBindingActivity(
    BindingCatalog catalog, RunbookCatalog runbooks, IOptions<RemediationOptions> options, IOptions<AzureActuatorOptions> azure)
    : TaskActivity<Alert, BindingChoice>
{
    public const string Name = "RemediationMatchBinding";

    public override Task<BindingChoice> RunAsync(TaskActivityContext context, Alert input)
    {
        var result = new BindingMatcher(catalog).Match(input);
        var settings = options.Value;
        var binding = result.Binding;
        var deadlines = new StageDeadlines(binding?.Approval.Timeout ?? TimeSpan.Zero, settings.ActingTimeout, settings.VerifyingTimeout);
        var notCoded = binding is null ? null
            : runbooks.Find(binding.Runbook.Name) is null ? $"runbook {binding.Runbook.Name} is not available in this build"
            : !azure.Value.Enabled ? $"this host has no Azure access (Azure:Enabled is false), so runbook {binding.Runbook.Name} cannot run"
            : null;
        return Task.FromResult(new BindingChoice(
            binding?.Id, binding?.Version, binding?.ContentHash, binding?.Runbook.Name, binding?.DryRun ?? true, result.Reason, catalog.Version, deadlines,
            Coded: binding is not null && notCoded is null,
            NotCodedReason: notCoded));
    }
}

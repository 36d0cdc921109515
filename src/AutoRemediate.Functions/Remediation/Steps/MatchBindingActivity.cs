using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Durable;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Matches the alert against the catalog loaded at start-up.</summary>
internal sealed class MatchBindingActivity(BindingCatalog catalog, IOptions<RemediationOptions> options) : TaskActivity<Alert, BindingChoice>
{
    public const string Name = "RemediationMatchBinding";

    public override Task<BindingChoice> RunAsync(TaskActivityContext context, Alert input, CancellationToken cancellationToken)
    {
        var result = new BindingMatcher(catalog).Match(input);
        var settings = options.Value;
        var binding = result.Binding;
        var deadlines = new StageDeadlines(binding?.Approval.Timeout ?? TimeSpan.Zero, settings.ActingTimeout, settings.VerifyingTimeout);
        return Task.FromResult(new BindingChoice(
            binding?.Id, binding?.Version, binding?.ContentHash, binding?.Runbook.Name, binding?.DryRun ?? true, result.Reason, catalog.Version, deadlines));
    }
}

using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Applies the binding's approval policy. <c>always</c> asks for approval; <c>whenGuardrailsAsk</c> asks when an
/// earlier guardrail did or a binding condition holds; <c>never</c> turns an earlier guardrail's request for
/// approval into a block, because a run that may not wait for a human must not run unapproved.
/// </summary>
internal sealed class ApprovalPolicyGuardrail : IGuardrail
{
    public string Name => "approval-policy";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var policy = request.Binding.Approval;
        var askers = earlier.Where(v => v.Outcome == GuardrailOutcome.RequireApproval).Select(v => $"'{v.Name}'").ToArray();
        var terms = $"quorum {policy.Quorum}, timeout {Text.DurationText.Format(policy.Timeout)}, self-approval {(policy.AllowSelfApproval ? "allowed" : "not allowed")}";

        switch (policy.Required)
        {
            case ApprovalRequirement.Always:
                return new(Name, GuardrailOutcome.RequireApproval, $"binding '{request.Binding.Id}' always requires approval ({terms})");
            case ApprovalRequirement.Never when askers.Length > 0:
                return new(Name, GuardrailOutcome.Block, $"{string.Join(", ", askers)} asked for approval, but binding '{request.Binding.Id}' never waits for approval; blocked instead of running unapproved");
            case ApprovalRequirement.Never:
                return new(Name, GuardrailOutcome.Pass, $"binding '{request.Binding.Id}' never requires approval");
        }

        var conditions = MatchingConditions(request).ToArray();
        if (conditions.Length > 0 || askers.Length > 0)
        {
            var reasons = conditions.Concat(askers.Length > 0 ? [$"requested by {string.Join(", ", askers)}"] : []);
            return new(Name, GuardrailOutcome.RequireApproval, $"approval required: {string.Join("; ", reasons)} ({terms})");
        }

        return new(Name, GuardrailOutcome.Pass, "no approval needed: no guardrail asked and no approval condition holds");
    }

    private static IEnumerable<string> MatchingConditions(GuardrailRequest request)
    {
        var conditions = request.Binding.Approval.Conditions;
        var environment = Environment(request);
        if (environment is not null && conditions.Environments.Contains(environment, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"environment '{environment}' requires approval";
        }

        if (conditions.MaxSeverity is { } max && request.Alert.Severity <= max)
        {
            yield return $"severity Sev{request.Alert.Severity} is at or above Sev{max}";
        }

        if (conditions.RunbookRisks.Contains(request.Plan.Risk))
        {
            yield return $"runbook '{request.Plan.Runbook}' is {request.Plan.Risk.ToString().ToLowerInvariant()} risk";
        }
    }

    /// <summary>The alert's environment: custom property, then label, then the first target's tag <c>environment</c>.</summary>
    private static string? Environment(GuardrailRequest request)
    {
        const string Key = "environment";
        return request.Alert.CustomProperties.GetValueOrDefault(Key)
            ?? request.Alert.Labels.GetValueOrDefault(Key)
            ?? request.Plan.Targets
                .Select(t => request.Context.TargetTags.GetValueOrDefault(t.Normalized))
                .Select(tags => tags?.FirstOrDefault(t => t.Key.Equals(Key, StringComparison.OrdinalIgnoreCase)).Value)
                .FirstOrDefault(v => v is not null);
    }
}

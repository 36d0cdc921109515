using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Every target must be inside the global and the binding scope: deny lists win over allow lists, a non-empty allow
/// list admits only what is under it, and a target tagged <c>autoremediate=off</c> (or <c>false</c>) is never touched.
/// </summary>
internal sealed class ScopeGuardrail : IGuardrail
{
    public const string OptOutTag = "autoremediate";

    public string Name => "scope";

    public GuardrailVerdict Evaluate(GuardrailRequest request, IReadOnlyList<GuardrailVerdict> earlier)
    {
        var targets = request.Plan.Targets;
        if (targets.Count == 0)
        {
            return new(Name, GuardrailOutcome.Block, "the plan has no target resources, so its scope cannot be checked");
        }

        var problems = targets
            .Select(t => Check(t, request.Context.GlobalScope, "global") ?? Check(t, request.Binding.Guardrails.Scope, "binding") ?? CheckTags(t, request.Context))
            .OfType<string>()
            .ToArray();

        return problems.Length > 0
            ? new(Name, GuardrailOutcome.Block, string.Join("; ", problems))
            : new(Name, GuardrailOutcome.Pass, $"{Count(targets.Count)} in scope (global {Describe(request.Context.GlobalScope)}; binding {Describe(request.Binding.Guardrails.Scope)}) and {Tags(request.Context)}");
    }

    private static string? Check(AzureResourceId target, ScopeRules rules, string level)
    {
        var denied = rules.Deny.FirstOrDefault(target.IsWithin);
        if (denied is not null)
        {
            return $"{target} is under {denied}, which is on the {level} deny list";
        }

        return rules.Allow.Count > 0 && !rules.Allow.Any(target.IsWithin)
            ? $"{target} is outside the {level} allow list ({string.Join(", ", rules.Allow)})"
            : null;
    }

    private static string? CheckTags(AzureResourceId target, GuardrailContext context)
    {
        if (context.UnreadableTargetTags.TryGetValue(target.Normalized, out var problem))
        {
            return $"the tags of {target} could not be read ({problem}), so an {OptOutTag}=off opt-out cannot be ruled out; blocking to be safe";
        }

        if (!context.TargetTags.TryGetValue(target.Normalized, out var tags))
        {
            return null;
        }

        var optOut = tags.FirstOrDefault(t => t.Key.Equals(OptOutTag, StringComparison.OrdinalIgnoreCase));
        return optOut.Key is not null && (optOut.Value.Equals("off", StringComparison.OrdinalIgnoreCase) || optOut.Value.Equals("false", StringComparison.OrdinalIgnoreCase))
            ? $"{target} is tagged {optOut.Key}={optOut.Value}; its owners opted out of automated remediation"
            : null;
    }

    private static string Tags(GuardrailContext context) =>
        context.TargetTagsNotChecked is { } why ? $"tags not checked: {why}" : $"none tagged {OptOutTag}=off";

    private static string Describe(ScopeRules rules) =>
        rules.Allow.Count == 0 && rules.Deny.Count == 0
            ? "unrestricted"
            : $"allow {rules.Allow.Count}, deny {rules.Deny.Count}";

    private static string Count(int targets) => targets == 1 ? "the target is" : $"all {targets} targets are";
}

using System.Collections.Frozen;

namespace AutoRemediate.Core.Bindings;

/// <summary>The <c>approval</c> section.</summary>
internal sealed partial class BindingFileParser
{
    private static readonly FrozenDictionary<string, ApprovalRequirement> Requirements = new Dictionary<string, ApprovalRequirement>(StringComparer.Ordinal)
    {
        ["always"] = ApprovalRequirement.Always,
        ["never"] = ApprovalRequirement.Never,
        ["whenGuardrailsAsk"] = ApprovalRequirement.WhenGuardrailsAsk,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RunbookRisk> Risks = new Dictionary<string, RunbookRisk>(StringComparer.Ordinal)
    {
        ["low"] = RunbookRisk.Low,
        ["medium"] = RunbookRisk.Medium,
        ["high"] = RunbookRisk.High,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private ApprovalPolicy? ParseApproval(YamlSection section)
    {
        var before = errors.Errors.Count;
        var defaults = ApprovalPolicy.Defaults;
        var required = section.Enum("required", Requirements) ?? defaults.Required;

        var conditions = ApprovalConditions.None;
        if (section.Section("conditions", BindingSchema.ApprovalConditions) is { } conditionSection)
        {
            var risks = new List<RunbookRisk>();
            foreach (var (value, at) in conditionSection.StringList("runbookRisk") ?? [])
            {
                var risk = Risks.FirstOrDefault(r => r.Key.Equals(value, StringComparison.OrdinalIgnoreCase));
                if (risk.Key is null)
                {
                    errors.Add(at, $"'{value}' is not a runbook risk in {conditionSection.Where}; expected one of low, medium, high{DidYouMean.Suggest(value, Risks.Keys)}");
                }
                else
                {
                    risks.Add(risk.Value);
                }
            }

            conditions = new ApprovalConditions(
                conditionSection.StringList("environments")?.Select(e => e.Value).ToArray() ?? [],
                conditionSection.Int("maxSeverity", 0, 4),
                risks);

            if (required == ApprovalRequirement.Never)
            {
                errors.Add(conditionSection.Start, $"{conditionSection.Where} have no effect when approval is 'never'; remove them or use 'whenGuardrailsAsk'");
            }
        }

        var quorum = section.Int("quorum", 1, 10) ?? defaults.Quorum;
        // Counted before the section is read, so an unknown key in it is not also reported as "lists nobody".
        var beforeApprovers = errors.Errors.Count;
        var approvers = section.Section("approvers", BindingSchema.Approvers) is { } approverSection ? ParseApprovers(approverSection, required, quorum, beforeApprovers) : null;
        var policy = new ApprovalPolicy(
            required,
            conditions,
            section.Bool("allowSelfApproval") ?? defaults.AllowSelfApproval,
            quorum,
            section.Duration("timeout") ?? defaults.Timeout,
            approvers);
        return errors.Errors.Count > before ? null : policy;
    }
}

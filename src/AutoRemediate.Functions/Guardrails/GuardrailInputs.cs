using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Functions.Guardrails;

/// <summary>What was read from Azure for one evaluation, and why anything is missing.</summary>
internal sealed record GuardrailInputs
{
    public Dictionary<string, IReadOnlyDictionary<string, string>> TargetTags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> UnreadableTargetTags { get; } = new(StringComparer.Ordinal);

    public string? TargetTagsNotChecked { get; init; }

    public int? FleetSize { get; set; }

    public string? FleetSizeUnknownReason { get; set; }

    public Dictionary<string, double> ErrorBudgetRemaining { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ErrorBudgetUnknownReasons { get; } = new(StringComparer.Ordinal);

    public GuardrailContext ApplyTo(GuardrailContext context) => context with
    {
        TargetTags = TargetTags,
        UnreadableTargetTags = UnreadableTargetTags,
        TargetTagsNotChecked = TargetTagsNotChecked,
        FleetSize = FleetSize,
        FleetSizeUnknownReason = FleetSizeUnknownReason,
        ErrorBudgetRemaining = ErrorBudgetRemaining,
        ErrorBudgetUnknownReasons = ErrorBudgetUnknownReasons,
    };
}

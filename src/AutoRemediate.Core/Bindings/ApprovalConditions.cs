namespace AutoRemediate.Core.Bindings;

/// <summary>Extra reasons to require approval; any one that holds is enough.</summary>
/// <param name="Environments">Approval when the alert's environment (custom property or label <c>environment</c>) is listed.</param>
/// <param name="MaxSeverity">Approval when the alert severity is this or more severe (numerically ≤).</param>
/// <param name="RunbookRisks">Approval when the plan's runbook risk is listed.</param>
public sealed record ApprovalConditions(IReadOnlyList<string> Environments, int? MaxSeverity, IReadOnlyList<RunbookRisk> RunbookRisks)
{
    /// <summary>No conditions.</summary>
    public static ApprovalConditions None { get; } = new([], null, []);
}

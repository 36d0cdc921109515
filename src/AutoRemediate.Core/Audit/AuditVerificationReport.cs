namespace AutoRemediate.Core.Audit;

/// <summary>The result of verifying one remediation's chain.</summary>
/// <param name="RemediationId">The chain.</param>
/// <param name="RecordCount">How many records were read.</param>
/// <param name="Head">The head compared against, when one was available.</param>
/// <param name="Problems">Every problem found, in chain order; empty when the chain is intact.</param>
public sealed record AuditVerificationReport(string RemediationId, int RecordCount, AuditHead? Head, IReadOnlyList<AuditChainProblem> Problems)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsIntact => Problems.Count == 0;

    /// <summary>One line per problem, or "intact".</summary>
    public override string ToString() =>
        IsIntact
            ? $"Audit chain {RemediationId}: intact ({RecordCount} record(s))."
            : $"Audit chain {RemediationId}: {Problems.Count} problem(s):{Environment.NewLine}" +
              string.Join(Environment.NewLine, Problems.Select(p => $"- {p.Kind}: {p.Description}"));
}

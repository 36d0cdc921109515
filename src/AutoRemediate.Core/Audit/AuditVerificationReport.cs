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

    /// <summary>
    /// How many records are unkeyed (format version 1, written before keying): they verify as a plain hash chain,
    /// which anyone with write access could have recomputed, so they are reported but are not a problem by themselves.
    /// </summary>
    public int UnkeyedRecords { get; init; }

    /// <summary>
    /// How many records the chain holds past its anchor: a crash between an append and the anchor's update (healed by
    /// the next append), not tampering, since every such record is keyed and verified. 0 when level or unanchored.
    /// </summary>
    public long AnchorBehind { get; init; }

    /// <summary>One line per problem, or "intact".</summary>
    public override string ToString() =>
        IsIntact
            ? $"Audit chain {RemediationId}: intact ({RecordCount} record(s){(UnkeyedRecords > 0 ? $", {UnkeyedRecords} unkeyed" : string.Empty)})."
            : $"Audit chain {RemediationId}: {Problems.Count} problem(s):{Environment.NewLine}" +
              string.Join(Environment.NewLine, Problems.Select(p => $"- {p.Kind}: {p.Description}"));
}

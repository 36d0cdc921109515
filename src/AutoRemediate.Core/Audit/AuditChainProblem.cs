namespace AutoRemediate.Core.Audit;

/// <summary>One problem found in a chain, naming the record concerned.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Sequence">The sequence number of the record concerned (or the first missing one for a gap); null when none applies.</param>
/// <param name="RecordId">The id of the record concerned, when there is one.</param>
/// <param name="Description">A sentence for the operator, naming the record and what it means.</param>
public sealed record AuditChainProblem(AuditProblemKind Kind, long? Sequence, string? RecordId, string Description);

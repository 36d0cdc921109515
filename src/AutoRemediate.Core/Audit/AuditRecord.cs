namespace AutoRemediate.Core.Audit;

/// <summary>
/// One stored, hash-chained audit record: the appended <see cref="AuditEntry"/> plus its place in the chain.
/// </summary>
/// <remarks>
/// <see cref="Hash"/> is SHA-256 over the canonical form (<see cref="AuditHashing.CanonicalJson"/>), which includes
/// <see cref="PreviousHash"/>; so editing, inserting or deleting a record breaks the chain from there on.
/// </remarks>
public sealed record AuditRecord : AuditEntry
{
    /// <summary>The record's position in its chain, starting at 1 with no gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>The record's id, derived from the remediation id and idempotency key (<see cref="AuditChain.RecordIdFor"/>).</summary>
    public required string RecordId { get; init; }

    /// <summary>The previous record's <see cref="Hash"/>, or the chain's genesis hash for the first record.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>The record's hash: 64 lower-case hex digits.</summary>
    public required string Hash { get; init; }

    /// <summary>The audit key <see cref="Hash"/> is an HMAC with; null for an unkeyed (legacy, format version 1) record.</summary>
    public string? KeyId { get; init; }
}

namespace AutoRemediate.Core.Audit;

/// <summary>
/// The append-only, tamper-evident audit log: one hash chain per remediation. Implementations: the Azure Table
/// log (AutoRemediate.Storage) and <see cref="InMemoryAuditLog"/> for tests.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends <paramref name="entry"/> to its remediation's chain and returns the stored record. Idempotent: when
    /// the chain already holds a record with the same record id (same idempotency key), that record is returned and
    /// nothing is appended. Safe to call concurrently for one remediation.
    /// </summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The remediation's records in sequence order (empty for an unknown remediation).</summary>
    IAsyncEnumerable<AuditRecord> ReadChainAsync(string remediationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records about one resource (by <see cref="AuditEntry.TargetResourceId"/>, case-insensitive) with
    /// <paramref name="from"/> ≤ time &lt; <paramref name="to"/>, in time order.
    /// </summary>
    IAsyncEnumerable<AuditRecord> QueryByResourceAsync(string resourceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Records of every remediation with <paramref name="from"/> ≤ time &lt; <paramref name="to"/>, in time order.</summary>
    IAsyncEnumerable<AuditRecord> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Reads the remediation's chain and its head as stored and reports every problem (<see cref="AuditChainVerifier"/>).</summary>
    Task<AuditVerificationReport> VerifyAsync(string remediationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies every chain that began on <paramref name="day"/> (UTC) against its anchor: chains anchored that day,
    /// and chains whose first record is that day (so a chain whose anchor was deleted, or a legacy unanchored chain,
    /// is found too). A deleted chain whose anchor remains is reported as <see cref="AuditProblemKind.ChainMissing"/>.
    /// </summary>
    Task<AuditDayReport> VerifyDayAsync(DateOnly day, CancellationToken cancellationToken = default);
}

namespace AutoRemediate.Core.Audit;

/// <summary>
/// The end of a chain as recorded next to it (and possibly elsewhere): how many records it holds and the last
/// record's hash. Comparing it with the stored records detects records deleted from the end.
/// </summary>
/// <param name="Count">The number of records, which is also the last sequence number (sequences start at 1).</param>
/// <param name="LastHash">The last record's hash, or the genesis hash of an empty chain.</param>
public sealed record AuditHead(long Count, string LastHash)
{
    /// <summary>The head of an empty chain.</summary>
    public static AuditHead Empty(string remediationId) => new(0, AuditHashing.Genesis(remediationId));
}

namespace AutoRemediate.Core.Audit;

/// <summary>The verification of every chain that began on one UTC day (anchored that day, or indexed as starting then).</summary>
/// <param name="Day">The day.</param>
/// <param name="Chains">One report per chain, ordered by remediation id.</param>
public sealed record AuditDayReport(DateOnly Day, IReadOnlyList<AuditVerificationReport> Chains)
{
    /// <summary>The chains with at least one problem.</summary>
    public IReadOnlyList<AuditVerificationReport> Failed => [.. Chains.Where(c => !c.IsIntact)];

    /// <summary>Intact chains holding unkeyed (pre-keying) records.</summary>
    public IReadOnlyList<AuditVerificationReport> Unkeyed => [.. Chains.Where(c => c.IsIntact && c.UnkeyedRecords > 0)];

    /// <summary>True when no chain has a problem.</summary>
    public bool IsIntact => Chains.All(c => c.IsIntact);
}

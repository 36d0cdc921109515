namespace AutoRemediate.Storage.Audit;

/// <summary>Settings of the table-backed audit log.</summary>
public sealed class AuditLogOptions
{
    /// <summary>The table holding the chains (one partition per remediation).</summary>
    public string TableName { get; set; } = "AuditLog";

    /// <summary>The derived index table (by resource and by day); can be rebuilt from the chains.</summary>
    public string IndexTableName { get; set; } = "AuditIndex";

    /// <summary>The anchor table: each chain's head outside its partition, by the day the chain began.</summary>
    public string AnchorTableName { get; set; } = "AuditAnchors";

    /// <summary>How often an append re-reads the head after losing a race to another writer before giving up.</summary>
    public int MaxAppendAttempts { get; set; } = 100;

    /// <summary>The longest time range one cross-remediation query may span (one request per day at least).</summary>
    public TimeSpan MaxQueryRange { get; set; } = TimeSpan.FromDays(400);
}

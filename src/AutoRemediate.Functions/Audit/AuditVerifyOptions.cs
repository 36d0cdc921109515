namespace AutoRemediate.Functions.Audit;

/// <summary>The daily audit verification (section <c>AuditVerify</c>).</summary>
internal sealed class AuditVerifyOptions
{
    public const string SectionName = "AuditVerify";
    public const string DefaultSchedule = "0 30 6 * * *";

    /// <summary>Six-field cron (UTC) at which the self-hosted app verifies every chain begun the previous day.</summary>
    public string Schedule { get; set; } = DefaultSchedule;
}

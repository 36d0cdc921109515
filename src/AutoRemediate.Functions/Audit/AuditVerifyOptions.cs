namespace AutoRemediate.Functions.Audit;

/// <summary>The daily audit verification (section <c>Audit</c>, next to the keys).</summary>
internal sealed class AuditVerifyOptions
{
    public const string SectionName = "Audit";
    public const string DefaultVerifySchedule = "0 30 6 * * *";

    /// <summary>Six-field cron (UTC) at which the self-hosted app verifies every chain begun the previous day.</summary>
    public string VerifySchedule { get; set; } = DefaultVerifySchedule;
}

using System.ComponentModel.DataAnnotations;

namespace AutoRemediate.Functions.Maintenance;

/// <summary>How long finished remediations are kept, and how often old ones are purged.</summary>
internal sealed class InstancePurgeOptions
{
    public const string SectionName = "Purge";
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(90);
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromHours(1);

    /// <summary>Finished instances older than this are deleted with their history.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00", ErrorMessage = "Purge:Retention must be between 1 hour and 10 years.")]
    public TimeSpan Retention { get; set; } = DefaultRetention;

    /// <summary>How often the self-hosted app purges; in Azure the InstancePurge timer's schedule decides.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Purge:Interval must be between 1 second and 7 days.")]
    public TimeSpan Interval { get; set; } = DefaultInterval;
}

using System.ComponentModel.DataAnnotations;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>The toil ledger, the report timer and the assumptions behind the figures (docs/toil.md).</summary>
internal sealed class ToilOptions
{
    public const string SectionName = "Toil";
    public const string DefaultLedgerTableName = "toilledger";
    public const string DefaultReportTableName = "toilreports";
    public const string DefaultDailySchedule = "0 0 7 * * *";
    public const string DefaultWeeklySchedule = "0 0 7 * * 1";
    public static readonly TimeSpan DefaultClaimDuration = TimeSpan.FromMinutes(10);

    /// <summary>The ledger table (occurrences and manual entries, one partition per day and kind).</summary>
    public string LedgerTableName { get; set; } = DefaultLedgerTableName;

    /// <summary>The report table (reports and window claims).</summary>
    public string ReportTableName { get; set; } = DefaultReportTableName;

    /// <summary>Six-field cron (UTC) of the reports of the previous day and of the 30 days ending with it; the ToilDailyReport timer uses it too.</summary>
    public string DailySchedule { get; set; } = DefaultDailySchedule;

    /// <summary>Six-field cron (UTC) of the weekly report of the previous ISO week; the ToilWeeklyReport timer uses it too.</summary>
    public string WeeklySchedule { get; set; } = DefaultWeeklySchedule;

    /// <summary>Manual minutes assumed for an alert no binding matched.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Toil:UnmatchedEffortMinutes must be between 1 and 10080.")]
    public int UnmatchedEffortMinutes { get; set; } = ToilReportSettings.Defaults.UnmatchedEffortMinutes;

    /// <summary>The most human minutes one approval decision is counted as (it costs its latency up to this).</summary>
    [Range(0, 24 * 60, ErrorMessage = "Toil:ApprovalReviewMinutes must be between 0 and 1440.")]
    public int ApprovalReviewMinutes { get; set; } = 5;

    /// <summary>How many unautomated rules a report ranks.</summary>
    [Range(1, 100, ErrorMessage = "Toil:TopRules must be between 1 and 100.")]
    public int TopRules { get; set; } = ToilReportSettings.Defaults.TopRules;

    /// <summary>How long a host holds a window while computing it before another may take over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Toil:ClaimDuration must be between 10 seconds and 1 day.")]
    public TimeSpan ClaimDuration { get; set; } = DefaultClaimDuration;

    /// <summary>Whether the self-hosted scheduler computes the last complete day, 30 days and week at start (skipped when already done).</summary>
    public bool CatchUpOnStart { get; set; } = true;

    /// <summary>Whether a computed report is summarised on Teams (when <c>Teams:WebhookUrl</c> is set).</summary>
    public bool PostToTeams { get; set; } = true;

    /// <summary>The app's public base URL; when set, the Teams summary links to the HTML report.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary><see cref="PublicBaseUrl"/> as a URI with a trailing slash; null when unset.</summary>
    public Uri? ReportLinkBase =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);

    public ToilReportSettings ToReportSettings() => new(UnmatchedEffortMinutes, TopRules);
}

using AutoRemediate.Core.Text;

namespace AutoRemediate.Functions.Toil;

/// <summary>The toil feature's log events (band 2100).</summary>
internal static partial class ToilLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Toil report {WindowId} generated: {Occurrences} occurrences, {HoursAvoided} h avoided, {HoursRemaining} h remaining")]
    public static partial void ToilReportGenerated(this ILogger logger, string windowId, int occurrences, double hoursAvoided, double hoursRemaining);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Toil report {WindowId} skipped: another host holds the window or its report is done")]
    public static partial void ToilWindowSkipped(this ILogger logger, string windowId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Toil report {WindowId} was stored but its claim expired and was taken over meanwhile")]
    public static partial void ToilClaimLost(this ILogger logger, string windowId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Toil report {WindowId} summary not posted to Teams: {Reason}")]
    public static partial void ToilSummaryNotPosted(this ILogger logger, string windowId, LogText reason);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Error, Message = "Toil {Schedule} report run failed; retrying at the next tick")]
    public static partial void ToilRunFailed(this ILogger logger, string schedule, Exception exception);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "{Who} logged {Minutes} min of manual toil in category {Category} (entry {EntryId}, by {RecordedBy})")]
    public static partial void ManualToilLogged(this ILogger logger, LogText who, int minutes, LogText category, LogText entryId, LogText recordedBy);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Could not record the resolution of remediation {InstanceId} ({Disposition}) in the toil ledger")]
    public static partial void ToilDeliveryNotRecorded(this ILogger logger, LogText instanceId, string disposition, Exception exception);
}

using AutoRemediate.Core.Text;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks;

/// <summary>The runbooks' log events (5200–5299). Operations are logged by path; tokens and bodies never are.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Remediation {RemediationId}: {Operation} done in {ElapsedMs} ms (request id {RequestId}, dry run {DryRun})")]
    public static partial void RunbookChangeDone(this ILogger logger, LogText remediationId, LogText operation, long elapsedMs, LogText requestId, bool dryRun);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Remediation {RemediationId}: Azure refused a change after {ElapsedMs} ms (request id {RequestId}): {Error}")]
    public static partial void RunbookChangeRefused(this ILogger logger, LogText remediationId, long elapsedMs, LogText requestId, LogText error);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Remediation {RemediationId}: verification of {Target} read {Value} ({Problem})")]
    public static partial void VerificationRead(this ILogger logger, LogText remediationId, LogText target, double? value, LogText problem);
}

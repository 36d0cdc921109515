using AutoRemediate.Core.Text;

namespace AutoRemediate.Functions.Audit;

/// <summary>The daily audit verification's log events (band 2200). Chain ids and problem text are escaped (<see cref="LogText"/>).</summary>
internal static partial class AuditVerifyLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Audit chains of {Day} verified: {Chains} chain(s), {Unkeyed} with unkeyed legacy records, none with problems")]
    public static partial void AuditDayIntact(this ILogger logger, string day, int chains, int unkeyed);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "Audit chains of {Day} FAILED verification: {Failed} of {Chains} chain(s) with problems")]
    public static partial void AuditDayFailed(this ILogger logger, string day, int failed, int chains);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Error, Message = "Audit chain {RemediationId} of {Day}: {ProblemKind}: {Description}")]
    public static partial void AuditChainProblem(this ILogger logger, LogText remediationId, string day, string problemKind, LogText description);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Error, Message = "Audit verification of {Day} could not run; retrying at the next tick")]
    public static partial void AuditVerifyFailed(this ILogger logger, string day, Exception exception);
}

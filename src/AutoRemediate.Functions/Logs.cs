namespace AutoRemediate.Functions;

/// <summary>The host's log messages. Event ids: 1000–1099 hosting, 1100–1199 custom handler, 1200–1299 maintenance, 1500–1599 approvals.</summary>
/// <remarks>Approval events never carry tokens, signing keys or webhook URLs: those are secrets.</remarks>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Invocation {FunctionName} completed in {ElapsedMs} ms")]
    public static partial void InvocationCompleted(this ILogger logger, string functionName, long elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Invocation {FunctionName} failed; the Functions host will retry it")]
    public static partial void InvocationFailed(this ILogger logger, string functionName, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Invocation {FunctionName} rejected: {Reason}")]
    public static partial void InvocationRejected(this ILogger logger, string functionName, string reason);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Purged {Count} finished instances completed before {Cutoff}")]
    public static partial void InstancesPurged(this ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Purging finished instances failed; retrying at the next tick")]
    public static partial void PurgeFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Approval {RequestId} requested for remediation {RemediationId}: quorum {Quorum}, expires {ExpiresAt:O}")]
    public static partial void ApprovalRequested(this ILogger logger, string requestId, string remediationId, int quorum, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Approval {RequestId} of remediation {RemediationId} revised to plan {PlanHash}; earlier links are refused")]
    public static partial void PlanRevised(this ILogger logger, string requestId, string remediationId, string planHash);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Approval {RequestId} of remediation {RemediationId} expired without a decision")]
    public static partial void ApprovalExpired(this ILogger logger, string requestId, string remediationId);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Warning, Message = "Escalated approval {RequestId}: delivered {Delivered}, paging webhook configured {PagingConfigured}")]
    public static partial void Escalated(this ILogger logger, string requestId, bool delivered, bool pagingConfigured);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Warning, Message = "Approval token refused ({Failure}) from {RemoteIp}")]
    public static partial void TokenRefused(this ILogger logger, Core.Approvals.TokenFailure failure, string? remoteIp);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Warning, Message = "Decision by {Approver} on approval {RequestId} refused: {Refusal}")]
    public static partial void DecisionRefused(this ILogger logger, string requestId, string approver, Core.Approvals.ApprovalRefusal refusal);

    [LoggerMessage(EventId = 1506, Level = LogLevel.Information, Message = "{Approver} decided {Verdict} on approval {RequestId} of remediation {RemediationId}; the request is now {Status}")]
    public static partial void VoteRecorded(this ILogger logger, string requestId, string remediationId, string approver, Core.Approvals.ApprovalVerdict verdict, Core.Approvals.ApprovalStatus status);

    [LoggerMessage(EventId = 1507, Level = LogLevel.Information, Message = "Raised ApprovalDecided ({Decision}) for approval {RequestId} into remediation {RemediationId}")]
    public static partial void DecisionRaised(this ILogger logger, string requestId, string remediationId, Core.Approvals.ApprovalStatus decision);

    [LoggerMessage(EventId = 1508, Level = LogLevel.Error, Message = "Could not raise ApprovalDecided for approval {RequestId} into remediation {RemediationId} ({ErrorType}: {Error}); it reads the stored decision at expiry")]
    public static partial void DecisionNotRaised(this ILogger logger, string requestId, string remediationId, string errorType, string error);

    [LoggerMessage(EventId = 1509, Level = LogLevel.Warning, Message = "Could not post the decision on approval {RequestId} to Teams: {Reason}")]
    public static partial void DecisionCardFailed(this ILogger logger, string requestId, string reason);

    [LoggerMessage(EventId = 1510, Level = LogLevel.Warning, Message = "The {Target} webhook answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void WebhookRetrying(this ILogger logger, string target, int? status, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1511, Level = LogLevel.Warning, Message = "Decision from {RemoteIp} refused: no approver identity")]
    public static partial void ApproverMissing(this ILogger logger, string? remoteIp);
}

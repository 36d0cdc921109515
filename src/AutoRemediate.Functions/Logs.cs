using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Text;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Webhook;

namespace AutoRemediate.Functions;

/// <summary>The host's log messages. Event ids: 1000–1099 hosting, 1100–1199 custom handler, 1200–1299 maintenance, 1300–1399 alert webhook,
/// 1400–1499 request security (webhook credentials, same-origin posts), 1500–1599 approvals, 1600–1699 remediation, 1700–1799 operator API, 1800–1899 dashboard.</summary>
/// <remarks>Keys, tokens, signing keys, webhook URLs and bodies are never logged: bodies are named by their SHA-256. Text that may
/// come from an alert or a request (rule names, ids, reasons, paths, identities, errors) is a <see cref="LogText"/> parameter, so it is
/// written escaped (<see cref="UntrustedText.Escape"/>) and cannot forge a line or drive a terminal.</remarks>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Invocation {FunctionName} completed in {ElapsedMs} ms")]
    public static partial void InvocationCompleted(this ILogger logger, string functionName, long elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Invocation {FunctionName} failed; the Functions host will retry it")]
    public static partial void InvocationFailed(this ILogger logger, string functionName, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Invocation {FunctionName} rejected: {Reason}")]
    public static partial void InvocationRejected(this ILogger logger, string functionName, LogText reason);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Purged {Count} finished instances completed before {Cutoff}")]
    public static partial void InstancesPurged(this ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Purging finished instances failed; retrying at the next tick")]
    public static partial void PurgeFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Started remediation {InstanceId} for {AlertSource} alert rule {RuleName} (correlation {CorrelationId})")]
    public static partial void RemediationStarted(this ILogger logger, LogText instanceId, AlertSource alertSource, LogText ruleName, string correlationId);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Resolved alert has no remediation {InstanceId}; nothing started (correlation {CorrelationId})")]
    public static partial void ResolvedWithoutRemediation(this ILogger logger, LogText instanceId, string correlationId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Raised {EventName} into remediation {InstanceId} (correlation {CorrelationId})")]
    public static partial void RemediationSignalled(this ILogger logger, LogText instanceId, string eventName, string correlationId);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Remediation {InstanceId} ({RuntimeStatus}) already handles this notification: {Disposition} (correlation {CorrelationId})")]
    public static partial void RemediationAlreadyHandled(this ILogger logger, LogText instanceId, OrchestrationRuntimeStatus runtimeStatus, RemediationDisposition disposition, string correlationId);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Answered an Event Grid subscription validation (correlation {CorrelationId})")]
    public static partial void EventGridHandshakeAnswered(this ILogger logger, string correlationId);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Rejected alert payload {BodySha256}: {Reason} at {Pointer} (correlation {CorrelationId})")]
    public static partial void PayloadRejected(this ILogger logger, LogText reason, LogText pointer, string bodySha256, string correlationId);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Warning, Message = "Storage unavailable while dispatching {AlertCount} alerts; answered 503 (correlation {CorrelationId})")]
    public static partial void StorageUnavailable(this ILogger logger, int alertCount, string correlationId, Exception exception);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Information, Message = "Accepted {AlertCount} alerts from payload {BodySha256} (correlation {CorrelationId})")]
    public static partial void AlertsAccepted(this ILogger logger, int alertCount, string bodySha256, string correlationId);

    [LoggerMessage(EventId = 1308, Level = LogLevel.Warning, Message = "Storage unavailable while reading remediation {InstanceId}; answered 503")]
    public static partial void StatusLookupFailed(this ILogger logger, LogText instanceId, Exception exception);

    [LoggerMessage(EventId = 1309, Level = LogLevel.Information, Message = "Answered a CloudEvents webhook validation from {Origin} (correlation {CorrelationId})")]
    public static partial void CloudEventsHandshakeAnswered(this ILogger logger, string origin, string correlationId);

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Refused unauthenticated request to {Path} ({Method}): {Failure}")]
    public static partial void RequestNotAuthenticated(this ILogger logger, PathString path, string method, LogText failure);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Bearer token could not be checked: the tenant's signing keys are unavailable; answered 503")]
    public static partial void SigningKeysUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Warning, Message = "Fetching Entra ID metadata from {MetadataAddress} failed")]
    public static partial void SigningKeysFetchFailed(this ILogger logger, Uri metadataAddress, Exception exception);

    [LoggerMessage(EventId = 1404, Level = LogLevel.Warning, Message = "Post to {Path} refused as cross-site (Origin '{Origin}', Sec-Fetch-Site '{FetchSite}'); nothing was done")]
    public static partial void CrossSitePostRefused(this ILogger logger, LogText path, LogText origin, LogText fetchSite);

    [LoggerMessage(EventId = 1600, Level = LogLevel.Information, Message = "Loaded {BindingCount} runbook bindings from {Folder} (catalog version {CatalogVersion})")]
    public static partial void BindingCatalogLoaded(this ILogger logger, int bindingCount, string folder, string catalogVersion);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Remediation {InstanceId} ended {Stage}: {Reason}")]
    public static partial void RemediationEnded(this ILogger logger, LogText instanceId, string stage, LogText reason);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "Remediation {InstanceId}: guardrail state {Change} was {Outcome}")]
    public static partial void GuardrailStateApplied(this ILogger logger, LogText instanceId, string change, string outcome);

    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Approval {RequestId} requested for remediation {RemediationId}: quorum {Quorum}, expires {ExpiresAt:O}")]
    public static partial void ApprovalRequested(this ILogger logger, LogText requestId, LogText remediationId, int quorum, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Approval {RequestId} of remediation {RemediationId} revised to plan {PlanHash}; earlier links are refused")]
    public static partial void PlanRevised(this ILogger logger, LogText requestId, LogText remediationId, string planHash);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Approval {RequestId} of remediation {RemediationId} expired without a decision")]
    public static partial void ApprovalExpired(this ILogger logger, LogText requestId, LogText remediationId);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Warning, Message = "Escalated approval {RequestId}: delivered {Delivered}, paging webhook configured {PagingConfigured}")]
    public static partial void Escalated(this ILogger logger, LogText requestId, bool delivered, bool pagingConfigured);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Warning, Message = "Approval token refused ({Failure}) from {RemoteIp}")]
    public static partial void TokenRefused(this ILogger logger, Core.Approvals.TokenFailure failure, string? remoteIp);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Warning, Message = "Decision by {Approver} on approval {RequestId} refused: {Refusal}")]
    public static partial void DecisionRefused(this ILogger logger, LogText requestId, LogText approver, Core.Approvals.ApprovalRefusal refusal);

    [LoggerMessage(EventId = 1506, Level = LogLevel.Information, Message = "{Approver} decided {Verdict} on approval {RequestId} of remediation {RemediationId}; the request is now {Status}")]
    public static partial void VoteRecorded(this ILogger logger, LogText requestId, LogText remediationId, LogText approver, Core.Approvals.ApprovalVerdict verdict, Core.Approvals.ApprovalStatus status);

    [LoggerMessage(EventId = 1507, Level = LogLevel.Information, Message = "Raised ApprovalDecided ({Decision}) for approval {RequestId} into remediation {RemediationId}")]
    public static partial void DecisionRaised(this ILogger logger, LogText requestId, LogText remediationId, Core.Approvals.ApprovalStatus decision);

    [LoggerMessage(EventId = 1508, Level = LogLevel.Error, Message = "Could not raise ApprovalDecided for approval {RequestId} into remediation {RemediationId} ({ErrorType}: {Error}); it reads the stored decision at expiry")]
    public static partial void DecisionNotRaised(this ILogger logger, LogText requestId, LogText remediationId, string errorType, LogText error);

    [LoggerMessage(EventId = 1509, Level = LogLevel.Warning, Message = "Could not post the decision on approval {RequestId} to Teams: {Reason}")]
    public static partial void DecisionCardFailed(this ILogger logger, LogText requestId, LogText reason);

    [LoggerMessage(EventId = 1510, Level = LogLevel.Warning, Message = "The {Target} webhook answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void WebhookRetrying(this ILogger logger, string target, int? status, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1511, Level = LogLevel.Warning, Message = "Decision from {RemoteIp} refused: no approver identity")]
    public static partial void ApproverMissing(this ILogger logger, string? remoteIp);

    [LoggerMessage(EventId = 1512, Level = LogLevel.Information, Message = "Approval {RequestId} of remediation {RemediationId} closed unanswered: {Reason}")]
    public static partial void ApprovalCancelled(this ILogger logger, LogText requestId, LogText remediationId, LogText reason);

    [LoggerMessage(EventId = 1513, Level = LogLevel.Warning, Message = "Could not post the closing of approval {RequestId} to Teams: {Reason}")]
    public static partial void ApprovalCancelNotPosted(this ILogger logger, LogText requestId, LogText reason);

    [LoggerMessage(EventId = 1514, Level = LogLevel.Warning, Message = "Decision by {Approver} from {RemoteIp} refused: the Approver role is missing")]
    public static partial void ApproverRoleMissing(this ILogger logger, LogText approver, string? remoteIp);

    [LoggerMessage(EventId = 1700, Level = LogLevel.Warning, Message = "Operator {Operator} cancelled remediation {InstanceId}: {Reason}")]
    public static partial void RemediationCancelled(this ILogger logger, LogText @operator, LogText instanceId, LogText reason);

    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "Operator {Operator} set the kill switch engaged={Engaged}: {Reason}")]
    public static partial void KillSwitchSet(this ILogger logger, LogText @operator, bool engaged, LogText reason);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Operator {Operator} reset the circuit breaker of runbook {Runbook}: {Reason}")]
    public static partial void CircuitBreakerReset(this ILogger logger, LogText @operator, LogText runbook, LogText reason);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "Operator action on {Path} refused: no operator identity")]
    public static partial void OperatorIdentityMissing(this ILogger logger, LogText path);

    [LoggerMessage(EventId = 1706, Level = LogLevel.Warning, Message = "Operator request to {Path} refused: {Failure}")]
    public static partial void OperatorNotAuthenticated(this ILogger logger, LogText path, string failure);

    [LoggerMessage(EventId = 1707, Level = LogLevel.Warning, Message = "Operator change to {Path} refused: content type '{ContentType}' is not application/json")]
    public static partial void OperatorChangeNotJson(this ILogger logger, LogText path, LogText contentType);

    [LoggerMessage(EventId = 1708, Level = LogLevel.Warning, Message = "Operator request {Method} {Path} by {Operator} refused: it needs the {RequiredRole} role, the operator has {Roles}")]
    public static partial void OperatorForbidden(this ILogger logger, string method, LogText path, LogText @operator, Roles.OperatorRole requiredRole, string roles);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Warning, Message = "Storage unavailable for operator request {Path}; answered 503")]
    public static partial void OperatorStorageUnavailable(this ILogger logger, LogText path, Exception exception);

    [LoggerMessage(EventId = 1800, Level = LogLevel.Information, Message = "Dashboard request {Path} refused: {Failure}")]
    public static partial void DashboardNotAuthenticated(this ILogger logger, LogText path, string failure);

    [LoggerMessage(EventId = 1801, Level = LogLevel.Warning, Message = "Dashboard request {Method} {Path} by {Operator} refused: it needs the {RequiredRole} role, the operator has {Roles}")]
    public static partial void DashboardForbidden(this ILogger logger, string method, LogText path, LogText @operator, Roles.OperatorRole requiredRole, string roles);


    [LoggerMessage(EventId = 1705, Level = LogLevel.Information, Message = "Cancelled remediation {InstanceId}: guardrail running slot {Outcome}, terminated before release {Terminated}")]
    public static partial void CancelledRunReleased(this ILogger logger, LogText instanceId, string outcome, bool terminated);
}

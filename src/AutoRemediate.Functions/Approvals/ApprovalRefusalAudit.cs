using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Hosting;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Audits a decision refused because the person may not decide on the request (not among the binding's approvers):
/// an ApprovalRefused record in the remediation's own chain, next to the request and, later, the decision.
/// </summary>
internal sealed class ApprovalRefusalAudit(IAuditLog audit, TimeProvider time)
{
    /// <summary>Appends the refusal; one record per form (keyed by the form token's nonce), so a resubmitted form adds nothing.</summary>
    public Task<AuditRecord> RefusedAsync(ApprovalRecord record, ApproverIdentity approver, string nonce, string? sourceIp, string explanation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(approver);
        var request = record.Request;
        return audit.AppendAsync(
            new AuditEntry
            {
                RemediationId = request.RemediationId,
                IdempotencyKey = $"approval-refused-{nonce}",
                Kind = AuditRecordKind.ApprovalRefused,
                Time = time.GetUtcNow(),
                Actor = AuditActor.User(approver.Name, sourceIp),
                Summary = $"Decision on approval request {request.RequestId} refused: {explanation}.",
                Runbook = request.Runbook,
                AppVersion = HostInfo.AppVersion,
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["requestId"] = request.RequestId,
                    ["planHash"] = request.PlanHash,
                    ["approver"] = approver.ToString(),
                    ["allowedApprovers"] = request.Approvers?.ToString() ?? string.Empty,
                    ["status"] = record.Status.ToString(),
                },
            },
            cancellationToken);
    }
}

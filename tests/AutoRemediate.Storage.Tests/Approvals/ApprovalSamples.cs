using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Storage.Tests.Approvals;

/// <summary>Requests and votes for the store tests.</summary>
internal static class ApprovalSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 15, 0, TimeSpan.Zero);

    public static ApprovalRequest Request(string requestId, int quorum = 2, string operation = "restart site", DateTimeOffset? requestedAt = null)
    {
        string[] targets = ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/checkout"];
        var at = requestedAt ?? Now;
        return new ApprovalRequest
        {
            RemediationId = "am-" + requestId,
            RequestId = requestId,
            RequestedBy = "alice@contoso.com",
            Alert = new ApprovalAlertSummary("checkout-5xx", 1, at.AddMinutes(-3), "HTTP 5xx above 5%"),
            Runbook = "restart",
            Targets = targets,
            Operations = [operation],
            Verdicts = [new GuardrailVerdict("cooldown", GuardrailOutcome.Pass, "no restart in the last 30 min")],
            PlanHash = PlanHash.Compute(targets, [operation]),
            Quorum = quorum,
            AllowSelfApproval = false,
            RequestedAt = at,
            ExpiresAt = at.AddMinutes(30),
        };
    }

    public static ApprovalVote Vote(string approver, ApprovalRecord record, ApprovalVerdict verdict = ApprovalVerdict.Approve) =>
        new(approver, verdict, $"ok from {approver}", record.Request.PlanHash, Now.AddMinutes(1), new DecisionOrigin("10.1.2.3", "Mozilla/5.0 test"));

    public static string RequestId() => "r" + Guid.NewGuid().ToString("N");
}

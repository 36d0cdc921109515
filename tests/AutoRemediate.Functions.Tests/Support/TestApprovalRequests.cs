using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>Approval requests for the app tests: a restart of the checkout site, decided by people at contoso.</summary>
internal static class TestApprovalRequests
{
    public const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-shop/providers/Microsoft.Web/sites/checkout-api";

    public static ApprovalRequest Create(
        int quorum = 1, bool allowSelfApproval = false, TimeSpan? expiresIn = null, string operation = "restart site", DateTimeOffset? requestedAt = null)
    {
        var id = "am-" + Guid.NewGuid().ToString("N");
        var now = requestedAt ?? DateTimeOffset.UtcNow;
        string[] targets = [Site];
        return new ApprovalRequest
        {
            RemediationId = id,
            RequestId = id + "-approval",
            RequestedBy = "alice@contoso.com",
            Alert = new ApprovalAlertSummary("checkout-5xx-rate", 1, now.AddMinutes(-4), "HTTP 5xx rate above 5% for 5 minutes"),
            Runbook = "restart",
            Targets = targets,
            Operations = [operation],
            Verdicts =
            [
                new GuardrailVerdict("cooldown", GuardrailOutcome.Pass, "no restart of checkout-api in the last 30 min"),
                new GuardrailVerdict("change-window", GuardrailOutcome.RequireApproval, "outside the change window Mon-Fri 09:00-17:00"),
            ],
            PlanHash = PlanHash.Compute(targets, [operation]),
            Quorum = quorum,
            AllowSelfApproval = allowSelfApproval,
            RequestedAt = now,
            ExpiresAt = now + (expiresIn ?? TimeSpan.FromMinutes(30)),
        };
    }
}

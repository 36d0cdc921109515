using System.Text;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Approval requests, records and key rings in one line.</summary>
internal static class TestApprovals
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 15, 0, TimeSpan.Zero);

    public static SigningKeyRing Keys(string active = "k1", params string[] others) =>
        new(active, new[] { active }.Concat(others).ToDictionary(id => id, Key));

    public static byte[] Key(string id) => Encoding.UTF8.GetBytes($"test signing key {id} ".PadRight(40, '#'));

    public static ApprovalRequest Request(
        string remediationId = "am-0123456789abcdef0123456789abcdef", string requestId = "req-1", int quorum = 1,
        bool allowSelfApproval = false, string requestedBy = "alice@contoso.com", string[]? targets = null) =>
        Request(remediationId, requestId, quorum, allowSelfApproval, requestedBy, targets ?? [TestGuardrails.Site], ["restart site"]);

    public static ApprovalRequest Request(
        string remediationId, string requestId, int quorum, bool allowSelfApproval, string requestedBy, string[] targets, string[] operations) => new()
    {
        RemediationId = remediationId,
        RequestId = requestId,
        RequestedBy = requestedBy,
        Alert = new ApprovalAlertSummary("checkout-5xx", 1, Now.AddMinutes(-3), "HTTP 5xx above 5%"),
        Runbook = "restart",
        Targets = targets,
        Operations = operations,
        Verdicts = [new GuardrailVerdict("cooldown", GuardrailOutcome.Pass, "no restart in the last 30 min")],
        PlanHash = PlanHash.Compute(targets, operations),
        Quorum = quorum,
        AllowSelfApproval = allowSelfApproval,
        RequestedAt = Now,
        ExpiresAt = Now.AddMinutes(30),
    };

    public static ApprovalRecord Record(ApprovalRequest request, params ApprovalVote[] votes) =>
        new(request, ApprovalStatus.Pending, votes, null, "v1");

    public static ApprovalVote Vote(string approver, ApprovalVerdict verdict, string planHash) =>
        new(approver, verdict, string.Empty, planHash, Now.AddMinutes(1), new DecisionOrigin("127.0.0.1", "test"));
}

using System.Globalization;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Guardrails;

namespace AutoRemediate.Functions.Teams;

/// <summary>The Teams messages of the approval step: the request, each recorded decision, and the escalation on expiry.</summary>
internal static class ApprovalCards
{
    public static JsonObject Request(ApprovalRequest request, Uri approveUrl, Uri rejectUrl, bool revised = false, Uri? dashboardUrl = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var heading = revised
            ? $"Plan changed: approve again to run '{request.Runbook}'"
            : $"Approval needed: run '{request.Runbook}' for alert '{request.Alert.RuleName}'";
        return AdaptiveCard.Message(
            [
                AdaptiveCard.Heading(heading, "Attention"),
                AdaptiveCard.Facts(Facts(request)),
                AdaptiveCard.Text("Guardrails"),
                AdaptiveCard.Facts(request.Verdicts.Select(Verdict)),
                AdaptiveCard.Text($"Plan {request.PlanHash}. Approving opens a page where you confirm; the link works until {ApprovalRules.Format(request.ExpiresAt)}.", subtle: true),
            ],
            [
                AdaptiveCard.OpenUrl("Approve", approveUrl, "positive"),
                AdaptiveCard.OpenUrl("Reject", rejectUrl, "destructive"),
                .. dashboardUrl is null ? Array.Empty<JsonNode>() : [AdaptiveCard.OpenUrl("Open in dashboard", dashboardUrl, "default")],
            ]);
    }

    public static JsonObject Decision(ApprovalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var request = record.Request;
        var heading = record.Status switch
        {
            ApprovalStatus.Approved => $"Approved: '{request.Runbook}' will run for alert '{request.Alert.RuleName}'",
            ApprovalStatus.Rejected => $"Rejected: '{request.Runbook}' will not run for alert '{request.Alert.RuleName}'",
            _ => $"Approval {record.Approvals} of {request.Quorum} recorded for '{request.Runbook}' (alert '{request.Alert.RuleName}')",
        };
        var color = record.Status switch { ApprovalStatus.Approved => "Good", ApprovalStatus.Rejected => "Attention", _ => "Default" };
        return AdaptiveCard.Message(
            [
                AdaptiveCard.Heading(heading, color),
                AdaptiveCard.Facts([("Target", string.Join(", ", request.Targets)), ("Remediation", request.RemediationId), ("Request", request.RequestId)]),
                AdaptiveCard.Facts(record.CurrentVotes.Select(Vote)),
            ]);
    }

    /// <summary>The short note that a request was closed unanswered: nobody needs to act on its card any more.</summary>
    public static JsonObject Closed(ApprovalRequest request, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AdaptiveCard.Message(
            [
                AdaptiveCard.Heading($"No longer needed: approval for '{request.Runbook}' (alert '{request.Alert.RuleName}')", "Default"),
                AdaptiveCard.Text($"Closed without a decision: {reason}. Nothing will run; the approval link no longer works."),
                AdaptiveCard.Facts([("Target", string.Join(", ", request.Targets)), ("Remediation", request.RemediationId), ("Request", request.RequestId)]),
            ]);
    }

    public static JsonObject Escalation(ApprovalRequest request, DateTimeOffset expiredAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AdaptiveCard.Message(
            [
                AdaptiveCard.Heading($"Escalation: no decision on '{request.Runbook}' for alert '{request.Alert.RuleName}'", "Attention"),
                AdaptiveCard.Text($"The approval request expired at {ApprovalRules.Format(expiredAt)} without a decision; the remediation did not run. A human needs to look at this alert."),
                AdaptiveCard.Facts(Facts(request)),
            ]);
    }

    /// <summary>The generic paging webhook's JSON body.</summary>
    public static JsonObject Page(ApprovalRequest request, DateTimeOffset expiredAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new JsonObject
        {
            ["event"] = "approval.expired",
            ["summary"] = $"No decision on '{request.Runbook}' for alert '{request.Alert.RuleName}' (Sev{request.Alert.Severity}); remediation not run",
            ["remediationId"] = request.RemediationId,
            ["requestId"] = request.RequestId,
            ["alertRule"] = request.Alert.RuleName,
            ["severity"] = request.Alert.Severity,
            ["firedAt"] = request.Alert.FiredAt,
            ["targets"] = new JsonArray([.. request.Targets.Select(t => (JsonNode)JsonValue.Create(t))]),
            ["runbook"] = request.Runbook,
            ["expiredAt"] = expiredAt,
        };
    }

    private static IEnumerable<(string, string)> Facts(ApprovalRequest request) =>
    [
        ("Alert", request.Alert.RuleName),
        ("Severity", $"Sev{request.Alert.Severity.ToString(CultureInfo.InvariantCulture)}"),
        ("Fired", ApprovalRules.Format(request.Alert.FiredAt)),
        ("Description", request.Alert.Description),
        ("Target", string.Join(", ", request.Targets)),
        ("Proposed action", $"{request.Runbook}: {string.Join("; ", request.Operations)}"),
        ("Requested by", request.RequestedBy),
        ("Approvals needed", request.Quorum.ToString(CultureInfo.InvariantCulture)),
        ("Expires", ApprovalRules.Format(request.ExpiresAt)),
        ("Remediation", request.RemediationId),
    ];

    private static (string, string) Verdict(GuardrailVerdict verdict) => ($"{verdict.Name}: {verdict.Outcome}", verdict.Reason);

    private static (string, string) Vote(ApprovalVote vote) =>
    (
        $"{(vote.Verdict == ApprovalVerdict.Approve ? "Approved" : "Rejected")} by {vote.Approver}",
        $"{ApprovalRules.Format(vote.At)}{(string.IsNullOrWhiteSpace(vote.Comment) ? string.Empty : $": {vote.Comment}")}"
    );
}

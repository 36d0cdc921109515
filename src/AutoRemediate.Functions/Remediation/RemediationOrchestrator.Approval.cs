using System.Globalization;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Functions.Remediation.Steps;
using ExpireApprovalActivity = AutoRemediate.Functions.Approvals.ExpireApprovalActivity;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The approval stage, through the approvals feature (<see cref="Approvals.IApprovalService"/>): ask, then race its
/// <see cref="ApprovalDecided"/> event against the request's expiry and the alert resolving.
/// </summary>
internal sealed partial class RemediationOrchestrator
{
    public const string ApprovalsNotConfigured = "approval required but approvals are not configured";

    /// <summary>The id of a remediation's approval request (one per remediation).</summary>
    /// <remarks>WARNING: in-flight remediations and stored requests use this form; changing it orphans them.</remarks>
    public static string ApprovalRequestId(string remediationId) => $"{remediationId}-approval";

    /// <returns>The approved plan's hash when approved; otherwise the remediation's end.</returns>
    /// <remarks>WARNING: the order of the request activity, the timer, the waits and the expiry activity is part of every in-flight history.</remarks>
    private static async Task<(string? ApprovedPlanHash, RemediationSummary? Ended)> AwaitApprovalAsync(RemediationRun run, GuardrailEvaluation evaluation)
    {
        var policy = evaluation.Approval ?? ApprovalPolicy.Defaults;
        var request = ApprovalRequestFor(run, evaluation, policy);
        var ticket = await run.Context.CallActivityAsync<ApprovalTicket>(RequestRemediationApprovalActivity.Name, request);
        if (!ticket.Configured)
        {
            // Safe: without a way to ask a human, a run that needs approval must not run; a human is paged instead.
            return (null, await run.EndAsync(RemediationStage.Escalated, ApprovalsNotConfigured));
        }

        run.ApprovalRequestedAt = request.RequestedAt;
        // The request id only: the approval link carries a signed token and goes to approvers (the Teams card) alone.
        await run.AuditAsync(
            AuditRecordKind.ApprovalRequested,
            "approval-requested",
            $"Approval request {request.RequestId} sent: {policy.Quorum} approver(s) needed until {request.ExpiresAt:u} for plan {request.PlanHash}.",
            new Dictionary<string, string>
            {
                ["requestId"] = request.RequestId,
                ["planHash"] = request.PlanHash,
                ["quorum"] = policy.Quorum.ToString(CultureInfo.InvariantCulture),
                ["expiresAt"] = request.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
                ["timeout"] = policy.Timeout.ToString(),
            });
        run.MoveTo(RemediationStage.AwaitingApproval, $"waiting for approval request {request.RequestId} until {request.ExpiresAt:u} (the link was posted to Teams)");

        using var cancelWaits = new CancellationTokenSource();
        var timeout = run.Context.CreateTimer(request.ExpiresAt.UtcDateTime, cancelWaits.Token);
        var decided = run.Context.WaitForExternalEvent<ApprovalDecided>(ApprovalDecided.EventName, cancelWaits.Token);
        while (true)
        {
            var winner = await Task.WhenAny(decided, timeout, run.Resolved, run.Refired);
            if (winner != run.Refired)
            {
                break;
            }

            await run.CheckEventsAsync();
        }

        var outcome = decided.IsCompletedSuccessfully ? "decided" : run.Resolved.IsCompleted ? "resolved" : "expired";
        // Synchronous cancel: CancelAsync would run the callbacks on the thread pool, outside the turn.
        cancelWaits.Cancel();
        if (outcome == "resolved")
        {
            // Nobody should be asked to decide on a remediation that is over: the request is closed quietly.
            var closed = await run.Context.CallActivityAsync<bool>(
                CancelRemediationApprovalActivity.Name, new ApprovalCancellation(request.RequestId, "the alert resolved before any action"));
            return (null, await EndResolvedAsync(run, closed ? request.RequestId : null));
        }

        // On timeout the approvals service expires the request and escalates, unless a decision landed first: then it stands.
        var decision = outcome == "decided"
            ? await decided
            : await run.Context.CallActivityAsync<ApprovalDecided>(ExpireApprovalActivity.Name, request);
        return await ActOnDecisionAsync(run, request, decision, policy);
    }

    private static async Task<(string? ApprovedPlanHash, RemediationSummary? Ended)> ActOnDecisionAsync(
        RemediationRun run, ApprovalRequest request, ApprovalDecided decision, ApprovalPolicy policy)
    {
        if (decision.Decision == ApprovalStatus.Expired)
        {
            await run.AuditAsync(
                AuditRecordKind.ApprovalExpired,
                "approval-expired",
                $"No approval decision on request {request.RequestId} within {policy.Timeout}; escalated.",
                new Dictionary<string, string> { ["requestId"] = request.RequestId });
            run.MoveTo(RemediationStage.Expired, $"no approval decision within {policy.Timeout}");
            return (null, await run.EndAsync(RemediationStage.Escalated, $"approval expired after {policy.Timeout}; nothing was changed"));
        }

        run.ApprovalDecidedAt = decision.DecidedAt;
        // Act only on a decision about this remediation's request and exactly the plan it asked about.
        var matches = decision.RemediationId == run.Request.InstanceId
            && decision.RequestId == request.RequestId
            && string.Equals(decision.PlanHash, request.PlanHash, StringComparison.Ordinal);
        var approved = matches && decision.Decision == ApprovalStatus.Approved;
        await run.AuditAsync(DecisionEntry(run, request, decision, matches));
        if (!approved)
        {
            var reason = matches
                ? $"approval {decision.Decision.ToString().ToLowerInvariant()} by {Deciders(decision)}; nothing was changed"
                : $"the approval decision was not for request {request.RequestId} and plan {request.PlanHash}; nothing was changed";
            return (null, await run.EndAsync(RemediationStage.Rejected, reason));
        }

        run.Approved = true;
        run.MoveTo(RemediationStage.Approved, $"approved by {Deciders(decision)}");
        return (request.PlanHash, null);
    }

    /// <summary>The ApprovalDecided record: who decided, when and from where (every counted vote), as a user actor.</summary>
    private static AuditEntry DecisionEntry(RemediationRun run, ApprovalRequest request, ApprovalDecided decision, bool matches)
    {
        var details = new Dictionary<string, string>
        {
            ["requestId"] = decision.RequestId,
            ["decision"] = decision.Decision.ToString(),
            ["planHash"] = decision.PlanHash,
            ["matchesRequest"] = matches ? "true" : "false",
            ["decidedAt"] = decision.DecidedAt.ToString("O", CultureInfo.InvariantCulture),
            ["votes"] = decision.Votes.Count.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < decision.Votes.Count; i++)
        {
            var vote = decision.Votes[i];
            details[$"vote{i}.approver"] = vote.Approver;
            details[$"vote{i}.verdict"] = vote.Verdict.ToString();
            details[$"vote{i}.at"] = vote.At.ToString("O", CultureInfo.InvariantCulture);
            details[$"vote{i}.remoteIp"] = vote.Origin.RemoteIp ?? string.Empty;
            details[$"vote{i}.userAgent"] = vote.Origin.UserAgent ?? string.Empty;
            details[$"vote{i}.comment"] = vote.Comment;
        }

        var entry = run.Entry(
            AuditRecordKind.ApprovalDecided,
            "approval-decided",
            $"Approval request {decision.RequestId} was {decision.Decision} at {decision.DecidedAt:u} by {Deciders(decision)}.",
            details);
        var last = decision.Votes.Count > 0 ? decision.Votes[^1] : null;
        return last is null ? entry : entry with { Actor = AuditActor.User(last.Approver, last.Origin.RemoteIp) };
    }

    private static string Deciders(ApprovalDecided decision) =>
        decision.Votes.Count == 0 ? "nobody" : string.Join(", ", decision.Votes.Select(v => $"{v.Approver} ({v.Verdict.ToString().ToLowerInvariant()} from {v.Origin.RemoteIp ?? "unknown"})"));

    /// <summary>The request for the evaluated plan; built from history only, so replays build the same request.</summary>
    private static ApprovalRequest ApprovalRequestFor(RemediationRun run, GuardrailEvaluation evaluation, ApprovalPolicy policy)
    {
        var alert = run.Request.Alert;
        return new ApprovalRequest
        {
            RemediationId = run.Request.InstanceId,
            RequestId = ApprovalRequestId(run.Request.InstanceId),
            RequestedBy = $"{alert.Source} alert",
            Alert = new ApprovalAlertSummary(alert.RuleName, alert.Severity, alert.FiredAt, alert.Description),
            Runbook = run.Binding!.Runbook!,
            Targets = evaluation.Targets,
            Operations = evaluation.Operations,
            Verdicts = evaluation.Verdicts,
            PlanHash = PlanHash.Compute(evaluation.Targets, evaluation.Operations),
            Quorum = policy.Quorum,
            AllowSelfApproval = policy.AllowSelfApproval,
            Approvers = policy.Approvers,
            RequestedAt = run.Now,
            ExpiresAt = run.Now.Add(policy.Timeout),
        };
    }
}

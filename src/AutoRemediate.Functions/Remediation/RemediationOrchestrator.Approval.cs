using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation.Steps;

namespace AutoRemediate.Functions.Remediation;

/// <summary>The approval stage: ask, then race the decision against the binding's timeout and the alert resolving.</summary>
internal sealed partial class RemediationOrchestrator
{
    public const string ApprovalsNotConfigured = "approval required but approvals are not configured";

    /// <returns>Null when approved; otherwise the remediation's end.</returns>
    /// <remarks>WARNING: the order of the request activity, the timer and the waits is part of every in-flight history.</remarks>
    private static async Task<RemediationSummary?> AwaitApprovalAsync(RemediationRun run, GuardrailEvaluation evaluation)
    {
        var policy = evaluation.Approval!;
        var expiresAt = run.Now.Add(policy.Timeout);
        var ask = new ApprovalAsk(
            run.Request.InstanceId, $"{run.Request.InstanceId}-approval", run.Binding!.BindingId!, evaluation.Summary, policy.Quorum, policy.AllowSelfApproval, expiresAt);
        var ticket = await run.Context.CallActivityAsync<ApprovalTicket>(RequestApprovalActivity.Name, ask);
        if (!ticket.Configured)
        {
            // Safe: without a way to ask a human, a run that needs approval must not run; a human is paged instead.
            return await run.EndAsync(RemediationStage.Escalated, ApprovalsNotConfigured);
        }

        await run.AuditAsync(
            AuditRecordKind.ApprovalRequested,
            "approval-requested",
            $"Approval requested from {policy.Quorum} approver(s) until {expiresAt:u}: {ticket.Url}",
            new Dictionary<string, string> { ["requestId"] = ask.RequestId, ["url"] = ticket.Url ?? string.Empty, ["timeout"] = policy.Timeout.ToString() });
        run.MoveTo(RemediationStage.AwaitingApproval, $"waiting for approval until {expiresAt:u}: {ticket.Url}");

        using var cancelWaits = new CancellationTokenSource();
        var timeout = run.Context.CreateTimer(expiresAt.UtcDateTime, cancelWaits.Token);
        var decided = run.Context.WaitForExternalEvent<ApprovalDecision>(ApprovalDecision.EventName, cancelWaits.Token);
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
        switch (outcome)
        {
            case "resolved":
                return await EndResolvedAsync(run);
            case "expired":
                await run.AuditAsync(AuditRecordKind.ApprovalExpired, "approval-expired", $"No approval decision within {policy.Timeout}.");
                run.MoveTo(RemediationStage.Expired, $"no approval decision within {policy.Timeout}");
                await run.Context.CallActivityAsync<bool>(ExpireApprovalActivity.Name, ask);
                return await run.EndAsync(RemediationStage.Escalated, $"approval expired after {policy.Timeout}; nothing was changed");
        }

        var decision = await decided;
        await run.AuditAsync(
            AuditRecordKind.ApprovalDecided,
            "approval-decided",
            $"Approval request {decision.RequestId} was {decision.Decision} at {decision.DecidedAt:u}.",
            new Dictionary<string, string> { ["requestId"] = decision.RequestId, ["decision"] = decision.Decision });
        if (!decision.IsApproved)
        {
            return await run.EndAsync(RemediationStage.Rejected, $"approval {decision.Decision}; nothing was changed");
        }

        run.MoveTo(RemediationStage.Approved, "approved");
        return null;
    }
}

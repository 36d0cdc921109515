using System.Globalization;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Guardrails;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The remediation of one alert: match a binding, evaluate guardrails, ask for approval when the decision says so,
/// act through the binding's coded runbook (or record the plan only where it cannot run), and audit every step.
/// Stages move only through <see cref="RemediationStages"/>.
/// </summary>
/// <remarks>
/// WARNING: in-flight remediations replay this code. Adding, removing or reordering activity calls or timers (here,
/// in <see cref="RemediationRun"/>, in the approval or runbook parts, or in a runbook's own code) breaks them; register
/// changed logic under a new name.
/// </remarks>
internal sealed partial class RemediationOrchestrator(RunbookCatalog runbooks) : TaskOrchestrator<RemediationRequest, RemediationSummary>
{
    public override async Task<RemediationSummary> RunAsync(TaskOrchestrationContext context, RemediationRequest input)
    {
        var run = new RemediationRun(context, input);
        try
        {
            return await RunStagesAsync(run);
        }
        catch (TaskFailedException failure)
        {
            // A step failed after its retries; the failure itself is audited so the chain still ends with an Outcome.
            var acting = run.Stage is RemediationStage.Acting or RemediationStage.Verifying;
            var summary = await run.EndAsync(RemediationStage.Failed, $"step failed: {failure.Message}");
            if (acting)
            {
                // After the Outcome, not before: in-flight histories of this path end with it, so replay stays valid.
                await FinishFailedRunAsync(run);
            }

            return summary;
        }
    }

    /// <summary>
    /// Frees the running slot of a run whose acting stage failed (counted as a failure by the circuit breaker); the
    /// store ignores a finish already recorded, so a path that finished before failing counts once.
    /// </summary>
    private static async Task FinishFailedRunAsync(RemediationRun run)
    {
        try
        {
            await run.Context.CallActivityAsync<string>(FinishRunActivity.Name, new RunFinish(run.Request.InstanceId, run.Binding!.BindingId!, Succeeded: false));
        }
        catch (TaskFailedException)
        {
            // The Outcome is already written; a slot that cannot be freed now is the operator's to see, not a reason to fail the run twice.
        }
    }

    private async Task<RemediationSummary> RunStagesAsync(RemediationRun run)
    {
        var alert = run.Request.Alert;
        var targets = alert.TargetResourceIds.Count == 0 ? "no target" : string.Join(", ", alert.TargetResourceIds.Select(t => t.Normalized));
        await run.AuditAsync(
            AuditRecordKind.Received,
            "received",
            $"Received {alert.Source} alert '{alert.RuleName}' (Sev{alert.Severity}, {alert.State}) for {targets}.",
            new Dictionary<string, string> { ["bodySha256"] = run.Request.BodySha256, ["receivedAt"] = run.Request.ReceivedAt.ToString("O", CultureInfo.InvariantCulture) });

        var choice = await run.Context.CallActivityAsync<BindingChoice>(MatchBindingActivity.Name, alert);
        if (choice.BindingId is null)
        {
            // Unmatched alerts are toil someone handled by hand: recorded, never silently dropped.
            await run.AuditAsync(AuditRecordKind.Unmatched, "unmatched", choice.Reason, new Dictionary<string, string> { ["catalogVersion"] = choice.CatalogVersion });
            return await run.EndAsync(RemediationStage.Unmatched, choice.Reason);
        }

        run.Binding = choice;
        await run.AuditAsync(
            AuditRecordKind.Matched,
            "matched",
            choice.Reason,
            new Dictionary<string, string>
            {
                ["catalogVersion"] = choice.CatalogVersion,
                ["contentHash"] = choice.ContentHash ?? string.Empty,
                ["dryRun"] = choice.DryRun ? "true" : "false",
            });
        run.MoveTo(RemediationStage.Matched, choice.Reason);
        if (await run.CheckEventsAsync())
        {
            return await EndResolvedAsync(run);
        }

        var check = new GuardrailCheck(run.Request.InstanceId, alert, choice.BindingId, Approved: false);
        var evaluation = await run.Context.CallActivityAsync<GuardrailEvaluation>(EvaluateGuardrailsActivity.Name, check);
        run.Evaluation = evaluation;
        await run.AuditAsync([.. evaluation.Verdicts.Select(v => run.Entry(
            AuditRecordKind.GuardrailVerdict,
            $"guardrail-{v.Name}",
            $"Guardrail '{v.Name}': {v.Outcome}: {v.Reason}",
            new Dictionary<string, string> { ["guardrail"] = v.Name, ["verdict"] = v.Outcome.ToString(), ["decision"] = evaluation.Outcome.ToString() }))]);
        run.MoveTo(RemediationStage.GuardrailsEvaluated, evaluation.Summary);

        switch (evaluation.Outcome)
        {
            case DecisionOutcome.Blocked:
                return await run.EndAsync(RemediationStage.Blocked, evaluation.Summary);
            case DecisionOutcome.Escalate:
                return await run.EndAsync(RemediationStage.Escalated, evaluation.Summary);
        }

        if (!evaluation.DryRun && !choice.Coded)
        {
            // Checked before asking anyone to approve: approving a runbook this host cannot run wastes their time.
            var why = choice.NotCodedReason ?? $"runbook {choice.Runbook} is not available in this build";
            return await run.EndAsync(RemediationStage.Escalated, $"{why}; nothing was changed");
        }

        if (await run.CheckEventsAsync())
        {
            return await EndResolvedAsync(run);
        }

        string? approvedPlanHash = null;
        if (evaluation.Outcome == DecisionOutcome.ProceedAfterApproval)
        {
            (approvedPlanHash, var ended) = await AwaitApprovalAsync(run, evaluation);
            if (ended is not null)
            {
                return ended;
            }
        }

        return await ActAsync(run, check with { Approved = approvedPlanHash is not null }, approvedPlanHash);
    }

    private async Task<RemediationSummary> ActAsync(RemediationRun run, GuardrailCheck check, string? approvedPlanHash)
    {
        var start = await run.Context.CallActivityAsync<RunStart>(StartRunActivity.Name, check);
        if (!start.Started)
        {
            run.Evaluation = start.Evaluation;
            return await run.EndAsync(
                start.Evaluation.Outcome == DecisionOutcome.Escalate ? RemediationStage.Escalated : RemediationStage.Blocked,
                $"guardrails changed before the run started: {start.Evaluation.Summary}");
        }

        if (approvedPlanHash is not null
            && !string.Equals(approvedPlanHash, PlanHash.Compute(start.Evaluation.Targets, start.Evaluation.Operations), StringComparison.Ordinal))
        {
            // Run exactly the plan that was approved, or nothing.
            await run.Context.CallActivityAsync<string>(FinishRunActivity.Name, new RunFinish(run.Request.InstanceId, check.BindingId, Succeeded: false));
            return await run.EndAsync(RemediationStage.Escalated, "the plan changed after it was approved; nothing was changed");
        }

        if (run.Binding!.Coded)
        {
            return await RunRunbookAsync(run, check, start.Evaluation);
        }

        var deadlines = run.Binding.Deadlines;
        run.MoveTo(RemediationStage.Acting, $"dry run of {run.Binding.Runbook}: recording the planned operations");
        var action = new DryRunAction(
            run.Entry(AuditRecordKind.ActionStarted, "action-started", string.Empty, target: start.Evaluation.Targets.FirstOrDefault()),
            run.Entry(AuditRecordKind.ActionSucceeded, "action-succeeded", string.Empty, target: start.Evaluation.Targets.FirstOrDefault()),
            start.Evaluation.Operations,
            start.Evaluation.Targets);
        if (!await WithinDeadlineAsync(run, run.Context.CallActivityAsync<int>(DryRunActionActivity.Name, action), deadlines.Acting))
        {
            await run.Context.CallActivityAsync<string>(FinishRunActivity.Name, new RunFinish(run.Request.InstanceId, check.BindingId, Succeeded: false));
            return await run.EndAsync(RemediationStage.Escalated, $"acting did not finish within {deadlines.Acting}");
        }

        run.MoveTo(RemediationStage.Verifying, "dry run: nothing was changed, so there is nothing to verify");
        var verification = run.AuditAsync(
            AuditRecordKind.Verification,
            "verification",
            "Dry run: nothing was changed, so there is nothing to verify.",
            new Dictionary<string, string> { ["dryRun"] = "true" });
        if (!await WithinDeadlineAsync(run, verification, deadlines.Verifying))
        {
            await run.Context.CallActivityAsync<string>(FinishRunActivity.Name, new RunFinish(run.Request.InstanceId, check.BindingId, Succeeded: false));
            return await run.EndAsync(RemediationStage.Escalated, $"verifying did not finish within {deadlines.Verifying}");
        }

        // Dry runs finish as succeeded: they executed nothing that could fail (guardrail README).
        await run.Context.CallActivityAsync<string>(FinishRunActivity.Name, new RunFinish(run.Request.InstanceId, check.BindingId, Succeeded: true));
        return await run.EndAsync(
            RemediationStage.Completed,
            $"dry run: recorded {start.Evaluation.Operations.Count} planned operation(s) of {run.Binding.Runbook}; nothing was changed");
    }

    private static async Task<bool> WithinDeadlineAsync(RemediationRun run, Task work, TimeSpan deadline)
    {
        using var cancelTimer = new CancellationTokenSource();
        var timer = run.Context.CreateTimer(run.Context.CurrentUtcDateTime.Add(deadline), cancelTimer.Token);
        var winner = await Task.WhenAny(work, timer);
        // Synchronous cancel: CancelAsync would run the timer's callback on the thread pool, outside the turn.
        cancelTimer.Cancel();
        if (winner == work)
        {
            await work;
            return true;
        }

        return false;
    }

    private static async Task<RemediationSummary> EndResolvedAsync(RemediationRun run, string? closedApprovalRequestId = null)
    {
        var resolved = await run.Resolved;
        var details = new Dictionary<string, string> { ["bodySha256"] = resolved.BodySha256, ["correlationId"] = resolved.CorrelationId };
        var closed = string.Empty;
        if (closedApprovalRequestId is not null)
        {
            details["approvalRequestId"] = closedApprovalRequestId;
            closed = $" Approval request {closedApprovalRequestId} was closed unanswered.";
        }

        await run.AuditAsync(
            AuditRecordKind.Cancelled,
            "resolved",
            $"The alert was resolved (notification received {resolved.ReceivedAt:u}) before any action; nothing was done.{closed}",
            details);
        return await run.EndAsync(RemediationStage.ResolvedBeforeAction, "the alert resolved before any action was taken");
    }
}

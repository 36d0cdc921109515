using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Runbooks;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The acting and verifying stages through the binding's coded runbook: its input is built in an activity, it runs as
/// orchestration code with a journal on this run's audit chain, and its outcome becomes the remediation's.
/// </summary>
internal sealed partial class RemediationOrchestrator
{
    /// <remarks>
    /// WARNING: the prepare activity, the runbook's own calls and the deadline timers are part of every in-flight history.
    /// Acting is bounded by <c>Remediation:ActingTimeout</c> until the runbook records its first Verification step, then
    /// verifying by <c>Remediation:VerifyingTimeout</c> until it records a verdict. What a runbook does after its verdict
    /// (scale-out holding capacity until the alert resolves) is bounded by the runbook itself.
    /// </remarks>
    private async Task<RemediationSummary> RunRunbookAsync(RemediationRun run, GuardrailCheck check, GuardrailEvaluation evaluation)
    {
        var choice = run.Binding!;
        var runbook = runbooks.Find(choice.Runbook!)
            ?? throw new InvalidOperationException($"Runbook '{choice.Runbook}' was available when the remediation matched but is not registered on this host.");
        var targets = evaluation.Targets.Count == 0 ? "no target" : string.Join(", ", evaluation.Targets);
        run.MoveTo(
            RemediationStage.Acting,
            evaluation.DryRun ? $"dry run of {runbook.Name} on {targets}: reading live state and recording the requests it would send" : $"running {runbook.Name} on {targets}");
        var input = await run.Context.CallActivityAsync<RunbookInput>(
            PrepareRunbookActivity.Name, new RunbookRequest(run.Request.InstanceId, check.BindingId, run.Request.Alert, evaluation.Targets, evaluation.DryRun));
        var journal = new RemediationJournal(run);

        RunbookResult? result;
        string? overrun;
        try
        {
            var work = runbook.RunAsync(new RunbookExecution(run.Context, input, journal) { AlertResolved = run.Resolved });
            (result, overrun) = await WithStageDeadlinesAsync(run, work, journal, choice.Deadlines);
        }
        catch (TaskFailedException failure)
        {
            // An activity failed after its retries without the runbook handling it: nothing says what state Azure is in.
            await FinishAsync(run, check, succeeded: false);
            return await run.EndAsync(RemediationStage.Failed, $"runbook {runbook.Name} failed: {failure.Message}; check the targets by hand");
        }
        catch (Exception bug) when (bug is not (OperationCanceledException or OutOfMemoryException))
        {
            // A bug in the runbook's own code must still end the audit chain and free the running slot. A history that
            // threw here used to fail the orchestration, so none in flight replays into this path.
            await FinishAsync(run, check, succeeded: false);
            return await run.EndAsync(
                RemediationStage.Failed, $"runbook {runbook.Name} failed with {bug.GetType().Name}: {bug.Message}; check the targets by hand");
        }

        if (result is null)
        {
            await FinishAsync(run, check, succeeded: false);
            return await run.EndAsync(RemediationStage.Escalated, overrun!);
        }

        // Only a verified success clears the circuit breaker's count; an escalation (nothing done) or failure adds to it.
        await FinishAsync(run, check, succeeded: result.Outcome == RunbookOutcome.Succeeded);
        switch (result.Outcome)
        {
            case RunbookOutcome.Succeeded:
                if (run.Stage == RemediationStage.Acting)
                {
                    run.MoveTo(RemediationStage.Verifying, "the runbook recorded no verification");
                }

                return await run.EndAsync(RemediationStage.Completed, result.Summary);
            case RunbookOutcome.Failed:
                return await run.EndAsync(RemediationStage.Failed, result.Summary);
            default:
                return await run.EndAsync(RemediationStage.Escalated, result.Summary);
        }
    }

    private static Task FinishAsync(RemediationRun run, GuardrailCheck check, bool succeeded) =>
        run.Context.CallActivityAsync<string>(FinishRunActivity.Name, new RunFinish(run.Request.InstanceId, check.BindingId, succeeded));

    /// <summary>Races the runbook against the stage it is in; null and the reason when a stage overran.</summary>
    private static async Task<(RunbookResult? Result, string? Overrun)> WithStageDeadlinesAsync(
        RemediationRun run, Task<RunbookResult> work, RemediationJournal journal, StageDeadlines deadlines)
    {
        var stage = "acting";
        var limit = deadlines.Acting;
        var cancelTimer = new CancellationTokenSource();
        Task timer = run.Context.CreateTimer(run.Context.CurrentUtcDateTime.Add(limit), cancelTimer.Token);
        Task phaseEnd = journal.VerificationStarted;
        try
        {
            while (true)
            {
                var winner = await Task.WhenAny(work, timer, phaseEnd);
                if (winner == work)
                {
                    return (await work, null);
                }

                if (winner == timer)
                {
                    return (null, $"{stage} did not finish within {limit}");
                }

                // Synchronous cancel: CancelAsync would run the timer's callback on the thread pool, outside the turn.
                cancelTimer.Cancel();
                cancelTimer.Dispose();
                cancelTimer = new CancellationTokenSource();
                if (stage == "acting")
                {
                    stage = "verifying";
                    limit = deadlines.Verifying;
                    run.MoveTo(RemediationStage.Verifying, $"verifying the result of {run.Binding!.Runbook}");
                    timer = run.Context.CreateTimer(run.Context.CurrentUtcDateTime.Add(limit), cancelTimer.Token);
                    phaseEnd = journal.VerificationEnded;
                }
                else
                {
                    // After the verdict: no stage deadline, and nothing left to wait for but the runbook.
                    timer = new TaskCompletionSource().Task;
                    phaseEnd = timer;
                }
            }
        }
        finally
        {
            cancelTimer.Cancel();
            cancelTimer.Dispose();
        }
    }
}

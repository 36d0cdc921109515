using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// The approval step for an orchestrator: request approval, then race <see cref="ApprovalDecided.EventName"/>
/// against a durable timer at the request's expiry; on timeout, expire and escalate. Returns the decision to act
/// on: run the plan (exactly <see cref="ApprovalDecided.PlanHash"/>) only when it is <see cref="ApprovalStatus.Approved"/>.
/// </summary>
/// <remarks>Replayed code: it makes, in order, one activity call, one event wait with one timer, and on timeout one
/// more activity call. Keep that order; change it only under a new orchestrator name.</remarks>
internal static class ApprovalStep
{
    public static async Task<ApprovalDecided> RunAsync(TaskOrchestrationContext context, ApprovalRequest request, TaskOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        await context.CallActivityAsync<ApprovalLink>(RequestApprovalActivity.Name, request, retry);

        using var cancel = new CancellationTokenSource();
        var decided = context.WaitForExternalEvent<ApprovalDecided>(ApprovalDecided.EventName, cancel.Token);
        var timeout = context.CreateTimer(request.ExpiresAt.UtcDateTime, cancel.Token);
        var winner = await Task.WhenAny(decided, timeout);
        // Synchronous cancel: CancelAsync would run the loser's callback on the thread pool, outside the turn.
        cancel.Cancel();
        if (winner == decided)
        {
            return await decided;
        }

        return await context.CallActivityAsync<ApprovalDecided>(ExpireApprovalActivity.Name, request, retry);
    }
}

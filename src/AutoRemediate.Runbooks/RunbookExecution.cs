using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks;

/// <summary>The orchestration context, input and journal a runbook runs with.</summary>
/// <param name="Context">The remediation orchestration's context: call activities and timers through it.</param>
/// <param name="Input">What to do.</param>
/// <param name="Journal">Where to record each step.</param>
public sealed record RunbookExecution(TaskOrchestrationContext Context, RunbookInput Input, IRunbookJournal Journal)
{
    /// <summary>
    /// Completes when the sender reports the alert resolved (a durable external event, so replay sees it at the same
    /// point). Runbooks that hold a change until the problem is over (scale-out) wait on it; it never completes when
    /// the host gives none.
    /// </summary>
    public Task AlertResolved { get; init; } = new TaskCompletionSource().Task;
}

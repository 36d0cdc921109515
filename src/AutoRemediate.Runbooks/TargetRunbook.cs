using AutoRemediate.Core.Bindings;
using AutoRemediate.Runbooks.Actions;
using AutoRemediate.Runbooks.Verification;

namespace AutoRemediate.Runbooks;

/// <summary>
/// The common runbook in a few lines: one Azure change per target through one activity. It escalates when the alert
/// names no target or one <see cref="Reject"/> refuses (before anything is changed); then, for each target in order,
/// journals ActionStarted, calls <see cref="ActivityName"/> with <see cref="CreateOrder"/>'s order (which carries the
/// dry-run flag) and journals ActionSucceeded or ActionFailed; it stops at the first failure and escalates; last it runs
/// the binding's verification on every target and fails when a check does not hold.
/// </summary>
/// <remarks>
/// WARNING: <see cref="RunAsync"/> is orchestration code and its calls are part of in-flight histories: per target a
/// journal record, the activity (after a durable timer and again when Azure throttles for longer than the client
/// waits), a journal record; then the verification's records, timer and query. Subclass members run during replay:
/// they must be pure functions of the input (no clock, no random, no I/O). Register changed logic under a new activity
/// name rather than changing what an existing name does.
/// </remarks>
/// <typeparam name="TOrder">The activity's input.</typeparam>
public abstract class TargetRunbook<TOrder> : IRunbook
    where TOrder : RunbookOrder
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract RunbookRisk Risk { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> AzureActions { get; }

    /// <summary>The name the activity is registered under (stored in histories: never rename it).</summary>
    protected abstract string ActivityName { get; }

    /// <summary>The activity's order for <paramref name="target"/>; pass <see cref="RunbookInput.DryRun"/> on.</summary>
    /// <param name="input">The runbook's input (parameters, dry run).</param>
    /// <param name="target">One of <see cref="RunbookInput.Targets"/>.</param>
    protected abstract TOrder CreateOrder(RunbookInput input, string target);

    /// <summary>What is done to <paramref name="target"/>, as a phrase for the timeline: <c>recycle slot staging of checkout-api</c>.</summary>
    /// <param name="input">The runbook's input.</param>
    /// <param name="target">One of <see cref="RunbookInput.Targets"/>.</param>
    protected abstract string Describe(RunbookInput input, string target);

    /// <summary>Why the runbook cannot act on <paramref name="target"/> (escalated before any change), or null when it can.</summary>
    /// <param name="input">The runbook's input.</param>
    /// <param name="target">One of <see cref="RunbookInput.Targets"/>.</param>
    protected virtual string? Reject(RunbookInput input, string target) => null;

    /// <inheritdoc />
    public virtual async Task<RunbookResult> RunAsync(RunbookExecution execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var input = execution.Input;
        if (input.Targets.Count == 0)
        {
            return await EscalateAsync(execution, "no-target", null, "the alert names no resource to act on; nothing was changed");
        }

        foreach (var target in input.Targets)
        {
            if (Reject(input, target) is { } reason)
            {
                return await EscalateAsync(execution, "unsupported-target", target, $"{reason}; nothing was changed");
            }
        }

        for (var index = 0; index < input.Targets.Count; index++)
        {
            var target = input.Targets[index];
            var step = input.Targets.Count == 1 ? Name : $"{Name}-{index + 1}";
            var what = Describe(input, target);
            var result = await ActAsync(execution, step, target, what, ActivityName, CreateOrder(input, target));
            if (!result.Succeeded)
            {
                return await FailAsync(execution, $"{step}-failed", target, $"could not {what}: {result.Error}");
            }
        }

        foreach (var target in input.Targets)
        {
            var (passed, summary) = await VerifyAsync(execution, target);
            if (!passed)
            {
                return await FailAsync(execution, "verification-failed", target, $"acted, but {summary}");
            }
        }

        var done = string.Join(", ", input.Targets.Select(t => Describe(input, t)));
        return new RunbookResult(
            RunbookOutcome.Succeeded, input.DryRun ? $"dry run: recorded the requests to {done}; nothing was changed" : $"did {done} and verified");
    }

    /// <summary>
    /// One audited Azure change: journals ActionStarted, calls <paramref name="activity"/> (waiting on a durable timer and
    /// calling again, up to three times, when Azure throttles for longer than the client waits), then journals
    /// ActionSucceeded or ActionFailed with the request id, duration and, in a dry run, the recorded requests.
    /// </summary>
    /// <param name="execution">The runbook's execution.</param>
    /// <param name="step">A short stable key for the step, e.g. <c>recycle-slot-2</c>.</param>
    /// <param name="target">The resource acted on.</param>
    /// <param name="what">What is done, as a phrase.</param>
    /// <param name="activity">The activity's registered name; it must return <see cref="AzureStepResult"/>.</param>
    /// <param name="order">The activity's input.</param>
    protected static Task<AzureStepResult> ActAsync(RunbookExecution execution, string step, string target, string what, string activity, RunbookOrder order) =>
        AzureStep.RunAsync(execution, step, target, what, activity, order);

    /// <summary>Journals an Escalated step and returns an Escalated result: nothing (more) was done; a person must look.</summary>
    /// <param name="execution">The runbook's execution.</param>
    /// <param name="step">A short stable key for the step.</param>
    /// <param name="target">The resource concerned, if any.</param>
    /// <param name="reason">One sentence naming the thing and why.</param>
    protected static Task<RunbookResult> EscalateAsync(RunbookExecution execution, string step, string? target, string reason) =>
        RunbookEnds.EscalateAsync(execution, step, target, reason);

    /// <summary>Journals an Escalated step and returns a Failed result (it counts towards the circuit breaker).</summary>
    /// <param name="execution">The runbook's execution.</param>
    /// <param name="step">A short stable key for the step.</param>
    /// <param name="target">The resource concerned, if any.</param>
    /// <param name="reason">One sentence naming the thing and why.</param>
    protected static Task<RunbookResult> FailAsync(RunbookExecution execution, string step, string? target, string reason) =>
        RunbookEnds.FailAsync(execution, step, target, reason);

    /// <summary>
    /// Runs the binding's verification on <paramref name="target"/>: a durable wait, one Azure Monitor reading in an
    /// activity, the verdict journalled. Passes without checking when the binding declares none or in a dry run (the
    /// journal says so). The first Verification record moves the remediation to its Verifying stage.
    /// </summary>
    /// <param name="execution">The runbook's execution.</param>
    /// <param name="target">The resource to check.</param>
    /// <returns>Whether the check held, and the sentence recorded.</returns>
    protected static async Task<(bool Passed, string Summary)> VerifyAsync(RunbookExecution execution, string target)
    {
        var verdict = await RunbookVerifier.VerifyAsync(execution, target);
        return (verdict.Passed, verdict.Summary);
    }
}

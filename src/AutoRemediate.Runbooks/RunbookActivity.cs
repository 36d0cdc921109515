using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Runbooks.Actions;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks;

/// <summary>
/// An activity that makes one Azure change for a runbook. Override <see cref="ChangeAsync"/> with the one call it makes;
/// the base picks the clients (live, or a dry-run session's that reads live state and records the change), times the
/// call, logs it and turns Azure's refusal into a failed <see cref="AzureStepResult"/> the runbook audits and decides on.
/// </summary>
/// <remarks>
/// Activities run at least once: a crash after Azure accepted the change but before the result was saved runs it again,
/// so the change must be safe to repeat. Activities may do I/O and read the clock; orchestration code may not.
/// </remarks>
/// <typeparam name="TOrder">The activity's input.</typeparam>
/// <param name="dryRun">Starts a dry-run session when the order asks for one.</param>
/// <param name="time">Times the call.</param>
/// <param name="logger">Logs the call's operation, duration and request id (never a body or token).</param>
public abstract class RunbookActivity<TOrder>(IAzureDryRun dryRun, TimeProvider time, ILogger logger) : TaskActivity<TOrder, AzureStepResult>
    where TOrder : RunbookOrder
{
    /// <summary>Runs <see cref="ChangeAsync"/> with the clients <paramref name="input"/> asks for and reports the outcome.</summary>
    /// <param name="context">The activity's context; its instance id is the remediation id.</param>
    /// <param name="input">The order.</param>
    public sealed override Task<AzureStepResult> RunAsync(TaskActivityContext context, TOrder input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var session = input.DryRun ? dryRun.Begin() : null;
        return AzureCall.RunAsync(time, logger, context.InstanceId, session, () => ChangeAsync(input, session));
    }

    /// <summary>
    /// Sends the change. Use <paramref name="dryRun"/>'s client when it is set (a dry run) and your injected live client
    /// otherwise, e.g. <c>(dryRun?.AppService ?? appService).RestartAsync(id)</c>: the same code then builds the same
    /// request in both modes, and the dry run records it exactly.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="dryRun">The dry-run session's clients, or null in a live run.</param>
    protected abstract Task<AzureActionResult> ChangeAsync(TOrder order, AzureDryRunSession? dryRun);
}

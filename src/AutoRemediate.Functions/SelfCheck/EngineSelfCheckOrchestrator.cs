using Microsoft.DurableTask;

namespace AutoRemediate.Functions.SelfCheck;

/// <summary>
/// Exercises every engine feature a remediation relies on — an activity, a durable timer, a fan-out, and an
/// external event racing a timeout — so an operator can prove a deployment works without touching a resource.
/// </summary>
/// <remarks>WARNING: in-flight self-checks replay this code; change the order of calls only under a new name.</remarks>
internal sealed class EngineSelfCheckOrchestrator : TaskOrchestrator<SelfCheckInput, SelfCheckResult>
{
    public const string Name = "EngineSelfCheck";
    public const string ContinueEvent = "continue";
    public const string WaitingForEventStatus = "waiting for the 'continue' event";

    public override async Task<SelfCheckResult> RunAsync(TaskOrchestrationContext context, SelfCheckInput input)
    {
        context.SetCustomStatus("running probe 1");
        var first = await context.CallActivityAsync<ProbeResult>(SelfCheckProbeActivity.Name, 1);

        context.SetCustomStatus("waiting on a 1 s durable timer");
        await context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(1), CancellationToken.None);

        context.SetCustomStatus("running probes 2-4 in parallel");
        var fanOut = await Task.WhenAll(Enumerable.Range(2, 3)
            .Select(probe => context.CallActivityAsync<ProbeResult>(SelfCheckProbeActivity.Name, probe)));

        context.SetCustomStatus(WaitingForEventStatus);
        using var cancelTimeout = new CancellationTokenSource();
        var continueEvent = context.WaitForExternalEvent<string>(ContinueEvent, cancelTimeout.Token);
        var timeout = context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(input.EventTimeoutSeconds), cancelTimeout.Token);
        var eventReceived = await Task.WhenAny(continueEvent, timeout) == continueEvent;
        // Synchronous cancel: CancelAsync would run the timer's callback on the thread pool, outside the turn.
        cancelTimeout.Cancel();

        context.SetCustomStatus(eventReceived ? "done" : "done without the event");
        return new SelfCheckResult(
            [first, .. fanOut],
            eventReceived,
            eventReceived ? "engine healthy" : $"no '{ContinueEvent}' event within {input.EventTimeoutSeconds} s");
    }
}

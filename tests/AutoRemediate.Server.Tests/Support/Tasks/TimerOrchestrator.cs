using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>
/// Starts one durable timer per requested delay, all at once, and records for each the time it asked for and the
/// orchestration time at which it resumed.
/// </summary>
internal sealed class TimerOrchestrator : TaskOrchestrator<double[], TimerObservation[]>
{
    public override Task<TimerObservation[]> RunAsync(TaskOrchestrationContext context, double[] input)
    {
        var start = context.CurrentUtcDateTime;
        return Task.WhenAll(input.Select(seconds => WaitAsync(context, seconds, start.AddSeconds(seconds))));
    }

    // The continuation after the await runs in the turn that processed this timer's TimerFired message, so
    // CurrentUtcDateTime there is the time the timer resumed the orchestration.
    private static async Task<TimerObservation> WaitAsync(TaskOrchestrationContext context, double seconds, DateTime fireAt)
    {
        await context.CreateTimer(fireAt, CancellationToken.None);
        return new TimerObservation(seconds, fireAt, context.CurrentUtcDateTime);
    }
}

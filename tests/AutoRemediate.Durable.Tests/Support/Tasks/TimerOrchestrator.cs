namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Timer": waits a durable timer of the given milliseconds; returns the orchestration-clock elapsed ms.</summary>
public sealed class TimerOrchestrator : TaskOrchestrator<int, double>
{
    public override async Task<double> RunAsync(TaskOrchestrationContext context, int input)
    {
        var start = context.CurrentUtcDateTime;
        await context.CreateTimer(start.AddMilliseconds(input), CancellationToken.None);
        return (context.CurrentUtcDateTime - start).TotalMilliseconds;
    }
}

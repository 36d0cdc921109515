namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Square": returns n*n after the probe's activity delay, tracking concurrency.</summary>
public sealed class SquareActivity(TestProbe probe) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input, CancellationToken cancellationToken)
    {
        probe.Increment("square-started");
        await probe.TrackConcurrencyAsync();
        return input * input;
    }
}

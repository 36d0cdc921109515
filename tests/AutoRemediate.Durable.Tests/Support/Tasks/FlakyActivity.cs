namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Flaky": fails the first N calls per instance, then succeeds.</summary>
public sealed class FlakyActivity(TestProbe probe) : TaskActivity<int, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, int input, CancellationToken cancellationToken)
    {
        var attempt = probe.Increment($"flaky:{context.InstanceId}");
        return attempt <= input
            ? throw new TimeoutException($"attempt {attempt} failed")
            : Task.FromResult($"succeeded on attempt {attempt}");
    }
}

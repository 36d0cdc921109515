namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Append": returns Text-Suffix.</summary>
public sealed class AppendActivity(TestProbe probe) : TaskActivity<AppendRequest, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, AppendRequest input, CancellationToken cancellationToken)
    {
        probe.Increment($"append:{context.InstanceId}");
        return Task.FromResult($"{input.Text}-{input.Suffix}");
    }
}

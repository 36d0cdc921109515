namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Fail": always throws with the input as message.</summary>
public sealed class FailActivity : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(input);
}

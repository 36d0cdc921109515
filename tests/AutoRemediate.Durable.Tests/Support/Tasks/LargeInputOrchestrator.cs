namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"LargeInput": passes an activity an input too large for a work message.</summary>
public sealed class LargeInputOrchestrator : TaskOrchestrator<int, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, int input) =>
        context.CallActivityAsync<string>("Append", new AppendRequest(new string('x', input), "y"));
}

namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Counting": one "Append" call (which counts executions per instance).</summary>
public sealed class CountingOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>("Append", new AppendRequest(input, "counted"));
}

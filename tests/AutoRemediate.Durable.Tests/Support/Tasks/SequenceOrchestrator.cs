namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Sequence": three activities in a row, each fed the previous output.</summary>
public sealed class SequenceOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var text = await context.CallActivityAsync<string>("Append", new AppendRequest(input, "A"));
        text = await context.CallActivityAsync<string>("Append", new AppendRequest(text, "B"));
        return await context.CallActivityAsync<string>("Append", new AppendRequest(text, "C"));
    }
}

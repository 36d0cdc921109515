namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Guids": makes a GUID before and after an activity; replay must reproduce the first one.</summary>
public sealed class GuidOrchestrator : TaskOrchestrator<string, Guid[]>
{
    public override async Task<Guid[]> RunAsync(TaskOrchestrationContext context, string input)
    {
        var first = context.NewGuid();
        await context.CallActivityAsync<string>("Append", new AppendRequest(first.ToString(), "x"));
        return [first, context.NewGuid()];
    }
}

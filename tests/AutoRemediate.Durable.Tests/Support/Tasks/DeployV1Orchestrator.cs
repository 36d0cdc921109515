namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Deploy", version 1: calls "Append", waits for "go", calls "Append" again.</summary>
public sealed class DeployV1Orchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var text = await context.CallActivityAsync<string>("Append", new AppendRequest(input, "1"));
        context.SetCustomStatus(new WaitStatus("waiting"));
        await context.WaitForExternalEvent<string>("go");
        return await context.CallActivityAsync<string>("Append", new AppendRequest(text, "2"));
    }
}

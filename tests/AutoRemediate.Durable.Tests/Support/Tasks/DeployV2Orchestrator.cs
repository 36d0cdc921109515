namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"Deploy", version 2 (a breaking change): calls "Square" where version 1 called "Append".</summary>
public sealed class DeployV2Orchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var square = await context.CallActivityAsync<int>("Square", 2);
        await context.WaitForExternalEvent<string>("go");
        return $"{input}-{square}";
    }
}

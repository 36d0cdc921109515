namespace AutoRemediate.Durable.Tests.Support.Tasks;

/// <summary>"GatedTurn": its first turn blocks (holding the lease) until the probe releases it, then waits for "go".</summary>
public sealed class GatedTurnOrchestrator(TestProbe probe) : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        if (!context.IsReplaying)
        {
            probe.BlockTurn();
        }

        return await context.WaitForExternalEvent<string>("go");
    }
}

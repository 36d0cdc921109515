using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>Waits for an event that never comes: an instance that stays Running until terminated.</summary>
internal sealed class WaitForeverOrchestrator : TaskOrchestrator<string?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string? input) =>
        context.WaitForExternalEvent<string>("never");
}

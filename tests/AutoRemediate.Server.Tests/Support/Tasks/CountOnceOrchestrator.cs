using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>Runs <see cref="CountActivity"/> once, keyed by its instance id: an action that must happen once.</summary>
internal sealed class CountOnceOrchestrator : TaskOrchestrator<string?, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, string? input) =>
        context.CallActivityAsync<int>(nameof(CountActivity), context.InstanceId);
}

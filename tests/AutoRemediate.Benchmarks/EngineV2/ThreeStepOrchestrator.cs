using Microsoft.DurableTask;

namespace AutoRemediate.Benchmarks.EngineV2;

/// <summary>Three activity steps in sequence, as Microsoft.DurableTask types run through the shims.</summary>
internal sealed class ThreeStepOrchestrator : TaskOrchestrator<string?, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var total = 0;
        for (var step = 0; step < 3; step++)
        {
            total += await context.CallActivityAsync<int>(nameof(StepActivity), new StepInput(context.InstanceId, step));
        }

        return total;
    }
}

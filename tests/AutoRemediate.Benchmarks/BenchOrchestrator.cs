using AutoRemediate.Durable;

namespace AutoRemediate.Benchmarks;

/// <summary>Three activities in sequence: the shape of a small remediation (check, act, verify).</summary>
internal sealed class BenchOrchestrator : TaskOrchestrator<int, int>
{
    public const string Name = "BenchThreeSteps";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var total = 0;
        for (var step = 1; step <= 3; step++)
        {
            total += await context.CallActivityAsync<int>(BenchStepActivity.Name, step);
        }

        return total;
    }
}

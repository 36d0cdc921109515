using Microsoft.DurableTask;

namespace AutoRemediate.Benchmarks.EngineV2;

/// <summary>One step: records when the instance's first step started, and returns 1.</summary>
internal sealed class StepActivity(StepTimes times) : TaskActivity<StepInput, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, StepInput input)
    {
        if (input.Step == 0)
        {
            times.Record(input.InstanceId);
        }

        return Task.FromResult(1);
    }
}

/// <summary>Which instance's which step.</summary>
internal sealed record StepInput(string InstanceId, int Step);

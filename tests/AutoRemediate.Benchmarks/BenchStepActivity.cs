using System.Diagnostics;
using AutoRemediate.Durable;

namespace AutoRemediate.Benchmarks;

/// <summary>An activity that does nothing but note when it started, so only the engine's cost is measured.</summary>
internal sealed class BenchStepActivity(StepRecorder recorder) : TaskActivity<int, int>
{
    public const string Name = "BenchStep";

    public override Task<int> RunAsync(TaskActivityContext context, int input, CancellationToken cancellationToken)
    {
        recorder.Started(context.InstanceId, Stopwatch.GetTimestamp());
        return Task.FromResult(input);
    }
}

using Microsoft.DurableTask;

namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>Counts its runs per input in the engine's <see cref="ActivitySink"/>, from its own container scope.</summary>
internal sealed class CountActivity(ActivitySink sink) : TaskActivity<string, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, string input) => Task.FromResult(sink.Record(input));
}

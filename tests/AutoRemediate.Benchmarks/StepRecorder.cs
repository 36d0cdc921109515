using System.Collections.Concurrent;

namespace AutoRemediate.Benchmarks;

/// <summary>Lets the benchmark await the moment an instance's first activity starts.</summary>
internal sealed class StepRecorder
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _firstStarts = new(StringComparer.Ordinal);

    public Task<long> FirstStart(string instanceId) => Slot(instanceId).Task;

    public void Started(string instanceId, long timestamp) => Slot(instanceId).TrySetResult(timestamp);

    private TaskCompletionSource<long> Slot(string instanceId) =>
        _firstStarts.GetOrAdd(instanceId, static _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}

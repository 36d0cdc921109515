using System.Collections.Concurrent;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Worker;

namespace AutoRemediate.Benchmarks;

/// <summary>
/// Lets the benchmark await the moment an instance's first activity starts and the moment it completes, from
/// inside the worker, so no client polling adds storage requests or latency to the figures.
/// </summary>
internal sealed class StepRecorder : IOrchestrationTurnObserver
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _firstStarts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _completions = new(StringComparer.Ordinal);

    public Task<long> FirstStart(string instanceId) => Slot(_firstStarts, instanceId).Task;

    public Task Completion(string instanceId) => Slot(_completions, instanceId).Task;

    public void Started(string instanceId, long timestamp) => Slot(_firstStarts, instanceId).TrySetResult(timestamp);

    public ValueTask OnTurnCommittedAsync(OrchestrationTurnRecord turn, CancellationToken cancellationToken)
    {
        if (turn.RuntimeStatus == OrchestrationRuntimeStatus.Completed)
        {
            Slot(_completions, turn.InstanceId).TrySetResult();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnActivityExecutedAsync(ActivityExecutionRecord activity, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private static TaskCompletionSource<long> Slot(ConcurrentDictionary<string, TaskCompletionSource<long>> slots, string instanceId) =>
        slots.GetOrAdd(instanceId, static _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static TaskCompletionSource Slot(ConcurrentDictionary<string, TaskCompletionSource> slots, string instanceId) =>
        slots.GetOrAdd(instanceId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

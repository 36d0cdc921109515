using System.Collections.Concurrent;

namespace AutoRemediate.Durable.Worker;

/// <summary>Keeps one process from running two turns of the same instance at once (the lease guards across processes).</summary>
internal sealed class InstanceTurnGate
{
    private readonly ConcurrentDictionary<string, byte> running = new(StringComparer.Ordinal);

    public bool TryEnter(string instanceId) => running.TryAdd(instanceId, 0);

    public void Exit(string instanceId) => running.TryRemove(instanceId, out _);
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace AutoRemediate.Benchmarks.EngineV2;

/// <summary>When each instance's first activity started, as a <see cref="Stopwatch"/> timestamp.</summary>
internal sealed class StepTimes
{
    private readonly ConcurrentDictionary<string, long> _firstStep = new(StringComparer.Ordinal);

    public void Record(string instanceId) => _firstStep.TryAdd(instanceId, Stopwatch.GetTimestamp());

    public async Task<long> FirstStepAsync(string instanceId, CancellationToken cancellation)
    {
        while (true)
        {
            if (_firstStep.TryGetValue(instanceId, out var at))
            {
                return at;
            }

            await Task.Delay(5, cancellation);
        }
    }
}

using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace AutoRemediate.Storage.Pipeline;

/// <summary>
/// Counts storage requests by operation kind (e.g. <c>Table.Query</c>, <c>Queue.Put</c>), so benchmarks can report
/// storage requests per orchestration step.
/// </summary>
/// <remarks>
/// Sits after the retry policy, so every attempt that reaches the wire counts: that is what the service bills and
/// throttles. Share one instance across clients through <see cref="StorageClientFactory"/> or DI.
/// </remarks>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>All requests sent since creation or the last <see cref="Reset"/>.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Requests of one operation kind; 0 when none were sent.</summary>
    public long Count(string operationKind) => _counts.TryGetValue(operationKind, out var count) ? count : 0;

    /// <summary>A copy of the per-kind counts.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>Zeroes every count (e.g. between benchmark phases).</summary>
    public void Reset()
    {
        _counts.Clear();
        Interlocked.Exchange(ref _total, 0);
    }

    /// <summary>Records the request about to be sent.</summary>
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _total);
        _counts.AddOrUpdate(StorageOperation.Get(message), 1, static (_, count) => count + 1);
    }
}

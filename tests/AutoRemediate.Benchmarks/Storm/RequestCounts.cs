using System.Collections.Concurrent;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Storage requests counted by kind, with the time each kind kept the storage service busy (from forwarding the
/// request to the last byte of its answer); snapshots subtract to give the requests of an interval.
/// </summary>
internal sealed class RequestCounts
{
    private readonly ConcurrentDictionary<string, (long Count, double Milliseconds)> counts = new(StringComparer.Ordinal);

    public void Add(string kind, double milliseconds) =>
        counts.AddOrUpdate(kind, (1, milliseconds), (_, n) => (n.Count + 1, n.Milliseconds + milliseconds));

    public IReadOnlyDictionary<string, KindCount> Snapshot() =>
        counts.ToDictionary(p => p.Key, p => new KindCount(p.Value.Count, p.Value.Milliseconds), StringComparer.Ordinal);

    /// <summary>What was counted between two snapshots, by kind (kinds with none left out).</summary>
    public static IReadOnlyDictionary<string, KindCount> Between(IReadOnlyDictionary<string, KindCount> before, IReadOnlyDictionary<string, KindCount> after) =>
        after.Select(p => (p.Key, Value: p.Value - before.GetValueOrDefault(p.Key)))
            .Where(p => p.Value.Count > 0)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}

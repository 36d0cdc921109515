using System.Collections.Concurrent;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>Storage requests counted by kind; snapshots subtract to give the requests of an interval.</summary>
internal sealed class RequestCounts
{
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Add(string kind) => counts.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(counts, StringComparer.Ordinal);

    /// <summary>What was counted between two snapshots, by kind (kinds with none left out).</summary>
    public static IReadOnlyDictionary<string, long> Between(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Select(p => (p.Key, Count: p.Value - before.GetValueOrDefault(p.Key)))
            .Where(p => p.Count > 0)
            .ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal);
}

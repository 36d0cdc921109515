using System.Collections.Concurrent;

namespace AutoRemediate.Server.Tests.Support;

/// <summary>What the test activities did, counted thread-safely: one per engine under test.</summary>
internal sealed class ActivitySink
{
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);

    /// <summary>Records one run of <paramref name="key"/> and returns how many runs it has had.</summary>
    public int Record(string key) => _runs.AddOrUpdate(key, 1, (_, count) => count + 1);

    /// <summary>How many times <paramref name="key"/> ran.</summary>
    public int Runs(string key) => _runs.GetValueOrDefault(key);
}

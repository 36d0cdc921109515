namespace AutoRemediate.AzureFakes.State;

/// <summary>A scale set's instances and which of them are restarting until when.</summary>
internal sealed class FakeScaleSet(string id)
{
    private readonly SortedDictionary<int, DateTimeOffset> _restartingUntil = [];
    private readonly SortedSet<int> _instances = [];
    private int _nextInstance;

    public string Id { get; } = id;

    public int MaxConcurrentRestarting { get; private set; }

    public IReadOnlyCollection<int> Instances => _instances;

    public void Resize(int capacity)
    {
        while (_instances.Count < capacity)
        {
            _instances.Add(_nextInstance++);
        }

        while (_instances.Count > capacity)
        {
            var last = _instances.Max;
            _instances.Remove(last);
            _restartingUntil.Remove(last);
        }
    }

    public bool Has(int instance) => _instances.Contains(instance);

    public bool IsRestarting(int instance, DateTimeOffset now) => _restartingUntil.TryGetValue(instance, out var until) && until > now;

    public IReadOnlyList<int> Restarting(DateTimeOffset now) => [.. _instances.Where(instance => IsRestarting(instance, now))];

    public void BeginRestart(IEnumerable<int> instances, DateTimeOffset now, TimeSpan duration)
    {
        foreach (var instance in instances)
        {
            _restartingUntil[instance] = now + duration;
        }

        MaxConcurrentRestarting = Math.Max(MaxConcurrentRestarting, Restarting(now).Count);
    }
}

using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.InMemory;

/// <summary>One instance's rows in <see cref="InMemoryInstanceStore"/>; guarded by the store's lock.</summary>
internal sealed class InMemoryInstanceRecord(InstanceState state)
{
    public InstanceState State { get; set; } = state;

    public List<StoredEvent> History { get; } = [];

    public SortedDictionary<string, InboxMessage> Inbox { get; } = new(StringComparer.Ordinal);
}

namespace AutoRemediate.Durable.Store;

/// <summary>What a worker reads after acquiring an instance's lease: state (with the lease and ETag), history, inbox.</summary>
public sealed record TurnSnapshot(InstanceState State, IReadOnlyList<StoredEvent> History, IReadOnlyList<InboxMessage> Inbox);

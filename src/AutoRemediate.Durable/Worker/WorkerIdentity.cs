namespace AutoRemediate.Durable.Worker;

/// <summary>This process's worker id: the lease owner it writes and the id observers see.</summary>
internal sealed record WorkerIdentity(string Id);

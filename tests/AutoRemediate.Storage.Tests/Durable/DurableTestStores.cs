using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoRemediate.Storage.Tests.Durable;

/// <summary>Stores on a fresh task hub per test, plus the raw table for inspecting rows.</summary>
internal sealed record DurableTestStores(IInstanceStore Store, IWorkQueue Queue, TableClient Table)
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static DurableTestStores Create(AzuriteFixture azurite)
    {
        var hub = "hub" + Guid.NewGuid().ToString("N")[..20];
        var factory = StorageTestClients.Factory(azurite);
        return new DurableTestStores(
            AzureDurableStores.CreateInstanceStore(factory, hub),
            AzureDurableStores.CreateWorkQueue(factory, hub),
            factory.GetTableClient(hub + "Instances"));
    }

    public static InstanceState State(
        string id, OrchestrationRuntimeStatus status = OrchestrationRuntimeStatus.Pending, DateTimeOffset? createdAt = null, DateTimeOffset? completedAt = null) =>
        new()
        {
            InstanceId = id,
            Name = "Remediate",
            RuntimeStatus = status,
            Input = "{\"resource\":\"vm1\"}",
            CreatedAt = createdAt ?? T0,
            LastUpdatedAt = createdAt ?? T0,
            CompletedAt = completedAt,
        };

    public async Task<InstanceState> CreatedAsync(string id, OrchestrationRuntimeStatus status = OrchestrationRuntimeStatus.Pending, DateTimeOffset? createdAt = null, DateTimeOffset? completedAt = null) =>
        (await Store.CreateIfNotExistsAsync(State(id, status, createdAt, completedAt), CancellationToken.None)).State;

    public async Task<TurnSnapshot> AcquiredAsync(string id, string owner = "w1", DateTimeOffset? now = null) =>
        await Store.TryAcquireAsync(id, owner, now ?? T0, TimeSpan.FromMinutes(1), CancellationToken.None)
        ?? throw new InvalidOperationException($"could not acquire {id}");

    public static IReadOnlyList<StoredEvent> Events(int from, int count, string payload = "e") =>
        Enumerable.Range(from, count).Select(i => new StoredEvent(i, $"{payload}{i}")).ToList();

    public static TurnCommit Commit(TurnSnapshot snapshot, IReadOnlyList<StoredEvent> events, params string[] consumed) =>
        new(snapshot.State with
        {
            RuntimeStatus = OrchestrationRuntimeStatus.Running,
            HistoryLength = snapshot.State.HistoryLength + events.Count,
            LeaseOwner = null,
            LeaseExpiresAt = null,
        },
        snapshot.State.ETag!,
        events,
        consumed);
}

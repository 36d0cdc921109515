using AutoRemediate.Testing.Time;
using AutoRemediate.Durable.InMemory;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Tests.Support;
using Xunit;

namespace AutoRemediate.Durable.Tests.Unit;

public sealed class InMemoryInstanceStoreTests
{
    private static readonly DateTimeOffset T0 = FakeTimeProvider.DefaultStart;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Commit_with_a_stale_etag_writes_nothing()
    {
        var store = await StoreWithInstanceAsync();
        var first = (await store.TryAcquireAsync("i", "w1", T0, Lease, default))!;
        var renewed = (await store.RenewLeaseAsync(first.State, T0 + Lease, default))!;

        var committed = await store.CommitAsync(Commit(first.State, 1, "late"), default);

        Assert.False(committed);
        Assert.Equal(renewed.ETag, (await store.GetAsync("i", default))!.ETag);
        Assert.Empty(await store.GetHistoryAsync("i", default));
        Assert.Single((await store.TryAcquireAsync("i", "w1", T0 + Lease + Lease, Lease, default))!.Inbox);
    }

    [Fact]
    public async Task Commit_appends_history_deletes_consumed_inbox_and_clears_the_lease()
    {
        var store = await StoreWithInstanceAsync();
        var leased = (await store.TryAcquireAsync("i", "w1", T0, Lease, default))!;

        Assert.True(await store.CommitAsync(Commit(leased.State, 2, "m1"), default));

        var state = (await store.GetAsync("i", default))!;
        Assert.Equal(2, state.HistoryLength);
        Assert.Null(state.LeaseOwner);
        Assert.Equal([0, 1], (await store.GetHistoryAsync("i", default)).Select(e => e.Sequence));
        Assert.Empty((await store.TryAcquireAsync("i", "w1", T0, Lease, default))!.Inbox);
    }

    [Fact]
    public async Task Inbox_rows_written_during_a_turn_do_not_disturb_its_commit_and_survive_it()
    {
        var store = await StoreWithInstanceAsync();
        var leased = (await store.TryAcquireAsync("i", "w1", T0, Lease, default))!;

        await store.AppendInboxAsync("i", new InboxMessage("m2", "{}"), default);

        Assert.True(await store.CommitAsync(Commit(leased.State, 1, "m1"), default));
        Assert.Equal(["m2"], (await store.TryAcquireAsync("i", "w1", T0, Lease, default))!.Inbox.Select(m => m.Id));
    }

    [Fact]
    public async Task A_live_lease_blocks_others_until_it_expires()
    {
        var store = await StoreWithInstanceAsync();
        Assert.NotNull(await store.TryAcquireAsync("i", "w1", T0, Lease, default));

        Assert.Null(await store.TryAcquireAsync("i", "w2", T0 + Lease - TimeSpan.FromTicks(1), Lease, default));
        Assert.Equal(["i"], (await store.FindExpiredLeasesAsync(T0 + Lease + TimeSpan.FromTicks(1), 10, default)).Select(s => s.InstanceId));
        Assert.Equal("w2", (await store.TryAcquireAsync("i", "w2", T0 + Lease, Lease, default))!.State.LeaseOwner);
    }

    [Fact]
    public async Task Renewal_and_release_fail_once_the_lease_was_taken_over()
    {
        var store = await StoreWithInstanceAsync();
        var mine = (await store.TryAcquireAsync("i", "w1", T0, Lease, default))!;
        await store.TryAcquireAsync("i", "w2", T0 + Lease, Lease, default);

        Assert.Null(await store.RenewLeaseAsync(mine.State, T0 + Lease + Lease, default));
        Assert.False(await store.ReleaseAsync(mine.State, default));
        Assert.Equal("w2", (await store.GetAsync("i", default))!.LeaseOwner);
    }

    [Fact]
    public async Task Create_is_idempotent_and_returns_the_stored_row()
    {
        var store = new InMemoryInstanceStore();

        var (first, created) = await store.CreateIfNotExistsAsync(State("i", "A"), default);
        var (second, createdAgain) = await store.CreateIfNotExistsAsync(State("i", "B"), default);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, second);
        Assert.Equal("A", second.Name);
    }

    [Fact]
    public async Task Appending_to_a_missing_instance_throws()
    {
        var store = new InMemoryInstanceStore();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendInboxAsync("nope", new InboxMessage("m", "{}"), default));
    }

    private static async Task<InMemoryInstanceStore> StoreWithInstanceAsync()
    {
        var store = new InMemoryInstanceStore();
        await store.CreateIfNotExistsAsync(State("i", "Orch"), default);
        await store.AppendInboxAsync("i", new InboxMessage("m1", "{}"), default);
        return store;
    }

    private static InstanceState State(string id, string name) => new()
    {
        InstanceId = id,
        Name = name,
        RuntimeStatus = OrchestrationRuntimeStatus.Pending,
        CreatedAt = T0,
        LastUpdatedAt = T0,
    };

    private static TurnCommit Commit(InstanceState leased, int events, string consumed) => new(
        leased with { HistoryLength = leased.HistoryLength + events, LeaseOwner = null, LeaseExpiresAt = null, RuntimeStatus = OrchestrationRuntimeStatus.Running },
        leased.ETag!,
        [.. Enumerable.Range(leased.HistoryLength, events).Select(i => new StoredEvent(i, "{}"))],
        [consumed]);
}

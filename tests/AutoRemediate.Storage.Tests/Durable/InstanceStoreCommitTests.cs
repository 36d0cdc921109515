using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class InstanceStoreCommitTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Commit_writes_state_and_history_and_deletes_consumed_inbox()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0001", "start"), _ct);
        var snapshot = await stores.AcquiredAsync("i1");

        var committed = await stores.Store.CommitAsync(DurableTestStores.Commit(snapshot, DurableTestStores.Events(0, 3), "0001"), _ct);
        var next = await stores.AcquiredAsync("i1", "w2");

        Assert.True(committed);
        Assert.Equal(OrchestrationRuntimeStatus.Running, next.State.RuntimeStatus);
        Assert.Equal(3, next.State.HistoryLength);
        Assert.Equal(["e0", "e1", "e2"], next.History.Select(e => e.Payload));
        Assert.Empty(next.Inbox);
    }

    [Fact]
    public async Task Commit_with_stale_etag_returns_false_and_writes_nothing()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0001", "start"), _ct);
        var stale = await stores.AcquiredAsync("i1", "w1");
        await stores.Store.RenewLeaseAsync(stale.State, DurableTestStores.T0.AddMinutes(2), _ct);

        var committed = await stores.Store.CommitAsync(DurableTestStores.Commit(stale, DurableTestStores.Events(0, 3), "0001"), _ct);

        Assert.False(committed);
        var rows = await stores.Table.QueryAsync(new TableQuery()).ToListAsync();
        Assert.DoesNotContain(rows, r => r.RowKey.StartsWith('h'));
        Assert.Contains(rows, r => r.RowKey.StartsWith('i'));
        Assert.Equal(0, (await stores.Store.GetAsync("i1", _ct))!.HistoryLength);
    }

    [Fact]
    public async Task Commit_of_250_events_splits_transactions_and_history_reads_back_in_order()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var first = await stores.AcquiredAsync("i1");
        Assert.True(await stores.Store.CommitAsync(DurableTestStores.Commit(first, DurableTestStores.Events(0, 5)), _ct));
        var second = await stores.AcquiredAsync("i1");

        Assert.True(await stores.Store.CommitAsync(DurableTestStores.Commit(second, DurableTestStores.Events(5, 250)), _ct));
        var history = await stores.Store.GetHistoryAsync("i1", _ct);

        Assert.Equal(Enumerable.Range(0, 255), history.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(0, 255).Select(i => $"e{i}"), history.Select(e => e.Payload));
    }

    [Fact]
    public async Task Split_commit_with_stale_etag_writes_no_history_rows_at_all()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var stale = await stores.AcquiredAsync("i1");
        await stores.Store.RenewLeaseAsync(stale.State, DurableTestStores.T0.AddMinutes(2), _ct);

        var committed = await stores.Store.CommitAsync(DurableTestStores.Commit(stale, DurableTestStores.Events(0, 250)), _ct);

        Assert.False(committed);
        Assert.Single(await stores.Table.QueryAsync(new TableQuery()).ToListAsync());
    }

    [Fact]
    public async Task Rows_at_or_beyond_history_length_are_ignored_and_overwritten_by_the_next_commit()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var first = await stores.AcquiredAsync("i1");
        Assert.True(await stores.Store.CommitAsync(DurableTestStores.Commit(first, DurableTestStores.Events(0, 2)), _ct));
        var partition = (await stores.Table.QueryAsync(new TableQuery()).FirstAsync()).PartitionKey;
        await stores.Table.UpsertEntityAsync(Leftover(partition, 2, "leftover2"));
        await stores.Table.UpsertEntityAsync(Leftover(partition, 3, "leftover3"));

        var history = await stores.Store.GetHistoryAsync("i1", _ct);
        var snapshot = await stores.AcquiredAsync("i1");
        Assert.True(await stores.Store.CommitAsync(DurableTestStores.Commit(snapshot, DurableTestStores.Events(2, 1)), _ct));

        Assert.Equal(["e0", "e1"], history.Select(e => e.Payload));
        Assert.Equal(["e0", "e1"], snapshot.History.Select(e => e.Payload));
        Assert.Equal(["e0", "e1", "e2"], (await stores.Store.GetHistoryAsync("i1", _ct)).Select(e => e.Payload));
    }

    [Fact]
    public async Task Inbox_message_appended_while_a_lease_is_held_survives_the_commit()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0001", "first"), _ct);
        var snapshot = await stores.AcquiredAsync("i1");
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0002", "raised meanwhile"), _ct);

        Assert.True(await stores.Store.CommitAsync(DurableTestStores.Commit(snapshot, DurableTestStores.Events(0, 1), "0001"), _ct));
        var next = await stores.AcquiredAsync("i1");

        Assert.Equal(new InboxMessage("0002", "raised meanwhile"), Assert.Single(next.Inbox));
    }

    [Fact]
    public async Task Inbox_is_returned_in_message_id_order_and_append_is_idempotent()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0002", "b"), _ct);
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0001", "a"), _ct);
        await stores.Store.AppendInboxAsync("i1", new InboxMessage("0001", "a"), _ct);

        var snapshot = await stores.AcquiredAsync("i1");

        Assert.Equal(["0001", "0002"], snapshot.Inbox.Select(m => m.Id));
    }

    [Fact]
    public async Task Commit_consuming_more_inbox_messages_than_one_transaction_holds_is_rejected()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var snapshot = await stores.AcquiredAsync("i1");
        var consumed = Enumerable.Range(0, 100).Select(i => $"m{i}").ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => stores.Store.CommitAsync(DurableTestStores.Commit(snapshot, [], consumed), _ct));
    }

    private static TableEntity Leftover(string partition, int sequence, string payload) =>
        new(partition, $"h{sequence:X16}") { ["Sequence"] = sequence, ["Payload"] = payload };
}

using AutoRemediate.Durable.Store;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class InstanceStoreLifecycleTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Create_is_idempotent_and_returns_the_stored_row()
    {
        var stores = DurableTestStores.Create(azurite);

        var (first, created) = await stores.Store.CreateIfNotExistsAsync(DurableTestStores.State("a/b#c?d\\e~f"), _ct);
        var (second, createdAgain) = await stores.Store.CreateIfNotExistsAsync(DurableTestStores.State("a/b#c?d\\e~f") with { Name = "Other" }, _ct);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal("Remediate", second.Name);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal("a/b#c?d\\e~f", second.InstanceId);
    }

    [Fact]
    public async Task Get_round_trips_every_state_field()
    {
        var stores = DurableTestStores.Create(azurite);
        var state = DurableTestStores.State("full") with
        {
            Output = "out",
            CustomStatus = "{\"step\":2}",
            Failure = new FailureDetails("System.Exception", "boom", "at x", new FailureDetails("Inner", "cause", null)),
            CompletedAt = DurableTestStores.T0.AddTicks(1234567),
            NextWakeAt = DurableTestStores.T0.AddHours(1),
            HistoryLength = 0,
        };
        await stores.Store.CreateIfNotExistsAsync(state, _ct);

        var read = await stores.Store.GetAsync("full", _ct);

        Assert.NotNull(read);
        Assert.Equal(state with { ETag = read.ETag }, read);
        Assert.NotNull(read.ETag);
    }

    [Fact]
    public async Task Get_and_history_of_missing_instance_are_null_and_empty()
    {
        var stores = DurableTestStores.Create(azurite);

        Assert.Null(await stores.Store.GetAsync("nobody", _ct));
        Assert.Empty(await stores.Store.GetHistoryAsync("nobody", _ct));
        Assert.Null(await stores.Store.TryAcquireAsync("nobody", "w1", DurableTestStores.T0, TimeSpan.FromMinutes(1), _ct));
    }

    [Fact]
    public async Task Append_to_missing_instance_throws()
    {
        var stores = DurableTestStores.Create(azurite);

        await Assert.ThrowsAsync<InvalidOperationException>(() => stores.Store.AppendInboxAsync("nobody", new InboxMessage("m1", "x"), _ct));
    }

    [Fact]
    public async Task Large_payloads_round_trip_in_input_history_and_inbox()
    {
        var stores = DurableTestStores.Create(azurite);
        var big = string.Concat(Enumerable.Range(0, 200 * 1024 / 8).Select(i => $"{i % 10000000:D7}🙂"));
        await stores.Store.CreateIfNotExistsAsync(DurableTestStores.State("big") with { Input = big }, _ct);
        await stores.Store.AppendInboxAsync("big", new InboxMessage("m1", big), _ct);
        var snapshot = await stores.AcquiredAsync("big");

        Assert.True(await stores.Store.CommitAsync(DurableTestStores.Commit(snapshot, [new StoredEvent(0, big), new StoredEvent(1, big)], "m1"), _ct));

        Assert.Equal(big, snapshot.State.Input);
        Assert.Equal(big, Assert.Single(snapshot.Inbox).Payload);
        Assert.All(await stores.Store.GetHistoryAsync("big", _ct), e => Assert.Equal(big, e.Payload));
        Assert.Equal(big, (await stores.Store.GetAsync("big", _ct))!.Input);
    }

    [Fact]
    public async Task Payload_beyond_the_entity_limit_is_rejected_with_the_instance_named()
    {
        var stores = DurableTestStores.Create(azurite);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => stores.Store.CreateIfNotExistsAsync(DurableTestStores.State("huge") with { Input = new string('x', 600_000) }, _ct));

        Assert.Contains("'huge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
    }
}

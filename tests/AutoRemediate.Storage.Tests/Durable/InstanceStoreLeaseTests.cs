using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class InstanceStoreLeaseTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Acquire_takes_a_free_lease_and_returns_the_new_etag()
    {
        var stores = DurableTestStores.Create(azurite);
        var created = await stores.CreatedAsync("i1");

        var snapshot = await stores.Store.TryAcquireAsync("i1", "w1", DurableTestStores.T0, Lease, _ct);

        Assert.NotNull(snapshot);
        Assert.Equal(("w1", DurableTestStores.T0 + Lease), (snapshot.State.LeaseOwner, snapshot.State.LeaseExpiresAt));
        Assert.NotEqual(created.ETag, snapshot.State.ETag);
        Assert.Equal(snapshot.State.ETag, (await stores.Store.GetAsync("i1", _ct))!.ETag);
    }

    [Fact]
    public async Task Acquire_refuses_a_live_lease_held_by_another_owner()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        await stores.AcquiredAsync("i1", "w1");

        var refused = await stores.Store.TryAcquireAsync("i1", "w2", DurableTestStores.T0 + Lease - TimeSpan.FromSeconds(1), Lease, _ct);

        Assert.Null(refused);
        Assert.Equal("w1", (await stores.Store.GetAsync("i1", _ct))!.LeaseOwner);
    }

    [Fact]
    public async Task Acquire_steals_an_expired_lease()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var first = await stores.AcquiredAsync("i1", "w1");

        var stolen = await stores.Store.TryAcquireAsync("i1", "w2", DurableTestStores.T0 + Lease + TimeSpan.FromSeconds(1), Lease, _ct);

        Assert.Equal("w2", stolen?.State.LeaseOwner);
        Assert.Null(await stores.Store.RenewLeaseAsync(first.State, DurableTestStores.T0.AddHours(1), _ct));
        Assert.False(await stores.Store.ReleaseAsync(first.State, _ct));
    }

    [Fact]
    public async Task Acquire_with_a_stale_read_loses_the_race_and_returns_null()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => stores.Store.TryAcquireAsync("i1", $"w{i}", DurableTestStores.T0, Lease, _ct)));

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner!.State.LeaseOwner, (await stores.Store.GetAsync("i1", _ct))!.LeaseOwner);
    }

    [Fact]
    public async Task Renew_extends_the_lease_and_changes_the_etag()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var snapshot = await stores.AcquiredAsync("i1");

        var renewed = await stores.Store.RenewLeaseAsync(snapshot.State, DurableTestStores.T0.AddMinutes(5), _ct);
        var stale = await stores.Store.RenewLeaseAsync(snapshot.State, DurableTestStores.T0.AddMinutes(9), _ct);

        Assert.NotNull(renewed);
        Assert.Equal(DurableTestStores.T0.AddMinutes(5), renewed.LeaseExpiresAt);
        Assert.NotEqual(snapshot.State.ETag, renewed.ETag);
        Assert.Null(stale);
        Assert.Equal(DurableTestStores.T0.AddMinutes(5), (await stores.Store.GetAsync("i1", _ct))!.LeaseExpiresAt);
    }

    [Fact]
    public async Task Release_frees_the_lease_for_another_owner_at_once()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("i1");
        var snapshot = await stores.AcquiredAsync("i1", "w1");

        var released = await stores.Store.ReleaseAsync(snapshot.State, _ct);
        var state = await stores.Store.GetAsync("i1", _ct);
        var next = await stores.Store.TryAcquireAsync("i1", "w2", DurableTestStores.T0, Lease, _ct);

        Assert.True(released);
        Assert.Null(state!.LeaseOwner);
        Assert.Null(state.LeaseExpiresAt);
        Assert.Equal("w2", next?.State.LeaseOwner);
    }
}

using AutoRemediate.Core.Alerts;
using AutoRemediate.Storage.Claims;
using AutoRemediate.Storage.Stores;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;
using AutoRemediate.Testing.Time;

namespace AutoRemediate.Storage.Tests.Claims;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStartClaimsTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Fifty_concurrent_claims_of_one_id_are_won_by_exactly_one()
    {
        var claims = NewClaims();

        var won = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => claims.TryClaimAsync("am-4f2a/rule|site", default)));

        Assert.Single(won, w => w);
        Assert.True(await claims.TryClaimAsync("am-other", default));
    }

    [Fact]
    public async Task A_young_claim_is_not_taken_over_and_a_stale_one_is_taken_over_once()
    {
        var claims = NewClaims();
        await claims.TryClaimAsync("am-1", default);

        var young = await claims.TryReclaimAsync("am-1", Stale, default);
        _time.Advance(Stale + TimeSpan.FromSeconds(1));
        var takeovers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => claims.TryReclaimAsync("am-1", Stale, default)));
        var afterTakeover = await claims.TryReclaimAsync("am-1", Stale, default);

        Assert.False(young);
        Assert.Single(takeovers, t => t);
        Assert.False(afterTakeover);
    }

    [Fact]
    public async Task Reclaiming_an_id_never_claimed_claims_it()
    {
        var claims = NewClaims();

        Assert.True(await claims.TryReclaimAsync("am-new", Stale, default));
        Assert.False(await claims.TryClaimAsync("am-new", default));
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again_and_releasing_twice_is_harmless()
    {
        var claims = NewClaims();
        await claims.TryClaimAsync("am-2", default);

        await claims.ReleaseAsync("am-2", default);
        await claims.ReleaseAsync("am-2", default);

        Assert.True(await claims.TryClaimAsync("am-2", default));
    }

    private IStartClaims NewClaims() =>
        new AzureTableStartClaims(StoreTable.Of(StorageTestClients.TableService(azurite), azurite.NewTableName("claims")), _time);
}

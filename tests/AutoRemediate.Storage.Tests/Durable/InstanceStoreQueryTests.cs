using AutoRemediate.Durable.Store;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Durable;

[Collection(AzuriteCollection.Name)]
public sealed class InstanceStoreQueryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = DurableTestStores.T0;
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Query_filters_by_status_and_creation_time_and_pages_with_the_token()
    {
        var stores = DurableTestStores.Create(azurite);
        for (var i = 0; i < 7; i++)
        {
            await stores.CreatedAsync($"run{i}", OrchestrationRuntimeStatus.Running, T0.AddMinutes(i));
        }

        await stores.CreatedAsync("done", OrchestrationRuntimeStatus.Completed, T0.AddMinutes(3), T0.AddMinutes(4));
        var query = new InstanceQuery
        {
            RuntimeStatus = new HashSet<OrchestrationRuntimeStatus> { OrchestrationRuntimeStatus.Running },
            CreatedFrom = T0.AddMinutes(1),
            CreatedTo = T0.AddMinutes(5),
            PageSize = 2,
        };

        var pages = new List<InstanceQueryResult> { await stores.Store.QueryAsync(query, _ct) };
        while (pages[^1].ContinuationToken is { } token)
        {
            pages.Add(await stores.Store.QueryAsync(query with { ContinuationToken = token }, _ct));
        }

        var ids = pages.SelectMany(p => p.Instances).Select(s => s.InstanceId).ToList();
        Assert.Equal(["run1", "run2", "run3", "run4", "run5"], ids);
        Assert.All(pages, p => Assert.True(p.Instances.Count <= 2));
        Assert.True(pages.Count >= 3);
    }

    [Fact]
    public async Task Query_without_filters_returns_every_instance_and_none_of_the_other_rows()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("a");
        await stores.Store.AppendInboxAsync("a", new InboxMessage("m", "x"), _ct);
        await stores.CreatedAsync("b");

        var result = await stores.Store.QueryAsync(new InstanceQuery(), _ct);

        Assert.Equal(["a", "b"], result.Instances.Select(s => s.InstanceId));
        Assert.Null(result.ContinuationToken);
    }

    [Fact]
    public async Task Expired_lease_finder_returns_only_unfinished_instances_whose_lease_lapsed()
    {
        var stores = DurableTestStores.Create(azurite);
        foreach (var id in new[] { "expired", "live", "free", "expired2" })
        {
            await stores.CreatedAsync(id);
        }

        await stores.Store.TryAcquireAsync("expired", "w1", T0, TimeSpan.FromMinutes(1), _ct);
        await stores.Store.TryAcquireAsync("expired2", "w1", T0, TimeSpan.FromMinutes(1), _ct);
        await stores.Store.TryAcquireAsync("live", "w1", T0, TimeSpan.FromMinutes(10), _ct);
        var released = await stores.AcquiredAsync("free");
        await stores.Store.ReleaseAsync(released.State, _ct);

        var found = await stores.Store.FindExpiredLeasesAsync(T0.AddMinutes(2), 10, _ct);
        var limited = await stores.Store.FindExpiredLeasesAsync(T0.AddMinutes(2), 1, _ct);

        Assert.Equal(["expired", "expired2"], found.Select(s => s.InstanceId).Order());
        Assert.Single(limited);
    }

    [Fact]
    public async Task Purge_deletes_every_row_of_terminal_instances_completed_before_the_cutoff()
    {
        var stores = DurableTestStores.Create(azurite);
        await stores.CreatedAsync("old", OrchestrationRuntimeStatus.Completed, T0, T0.AddMinutes(1));
        await stores.Store.AppendInboxAsync("old", new InboxMessage("late", "x"), _ct);
        var snapshot = await stores.AcquiredAsync("old");
        await stores.Store.CommitAsync(DurableTestStores.Commit(snapshot, DurableTestStores.Events(0, 150)) with
        {
            NewState = snapshot.State with { HistoryLength = 150, LeaseOwner = null, LeaseExpiresAt = null },
        }, _ct);
        await stores.CreatedAsync("recent", OrchestrationRuntimeStatus.Failed, T0, T0.AddDays(2));
        await stores.CreatedAsync("running", OrchestrationRuntimeStatus.Running, T0);

        var purged = await stores.Store.PurgeAsync(T0.AddDays(1), _ct);

        Assert.Equal(1, purged);
        Assert.Null(await stores.Store.GetAsync("old", _ct));
        var remaining = await stores.Table.QueryAsync(new Storage.Tables.TableQuery()).ToListAsync();
        Assert.Equal(["recent", "running"], remaining.Select(r => r.GetString("InstanceId")).Order());
    }
}

using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Storage.Guardrails;
using AutoRemediate.Storage.Stores;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using static AutoRemediate.Storage.Tests.Guardrails.GuardrailTestState;

namespace AutoRemediate.Storage.Tests.Guardrails;

[Collection(AzuriteCollection.Name)]
public sealed class AzureGuardrailStateStoreTests(AzuriteFixture azurite) : GuardrailStateStoreContract
{
    private TableClient? _table;

    protected override Task<IGuardrailStateStore> CreateStoreAsync()
    {
        var factory = StorageTestClients.Factory(azurite);
        var options = new AzureGuardrailStateOptions { TableName = azurite.NewTableName("guard") };
        _table = factory.GetTableClient(options.TableName);
        return Task.FromResult(AzureGuardrailState.Create(StorageTestClients.TableService(azurite), options));
    }

    [Fact]
    public async Task Rows_share_one_partition_with_readable_columns()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Started(), "am-1");
        await store.SetKillSwitchAsync(true, Operator());

        var rows = await _table!.QueryAsync(new TableQuery()).ToListAsync();
        var global = rows.Single(r => r.RowKey == "global");

        Assert.All(rows, r => Assert.Equal("guardrails", r.PartitionKey));
        Assert.Equal(
            ["cooldown|restart-web-app|~2Fsubscriptions~2F11111111-2222-3333-4444-555555555555~2Fresourcegroups~2Frg-shop~2Fproviders~2Fmicrosoft.web~2Fsites~2Fcheckout-1", $"flap|{Flap}", "global", "runbook|restart-web-app"],
            rows.Select(r => r.RowKey));
        Assert.Equal((true, "alice@contoso.com", 1), (global.GetBoolean("KillSwitchEngaged"), global.GetString("KillSwitchBy"), global.GetInt32("RunningCount")));
        Assert.Contains("am-1", global.GetString("Running"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Row_changed_directly_in_storage_after_the_snapshot_makes_the_start_conflict()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Started(at: Now.AddHours(-2)));
        var snapshot = await store.LoadAsync(Query(), Now);
        var cooldown = (await _table!.QueryAsync(new TableQuery(TableFilter.Create($"RowKey ge {"cooldown|"} and RowKey lt {"cooldown}"}"))).ToListAsync()).Single();
        cooldown["LastRunAt"] = Now.AddMinutes(-1);
        await _table.UpdateEntityAsync(cooldown, cooldown.ETag!);

        var outcome = await store.ApplyAsync(Started(snapshot));

        Assert.Equal(GuardrailApplyOutcome.Conflict, outcome);
        Assert.Equal(Now.AddMinutes(-1), Assert.Single((await store.LoadAsync(Query(), Now)).LastRuns).At);
    }

    [Fact]
    public async Task Row_write_with_a_stale_etag_writes_none_of_the_rows()
    {
        await CreateStoreAsync();
        var rows = new AzureTableGuardrailRowStore(StoreTable.Of(StorageTestClients.TableService(azurite), _table!.Name), NullLogger.Instance);
        var key = GuardrailRowKey.Runbook(Runbook);
        await rows.TryWriteAsync([new(key, RunbookGuardrailRow.Empty, null)], default);
        var stale = (await rows.ReadAsync([key], default))[key].ETag;
        await rows.TryWriteAsync([new(key, RunbookGuardrailRow.Empty with { Breaker = new CircuitBreakerState(1, false, null) }, stale)], default);

        var written = await rows.TryWriteAsync(
            [new(GuardrailRowKey.Flap(Flap), FlapGuardrailRow.Empty, null), new(key, RunbookGuardrailRow.Empty, stale)], default);
        var after = await rows.ReadAsync([key, GuardrailRowKey.Flap(Flap)], default);

        Assert.False(written);
        Assert.Equal([key], after.Keys);
        Assert.Equal(1, ((RunbookGuardrailRow)after[key].Row).Breaker.ConsecutiveFailures);
    }

    [Fact]
    public async Task Load_for_more_targets_than_one_filter_allows_reads_them_all()
    {
        var store = await CreateStoreAsync();
        var sites = Enumerable.Range(1, 40).Select(Site).ToArray();
        await store.ApplyAsync(Started(resources: sites));

        var snapshot = await store.LoadAsync(Query(Runbook, sites), Now);

        Assert.Equal(40, snapshot.LastRuns.Count);
    }

    [Fact]
    public async Task Start_touching_more_rows_than_one_transaction_is_rejected_before_writing()
    {
        var store = await CreateStoreAsync();
        var sites = Enumerable.Range(1, 98).Select(Site).ToArray();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAsync(Started(resources: sites)));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
    }
}

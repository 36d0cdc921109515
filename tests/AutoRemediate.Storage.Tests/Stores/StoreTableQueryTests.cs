using AutoRemediate.Testing.Azurite;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Tests.Stores;

/// <summary>Queries that read one page ahead: every page in order, and a stream stopped early leaves nothing behind.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StoreTableQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_over_several_pages_returns_every_row_in_key_order()
    {
        var table = await StoreTestTables.NewAsync(azurite);
        await StoreTestTables.FillAsync(table, "p", 2_150);

        var keys = new List<string>();
        await foreach (var entity in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"p"}"), ["N"], default))
        {
            keys.Add(entity.RowKey);
        }

        Assert.Equal(Enumerable.Range(0, 2_150).Select(StoreTestTables.RowKey), keys);
    }

    [Fact]
    public async Task Query_stopped_after_its_first_row_ends_quietly_while_the_next_page_is_read()
    {
        var table = await StoreTestTables.NewAsync(azurite);
        await StoreTestTables.FillAsync(table, "p", 1_100);
        var unobserved = new List<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> collect = (_, e) =>
        {
            lock (unobserved)
            {
                unobserved.Add(e.Exception);
            }
        };
        TaskScheduler.UnobservedTaskException += collect;
        try
        {
            string? first = null;
            await foreach (var entity in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"p"}"), null, default))
            {
                first = entity.RowKey;
                break;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();

            Assert.Equal(StoreTestTables.RowKey(0), first);
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= collect;
        }

        // Other tests run meanwhile; only a failure of this table's query is this test's business.
        Assert.DoesNotContain(unobserved, e => e.ToString().Contains(table.Name, StringComparison.Ordinal));
    }
}

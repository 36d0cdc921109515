using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableUpdateModeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Merge_keeps_properties_not_sent_while_replace_drops_them()
    {
        var table = await azurite.NewTableAsync();
        var etag = await table.AddEntityAsync(StorageTestClients.Entity("p", "r", ("A", 1), ("B", 2)));

        etag = await table.UpdateEntityAsync(StorageTestClients.Entity("p", "r", ("A", 10)), etag, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpdateEntityAsync(StorageTestClients.Entity("p", "r", ("A", 20)), etag, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");

        Assert.Equal((10, 2), (merged!.GetInt32("A"), merged.GetInt32("B")));
        Assert.Equal(20, replaced!.GetInt32("A"));
        Assert.False(replaced.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task Upsert_replace_inserts_then_replaces_whole_entity()
    {
        var table = await azurite.NewTableAsync();

        await table.UpsertEntityAsync(StorageTestClients.Entity("p", "r", ("A", 1), ("B", 2)));
        await table.UpsertEntityAsync(StorageTestClients.Entity("p", "r", ("A", 3)));
        var read = await table.GetEntityAsync("p", "r");

        Assert.Equal(3, read!.GetInt32("A"));
        Assert.False(read.Properties.ContainsKey("B"));
    }

    [Fact]
    public async Task Upsert_merge_inserts_then_merges_into_stored_entity()
    {
        var table = await azurite.NewTableAsync();

        await table.UpsertEntityAsync(StorageTestClients.Entity("p", "r", ("A", 1), ("B", 2)), TableUpdateMode.Merge);
        await table.UpsertEntityAsync(StorageTestClients.Entity("p", "r", ("A", 3)), TableUpdateMode.Merge);
        var read = await table.GetEntityAsync("p", "r");

        Assert.Equal((3, 2), (read!.GetInt32("A"), read.GetInt32("B")));
    }
}

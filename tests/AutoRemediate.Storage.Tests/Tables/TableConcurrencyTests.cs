using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Update_with_stale_etag_throws_precondition_failed()
    {
        var table = await azurite.NewTableAsync();
        var stale = await table.AddEntityAsync(StorageTestClients.Entity("p", "r", ("V", 1)));
        var current = await table.UpdateEntityAsync(StorageTestClients.Entity("p", "r", ("V", 2)), stale);

        var error = await Assert.ThrowsAsync<StoragePreconditionFailedException>(
            () => table.UpdateEntityAsync(StorageTestClients.Entity("p", "r", ("V", 3)), stale));

        Assert.NotEqual(stale, current);
        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains("Table.Update", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task Insert_of_existing_row_throws_conflict()
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(StorageTestClients.Entity("p", "r"));

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => table.AddEntityAsync(StorageTestClients.Entity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
    }

    [Fact]
    public async Task Delete_with_stale_etag_fails_and_with_current_etag_succeeds()
    {
        var table = await azurite.NewTableAsync();
        var stale = await table.AddEntityAsync(StorageTestClients.Entity("p", "r", ("V", 1)));
        var current = await table.UpsertEntityAsync(StorageTestClients.Entity("p", "r", ("V", 2)));

        await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => table.DeleteEntityAsync("p", "r", stale));
        await table.DeleteEntityAsync("p", "r", current);

        Assert.Null(await table.GetEntityAsync("p", "r"));
    }

    [Fact]
    public async Task Update_or_delete_of_missing_entity_throws_not_found()
    {
        var table = await azurite.NewTableAsync();

        var update = await Assert.ThrowsAsync<StorageNotFoundException>(
            () => table.UpdateEntityAsync(StorageTestClients.Entity("p", "gone"), TableClient.AnyETag));
        var delete = await Assert.ThrowsAsync<StorageNotFoundException>(() => table.DeleteEntityAsync("p", "gone"));

        Assert.Equal((404, 404), (update.Status, delete.Status));
        Assert.Equal("ResourceNotFound", delete.ErrorCode);
    }
}

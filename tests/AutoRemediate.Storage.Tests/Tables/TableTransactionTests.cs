using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Pipeline;
using AutoRemediate.Storage.Tests.Infrastructure;
using AutoRemediate.Storage.Tables;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TableTransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Batch_applies_every_operation_and_returns_new_etags()
    {
        var table = await azurite.NewTableAsync();
        var etag = await table.AddEntityAsync(StorageTestClients.Entity("p", "update", ("V", 1), ("Keep", 1)));
        await table.AddEntityAsync(StorageTestClients.Entity("p", "delete"));

        var results = await table.SubmitTransactionAsync(
        [
            Action(TableTransactionActionType.Add, "add"),
            new(TableTransactionActionType.UpdateMerge, StorageTestClients.Entity("p", "update", ("V", 2)), etag),
            Action(TableTransactionActionType.UpsertReplace, "upsert"),
            Action(TableTransactionActionType.Delete, "delete"),
        ]);

        var rows = await table.QueryAsync(new TableQuery()).ToListAsync();
        Assert.Equal(["add", "update", "upsert"], rows.Select(r => r.RowKey).Order());
        Assert.Equal((2, 1), (rows.Single(r => r.RowKey == "update").GetInt32("V"), rows.Single(r => r.RowKey == "update").GetInt32("Keep")));
        Assert.Equal([0, 1, 2, 3], results.Select(r => r.Index));
        Assert.All(results.Take(3), r => Assert.NotNull(r.ETag));
        Assert.Equal(rows.Single(r => r.RowKey == "add").ETag, results[0].ETag);
    }

    [Fact]
    public async Task Batch_with_a_failing_operation_writes_nothing_and_names_the_failing_index()
    {
        var table = await azurite.NewTableAsync();
        await table.AddEntityAsync(StorageTestClients.Entity("p", "existing", ("V", 1)));

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => table.SubmitTransactionAsync(
        [
            Action(TableTransactionActionType.Add, "new1"),
            Action(TableTransactionActionType.UpsertReplace, "new2"),
            Action(TableTransactionActionType.Add, "existing"),
        ]));

        Assert.Equal(2, error.FailedOperationIndex);
        Assert.Equal(409, error.Status);
        var rows = await table.QueryAsync(new TableQuery()).ToListAsync();
        Assert.Equal("existing", Assert.Single(rows).RowKey);
        Assert.Equal(1, rows[0].GetInt32("V"));
    }

    [Fact]
    public async Task Batch_with_stale_etag_throws_precondition_failed_and_writes_nothing()
    {
        var table = await azurite.NewTableAsync();
        var stale = await table.AddEntityAsync(StorageTestClients.Entity("p", "state", ("V", 1)));
        await table.UpsertEntityAsync(StorageTestClients.Entity("p", "state", ("V", 2)));

        var error = await Assert.ThrowsAsync<StoragePreconditionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateReplace, StorageTestClients.Entity("p", "state", ("V", 3)), stale),
            Action(TableTransactionActionType.Add, "h1"),
        ]));

        Assert.Equal(0, error.FailedOperationIndex);
        Assert.Equal("state", Assert.Single(await table.QueryAsync(new TableQuery()).ToListAsync()).RowKey);
    }

    [Fact]
    public async Task Cross_partition_batch_is_rejected_before_sending()
    {
        var counter = new StorageRequestCounter();
        var table = StorageTestClients.Factory(azurite, counter: counter).GetTableClient(azurite.NewTableName());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            Action(TableTransactionActionType.Add, "a"),
            new(TableTransactionActionType.Add, StorageTestClients.Entity("other", "b")),
        ]));

        Assert.Contains("one partition", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Total);
    }

    [Fact]
    public async Task Batch_of_more_than_100_operations_is_rejected_before_sending()
    {
        var counter = new StorageRequestCounter();
        var table = StorageTestClients.Factory(azurite, counter: counter).GetTableClient(azurite.NewTableName());
        var actions = Enumerable.Range(0, 101).Select(i => Action(TableTransactionActionType.Add, $"r{i}")).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions));

        Assert.Contains("101", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Total);
    }

    [Fact]
    public async Task Batch_touching_a_row_twice_is_rejected_before_sending()
    {
        var table = StorageTestClients.Factory(azurite).GetTableClient(azurite.NewTableName());

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [Action(TableTransactionActionType.Add, "a"), Action(TableTransactionActionType.Delete, "a")]));
    }

    private static TableTransactionAction Action(TableTransactionActionType type, string rowKey) =>
        new(type, StorageTestClients.Entity("p", rowKey, ("V", 1)));
}

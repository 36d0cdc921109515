using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// Deletes one instance's partition: history and inbox rows in transactions of up to 100, the state row last, so a
/// purge cut short leaves the state row behind and the next purge finishes the job.
/// </summary>
internal static class InstancePurger
{
    public static async Task<bool> PurgeAsync(TableClient table, TableEntity state, CancellationToken cancellationToken)
    {
        var filter = TableFilter.Create($"PartitionKey eq {state.PartitionKey} and RowKey lt {InstanceKeys.BeforeState}");
        var rows = await table.QueryAsync(new TableQuery(filter, Select: ["RowKey"]), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in rows.Chunk(TableBatchWriter.MaxOperations))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r)).ToList(), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (StorageNotFoundException)
            {
                // A concurrent purge took some rows; finish the rest one by one.
                await DeleteEachAsync(table, chunk, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            await table.DeleteEntityAsync(state.PartitionKey, state.RowKey, state.ETag ?? TableClient.AnyETag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is StorageNotFoundException or StoragePreconditionFailedException)
        {
            return false;
        }
    }

    private static async Task DeleteEachAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (StorageNotFoundException)
            {
                // Already gone: the goal.
            }
        }
    }
}

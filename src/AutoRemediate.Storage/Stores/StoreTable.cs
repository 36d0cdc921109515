using System.Runtime.CompilerServices;
using AutoRemediate.Storage.Configuration;
using AutoRemediate.Storage.Errors;
using Azure;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Stores;

/// <summary>
/// One table of an app store on the Azure Tables SDK: created once on first use, SDK failures surfaced as the typed
/// storage exceptions (<see cref="TableFailures"/>), null properties left out of every write (tables store no nulls,
/// and a merge must keep a column it does not mention), and queries that read one page ahead.
/// </summary>
internal sealed class StoreTable(TableClient client)
{
    /// <summary>The service returns at most this many entities per page.</summary>
    private const int PageSize = 1000;

    private static readonly string[] KeyColumns = ["PartitionKey", "RowKey"];
    private readonly Lock _gate = new();
    private Task? _created;

    public string Name => client.Name;

    /// <summary>A store table of <paramref name="service"/>; throws <see cref="ArgumentException"/> for a name Azure would reject.</summary>
    public static StoreTable Of(TableServiceClient service, string name) =>
        new(service.GetTableClient(StorageResourceNames.ValidateTableName(name)));

    /// <summary>Creates the table once per process; a failed attempt is tried again by the next caller.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                // Not the caller's token: one caller's cancellation must not fail set-up for the others.
                _created = RunAsync(ct => client.CreateIfNotExistsAsync(ct), "Table.Create", Name, CancellationToken.None);
            }

            return _created.WaitAsync(cancellationToken);
        }
    }

    /// <summary>One entity; null when it does not exist.</summary>
    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var response = await RunAsync(
            ct => client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct), "Table.Get", Resource(partitionKey, rowKey), cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Inserts; <see cref="StorageConflictException"/> when the row exists. Returns the new ETag.</summary>
    public async Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        var response = await RunAsync(ct => client.AddEntityAsync(WithoutNulls(entity), ct), "Table.Insert", Resource(entity), cancellationToken).ConfigureAwait(false);
        return ETagOf(response);
    }

    /// <summary>Replaces or merges when the stored ETag still matches; <see cref="StoragePreconditionFailedException"/> when not.</summary>
    public async Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var response = await RunAsync(
            ct => client.UpdateEntityAsync(WithoutNulls(entity), new ETag(ifMatch), mode, ct), mode == TableUpdateMode.Merge ? "Table.Merge" : "Table.Update", Resource(entity), cancellationToken)
            .ConfigureAwait(false);
        return ETagOf(response);
    }

    /// <summary>Deletes the entity whatever its ETag; a missing entity is not an error.</summary>
    public async Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(ct => client.DeleteEntityAsync(partitionKey, rowKey, ETag.All, ct), "Table.Delete", Resource(partitionKey, rowKey), cancellationToken).ConfigureAwait(false);
        }
        catch (StorageNotFoundException)
        {
            // Already gone.
        }
    }

    /// <summary>Inserts, or replaces/merges whatever is stored, unconditionally.</summary>
    public Task UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
        RunAsync(ct => client.UpsertEntityAsync(WithoutNulls(entity), mode, ct), "Table.Upsert", Resource(entity), cancellationToken);

    /// <summary>
    /// Up to 100 operations on one partition, atomically; when one fails nothing is written and the typed exception
    /// carries <see cref="StorageRequestException.FailedOperationIndex"/>.
    /// </summary>
    public Task SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        foreach (var action in actions)
        {
            if (action.Entity is TableEntity entity)
            {
                WithoutNulls(entity);
            }
        }

        return RunAsync(ct => client.SubmitTransactionAsync(actions, ct), "Table.Batch", $"{Name} partition '{actions[0].Entity.PartitionKey}'", cancellationToken);
    }

    /// <summary>
    /// Streams every entity <paramref name="filter"/> matches (build it with <see cref="TableClient.CreateQueryFilter(FormattableString)"/>).
    /// The next page is requested as soon as a page arrives, so the service reads it while this one is consumed: at
    /// most one page ahead. The SDK's pageable asks only when the consumer reaches the end of a page. With
    /// <paramref name="select"/>, the keys are always selected too so every result can be addressed afterwards.
    /// </summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(
        string filter, IReadOnlyList<string>? select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var columns = select is { Count: > 0 } ? select.Union(KeyColumns, StringComparer.Ordinal).ToArray() : null;
        var pages = client.QueryAsync<TableEntity>(filter, PageSize, columns, abandon.Token).AsPages().GetAsyncEnumerator(abandon.Token);
        Task<Page<TableEntity>?>? next = NextPageAsync(pages);
        try
        {
            while (await next.ConfigureAwait(false) is { } page)
            {
                next = NextPageAsync(pages);
                foreach (var entity in page.Values)
                {
                    yield return entity;
                }
            }

            next = null;
        }
        finally
        {
            if (next is not null)
            {
                // The caller stopped early or a page failed: cancel the read-ahead and let it finish before disposal.
                await abandon.CancelAsync().ConfigureAwait(false);
                await ReleaseAsync(next).ConfigureAwait(false);
            }

            await pages.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<Page<TableEntity>?> NextPageAsync(IAsyncEnumerator<Page<TableEntity>> pages)
    {
        try
        {
            return await pages.MoveNextAsync().ConfigureAwait(false) ? pages.Current : null;
        }
        catch (Exception exception) when (TableFailures.IsStorageFailure(exception))
        {
            throw TableFailures.Translate(exception, "Table.Query", Name);
        }
    }

    private static async Task ReleaseAsync(Task<Page<TableEntity>?> readAhead)
    {
        try
        {
            await readAhead.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or StorageRequestException)
        {
            // Nobody wants this page any more; its failure has no one to report to.
        }
    }

    private static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, string operation, string resource, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (TableFailures.IsStorageFailure(exception))
        {
            throw TableFailures.Translate(exception, operation, resource);
        }
    }

    private static TableEntity WithoutNulls(TableEntity entity)
    {
        foreach (var name in entity.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            entity.Remove(name);
        }

        return entity;
    }

    private string ETagOf(Response response) =>
        response.Headers.ETag?.ToString() ?? throw new StorageRequestException($"A write to '{Name}' returned no ETag.", response.Status, null, null);

    private string Resource(TableEntity entity) => Resource(entity.PartitionKey, entity.RowKey);

    private string Resource(string partitionKey, string rowKey) => $"{Name}(PartitionKey='{partitionKey}',RowKey='{rowKey}')";
}

using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>
/// Guardrail rows in one partition of an Azure table: reads are partition queries naming the row keys, writes are
/// one entity-group transaction (insert for new rows, replace with If-Match for existing ones).
/// </summary>
internal sealed class AzureTableGuardrailRowStore(StoreTable table, ILogger logger) : IGuardrailRowStore
{
    /// <summary>Azure allows 15 comparisons per filter; one is the partition.</summary>
    private const int RowsPerQuery = 14;

    public int MaxRowsPerWrite => 100;

    public async Task<IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow>> ReadAsync(IReadOnlyCollection<GuardrailRowKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var byRowKey = keys.Distinct().ToDictionary(GuardrailTableKeys.RowKey, StringComparer.Ordinal);
        var result = new Dictionary<GuardrailRowKey, StoredGuardrailRow>();
        foreach (var chunk in byRowKey.Keys.Chunk(RowsPerQuery))
        {
            var rows = string.Join(" or ", chunk.Select(k => TableClient.CreateQueryFilter($"RowKey eq {k}")));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {GuardrailTableKeys.Partition}") + $" and ({rows})";
            await foreach (var entity in table.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
            {
                var key = byRowKey[entity.RowKey];
                var version = entity.ETag.ToString() is { Length: > 0 } etag ? etag : throw new InvalidOperationException("A guardrail row was read without an ETag.");
                result[key] = new StoredGuardrailRow(GuardrailRowEntity.FromEntity(key, entity), version);
            }
        }

        return result;
    }

    public async Task<bool> TryWriteAsync(IReadOnlyList<GuardrailRowWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count > MaxRowsPerWrite)
        {
            throw new ArgumentException($"{writes.Count} guardrail rows exceed one transaction ({MaxRowsPerWrite}).", nameof(writes));
        }

        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var actions = writes.Select(w => w.IfMatch is null
                ? new TableTransactionAction(TableTransactionActionType.Add, GuardrailRowEntity.ToEntity(w.Key, w.Row))
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, GuardrailRowEntity.ToEntity(w.Key, w.Row), new ETag(w.IfMatch)))
            .ToList();
        try
        {
            await table.SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageRequestException e) when (e is StoragePreconditionFailedException or StorageConflictException)
        {
            GuardrailStoreLog.WriteRaced(logger, e.Status, e.FailedOperationIndex is { } i && i < writes.Count ? writes[i].Key.ToString() : "?");
            return false;
        }
    }
}

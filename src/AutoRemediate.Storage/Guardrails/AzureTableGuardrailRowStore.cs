using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>
/// Guardrail rows in one partition of an Azure table: reads are partition queries naming the row keys, writes are
/// one entity-group transaction (insert for new rows, replace with If-Match for existing ones).
/// </summary>
internal sealed class AzureTableGuardrailRowStore : IGuardrailRowStore
{
    /// <summary>Azure allows 15 comparisons per filter; one is the partition.</summary>
    private const int RowsPerQuery = 14;

    private readonly TableClient _table;
    private readonly ILogger _logger;
    private readonly CreateOnce _created;

    public AzureTableGuardrailRowStore(TableClient table, ILogger logger)
    {
        (_table, _logger) = (table, logger);
        _created = new CreateOnce(async ct => await _table.CreateIfNotExistsAsync(ct).ConfigureAwait(false));
    }

    public int MaxRowsPerWrite => 100;

    public async Task<IReadOnlyDictionary<GuardrailRowKey, StoredGuardrailRow>> ReadAsync(IReadOnlyCollection<GuardrailRowKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var byRowKey = keys.Distinct().ToDictionary(GuardrailTableKeys.RowKey, StringComparer.Ordinal);
        var result = new Dictionary<GuardrailRowKey, StoredGuardrailRow>();
        foreach (var chunk in byRowKey.Keys.Chunk(RowsPerQuery))
        {
            var rows = string.Join(" or ", chunk.Select(k => "RowKey eq " + TableFilter.Quote(k)));
            var query = new TableQuery(TableFilter.Create($"PartitionKey eq {GuardrailTableKeys.Partition}") + $" and ({rows})");
            await foreach (var entity in _table.QueryAsync(query, cancellationToken).ConfigureAwait(false))
            {
                var key = byRowKey[entity.RowKey];
                result[key] = new StoredGuardrailRow(GuardrailRowEntity.FromEntity(key, entity), entity.ETag ?? throw new InvalidOperationException("A guardrail row was read without an ETag."));
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

        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var actions = writes.Select(w => w.IfMatch is null
                ? new TableTransactionAction(TableTransactionActionType.Add, GuardrailRowEntity.ToEntity(w.Key, w.Row))
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, GuardrailRowEntity.ToEntity(w.Key, w.Row), w.IfMatch))
            .ToList();
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageRequestException e) when (e is StoragePreconditionFailedException or StorageConflictException)
        {
            GuardrailStoreLog.WriteRaced(_logger, e.Status, e.FailedOperationIndex is { } i && i < writes.Count ? writes[i].Key.ToString() : "?");
            return false;
        }
    }
}

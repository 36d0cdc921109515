using Azure;
using Azure.Data.Tables;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>
/// One row per message taken off a source queue (PartitionKey <c>{account}:{queue}</c>, RowKey the source message id),
/// written before the message is put anywhere. The source message id survives redelivery, so a message that comes back
/// after a crash finds its row and is never put twice.
/// </summary>
internal sealed class QueueDrainLedger(TableClient table, string partition)
{
    public const string RunIdColumn = "RunId";
    public const string StateColumn = "State";

    public async Task<QueueDrainLedgerState?> GetStateAsync(string messageId, CancellationToken cancellationToken) =>
        await table.GetEntityIfExistsAsync<TableEntity>(partition, messageId, [StateColumn], cancellationToken).ConfigureAwait(false) is { HasValue: true } row
            && Enum.TryParse<QueueDrainLedgerState>(row.Value!.GetString(StateColumn), out var state)
            ? state
            : null;

    /// <summary>Records the intent to move; false when a row already exists (another attempt got there first).</summary>
    public async Task<bool> TryRecordIntentAsync(string messageId, string runId, string bodySha256, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = Row(messageId, QueueDrainLedgerState.Intent, now);
        row[RunIdColumn] = runId;
        row["BodySha256"] = bodySha256;
        try
        {
            await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException conflict) when (conflict.Status == 409)
        {
            return false;
        }
    }

    public Task MarkAsync(string messageId, QueueDrainLedgerState state, DateTimeOffset now, string? destinationMessageId, CancellationToken cancellationToken)
    {
        var row = Row(messageId, state, now);
        if (destinationMessageId is not null)
        {
            row["DestinationMessageId"] = destinationMessageId;
        }

        return table.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>How many messages <paramref name="runId"/> has taken off the queue, whatever became of them.</summary>
    public async Task<int> CountRunAsync(string runId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RunId eq {runId}");
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private TableEntity Row(string messageId, QueueDrainLedgerState state, DateTimeOffset now) => new(partition, messageId)
    {
        [StateColumn] = state.ToString(),
        ["UpdatedAt"] = now,
    };
}

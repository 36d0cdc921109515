using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// Writes a <see cref="TurnCommitPlan"/>. Each transaction is conditional on the state row's ETag, and each early
/// one advances it (an empty merge of the state row), so no row is written once the lease is lost, and rows of an
/// abandoned checkpoint lie only at or beyond the committed history length, where readers ignore them.
/// </summary>
internal sealed class TurnCommitWriter(TableClient table, ILogger logger)
{
    public async Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        var plan = TurnCommitPlan.Create(commit);
        var instanceId = commit.NewState.InstanceId;
        var etag = commit.ExpectedETag;
        try
        {
            foreach (var chunk in plan.EarlyHistory)
            {
                var guard = new TableEntity(plan.State.PartitionKey, plan.State.RowKey);
                var results = await table.SubmitTransactionAsync(
                    [new(TableTransactionActionType.UpdateMerge, guard, etag), .. chunk.Select(Upsert)], cancellationToken).ConfigureAwait(false);
                etag = results[0].ETag ?? throw new StorageRequestException($"Checkpoint of '{instanceId}' got no ETag for its state row.", 202, null, null);
            }

            if (plan.EarlyHistory.Count > 0)
            {
                DurableStoreLog.CommitSplit(logger, instanceId, plan.EarlyHistory.Count);
            }

            await table.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, plan.State, etag),
                    .. plan.InboxDeletes.Select(d => new TableTransactionAction(TableTransactionActionType.Delete, d)),
                    .. plan.FinalHistory.Select(Upsert),
                ],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StoragePreconditionFailedException exception)
        {
            DurableStoreLog.CommitLeaseLost(logger, instanceId, exception.Status, exception.FailedOperationIndex);
            return false;
        }
        catch (StorageNotFoundException exception)
        {
            // The state row vanished (purged) or an inbox row was consumed by a newer lease holder; anything
            // else (an inbox row missing while the lease is still ours) is a caller error worth surfacing.
            if (!await LeaseLostAsync(plan.State, etag, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }

            DurableStoreLog.CommitLeaseLost(logger, instanceId, exception.Status, exception.FailedOperationIndex);
            return false;
        }
    }

    private static TableTransactionAction Upsert(TableEntity row) => new(TableTransactionActionType.UpsertReplace, row);

    private async Task<bool> LeaseLostAsync(TableEntity state, string etag, CancellationToken cancellationToken)
    {
        var current = await table.GetEntityAsync(state.PartitionKey, state.RowKey, cancellationToken).ConfigureAwait(false);
        return current?.ETag != etag;
    }
}

using AutoRemediate.Core.Approvals;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Approvals;

/// <summary>
/// <see cref="IApprovalStore"/> on one table (layout in <see cref="ApprovalRows"/>). A decision is one entity-group
/// transaction — insert the token row, insert the vote row, merge the request row with <c>If-Match</c> — so a reused
/// token (409 on the first operation), a second vote by the same approver (409 on the second) and a concurrent
/// decision (412 on the third) each leave nothing written.
/// </summary>
internal sealed class AzureTableApprovalStore(StoreTable table, TimeProvider time) : IApprovalStore
{
    private readonly StoreTable _table = table;
    private readonly TimeProvider _time = time;

    public async Task<ApprovalRecord> CreateAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var etag = await _table.AddAsync(ApprovalRows.Request(request, ApprovalStatus.Pending, null), cancellationToken).ConfigureAwait(false);
            return new ApprovalRecord(request, ApprovalStatus.Pending, [], null, etag);
        }
        catch (StorageConflictException)
        {
            // Created before (an activity retried, or our own insert's lost response): the stored one stands.
            return await GetAsync(request.RequestId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Approval request '{request.RequestId}' conflicted on insert but cannot be read.");
        }
    }

    public async Task<ApprovalRecord?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        if (!ApprovalIds.IsValid(requestId))
        {
            return null;
        }

        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        TableEntity? request = null;
        var votes = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {requestId}");
        await foreach (var row in _table.QueryAsync(filter, null, cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == ApprovalRows.RequestRow)
            {
                request = row;
            }
            else if (row.RowKey.StartsWith(ApprovalRows.VotePrefix, StringComparison.Ordinal))
            {
                votes.Add(row);
            }
        }

        return request is null ? null : ApprovalRows.ReadRecord(request, votes);
    }

    public async Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {ApprovalRows.RequestRow} and Status eq {nameof(ApprovalStatus.Pending)}");
        var pending = new List<ApprovalRequest>();
        await foreach (var row in _table.QueryAsync(filter, ["Request", "Status"], cancellationToken).ConfigureAwait(false))
        {
            pending.Add(ApprovalRows.ReadRequest(row));
        }

        return [.. pending.OrderBy(r => r.RequestedAt)];
    }

    public async Task<bool> IsTokenUsedAsync(string requestId, string nonce, CancellationToken cancellationToken)
    {
        await _table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await _table.GetAsync(requestId, ApprovalRows.TokenPrefix + nonce, cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task<ApprovalWriteOutcome> RecordVoteAsync(
        ApprovalRecord current, ApprovalVote vote, string nonce, ApprovalStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(vote);
        var id = current.Request.RequestId;
        try
        {
            await _table.SubmitAsync(
                [
                    new(TableTransactionActionType.Add, ApprovalRows.Token(id, nonce, _time.GetUtcNow())),
                    new(TableTransactionActionType.Add, ApprovalRows.Vote(id, vote)),
                    new(TableTransactionActionType.UpdateMerge, ApprovalRows.Status(id, status, status == ApprovalStatus.Pending ? null : vote.At), new ETag(current.Version)),
                ],
                cancellationToken).ConfigureAwait(false);
            return ApprovalWriteOutcome.Written;
        }
        catch (StoragePreconditionFailedException)
        {
            return ApprovalWriteOutcome.Stale;
        }
        catch (StorageConflictException conflict)
        {
            return await ExplainConflictAsync(current, vote, nonce, conflict.FailedOperationIndex, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ApprovalWriteOutcome> UpdateAsync(
        ApprovalRecord current, ApprovalRequest request, ApprovalStatus status, DateTimeOffset? decidedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        try
        {
            await _table.UpdateAsync(ApprovalRows.Request(request, status, decidedAt), current.Version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return ApprovalWriteOutcome.Written;
        }
        catch (StoragePreconditionFailedException)
        {
            return ApprovalWriteOutcome.Stale;
        }
    }

    /// <summary>Which insert conflicted; and whether the "conflict" is our own transaction retried after a lost response.</summary>
    private async Task<ApprovalWriteOutcome> ExplainConflictAsync(ApprovalRecord current, ApprovalVote vote, string nonce, int? failedIndex, CancellationToken cancellationToken)
    {
        var stored = await GetAsync(current.Request.RequestId, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Votes.Contains(vote))
        {
            return ApprovalWriteOutcome.Written;
        }

        return failedIndex switch
        {
            0 => ApprovalWriteOutcome.TokenAlreadyUsed,
            1 => ApprovalWriteOutcome.AlreadyVoted,
            _ => await IsTokenUsedAsync(current.Request.RequestId, nonce, cancellationToken).ConfigureAwait(false)
                ? ApprovalWriteOutcome.TokenAlreadyUsed
                : ApprovalWriteOutcome.AlreadyVoted,
        };
    }
}

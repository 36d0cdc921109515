using System.Globalization;

namespace AutoRemediate.Core.Approvals;

/// <summary>The in-process twin of the table store, with the same version checks; for tests and single-process demos.</summary>
public sealed class InMemoryApprovalStore : IApprovalStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ApprovalRecord> _records = new(StringComparer.Ordinal);
    private readonly HashSet<(string RequestId, string Nonce)> _usedTokens = [];
    private long _version;

    /// <inheritdoc />
    public Task<ApprovalRecord> CreateAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        lock (_gate)
        {
            if (!_records.TryGetValue(request.RequestId, out var record))
            {
                record = new ApprovalRecord(request, ApprovalStatus.Pending, [], null, NextVersion());
                _records.Add(request.RequestId, record);
            }

            return Task.FromResult(record);
        }
    }

    /// <inheritdoc />
    public Task<ApprovalRecord?> GetAsync(string requestId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.GetValueOrDefault(requestId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ApprovalRequest>> ListPendingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ApprovalRequest> pending =
                [.. _records.Values.Where(r => r.Status == ApprovalStatus.Pending).Select(r => r.Request).OrderBy(r => r.RequestedAt)];
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task<bool> IsTokenUsedAsync(string requestId, string nonce, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_usedTokens.Contains((requestId, nonce)));
        }
    }

    /// <inheritdoc />
    public Task<ApprovalWriteOutcome> RecordVoteAsync(ApprovalRecord current, ApprovalVote vote, string nonce, ApprovalStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(vote);
        lock (_gate)
        {
            var id = current.Request.RequestId;
            var stored = _records[id];
            if (_usedTokens.Contains((id, nonce)))
            {
                return Task.FromResult(ApprovalWriteOutcome.TokenAlreadyUsed);
            }

            if (stored.Votes.Any(v => v.PlanHash == vote.PlanHash && ApprovalRules.SameIdentity(v.Approver, vote.Approver)))
            {
                return Task.FromResult(ApprovalWriteOutcome.AlreadyVoted);
            }

            if (stored.Version != current.Version)
            {
                return Task.FromResult(ApprovalWriteOutcome.Stale);
            }

            _usedTokens.Add((id, nonce));
            _records[id] = stored with
            {
                Status = status,
                Votes = [.. stored.Votes, vote],
                DecidedAt = status == ApprovalStatus.Pending ? null : vote.At,
                Version = NextVersion(),
            };
            return Task.FromResult(ApprovalWriteOutcome.Written);
        }
    }

    /// <inheritdoc />
    public Task<ApprovalWriteOutcome> UpdateAsync(ApprovalRecord current, ApprovalRequest request, ApprovalStatus status, DateTimeOffset? decidedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            var stored = _records[current.Request.RequestId];
            if (stored.Version != current.Version)
            {
                return Task.FromResult(ApprovalWriteOutcome.Stale);
            }

            _records[current.Request.RequestId] = stored with { Request = request, Status = status, DecidedAt = decidedAt, Version = NextVersion() };
            return Task.FromResult(ApprovalWriteOutcome.Written);
        }
    }

    private string NextVersion() => (++_version).ToString(CultureInfo.InvariantCulture);
}

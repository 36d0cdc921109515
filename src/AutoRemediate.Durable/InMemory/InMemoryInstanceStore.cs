using System.Globalization;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.InMemory;

/// <summary>
/// A thread-safe, in-process <see cref="IInstanceStore"/> with the same semantics as the Azure Tables one: ETags
/// change on every write of the state row, a commit with a stale ETag writes nothing, history reads stop at
/// <see cref="InstanceState.HistoryLength"/>, and inbox rows are not guarded by the state row's ETag.
/// </summary>
public sealed class InMemoryInstanceStore : IInstanceStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, InMemoryInstanceRecord> instances = new(StringComparer.Ordinal);
    private long etagCounter;

    /// <inheritdoc />
    public Task<InstanceState?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(instances.GetValueOrDefault(instanceId)?.State);
        }
    }

    /// <inheritdoc />
    public Task<(InstanceState State, bool Created)> CreateIfNotExistsAsync(InstanceState initial, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initial);
        lock (gate)
        {
            if (instances.TryGetValue(initial.InstanceId, out var existing))
            {
                return Task.FromResult((existing.State, false));
            }

            var state = initial with { ETag = NextETag() };
            instances.Add(initial.InstanceId, new InMemoryInstanceRecord(state));
            return Task.FromResult((state, true));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<StoredEvent> history = instances.TryGetValue(instanceId, out var record) ? ReadHistory(record) : [];
            return Task.FromResult(history);
        }
    }

    /// <inheritdoc />
    /// <remarks>An existing row with the same id is overwritten (upsert).</remarks>
    public Task AppendInboxAsync(string instanceId, InboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (gate)
        {
            if (!instances.TryGetValue(instanceId, out var record))
            {
                throw new InvalidOperationException($"Instance '{instanceId}' does not exist.");
            }

            record.Inbox[message.Id] = message;
            return Task.CompletedTask;
        }
    }

    /// <inheritdoc />
    public Task<TurnSnapshot?> TryAcquireAsync(string instanceId, string owner, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!instances.TryGetValue(instanceId, out var record)
                || (record.State.LeaseOwner is not null && record.State.LeaseExpiresAt > now))
            {
                return Task.FromResult<TurnSnapshot?>(null);
            }

            record.State = record.State with { LeaseOwner = owner, LeaseExpiresAt = now + leaseDuration, ETag = NextETag() };
            return Task.FromResult<TurnSnapshot?>(new TurnSnapshot(record.State, ReadHistory(record), [.. record.Inbox.Values]));
        }
    }

    /// <inheritdoc />
    public Task<InstanceState?> RenewLeaseAsync(InstanceState leased, DateTimeOffset newExpiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leased);
        lock (gate)
        {
            if (!IsCurrent(leased, out var record))
            {
                return Task.FromResult<InstanceState?>(null);
            }

            record.State = record.State with { LeaseExpiresAt = newExpiry, ETag = NextETag() };
            return Task.FromResult<InstanceState?>(record.State);
        }
    }

    /// <inheritdoc />
    public Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (gate)
        {
            if (!instances.TryGetValue(commit.NewState.InstanceId, out var record) || record.State.ETag != commit.ExpectedETag)
            {
                return Task.FromResult(false);
            }

            var oldLength = record.State.HistoryLength;
            for (var i = 0; i < commit.NewEvents.Count; i++)
            {
                if (commit.NewEvents[i].Sequence != oldLength + i)
                {
                    throw new ArgumentException($"New events must be numbered from {oldLength} consecutively.", nameof(commit));
                }
            }

            if (commit.NewState.HistoryLength != oldLength + commit.NewEvents.Count)
            {
                throw new ArgumentException("NewState.HistoryLength must count the new events.", nameof(commit));
            }

            record.History.RemoveRange(oldLength, record.History.Count - oldLength);
            record.History.AddRange(commit.NewEvents);
            foreach (var id in commit.ConsumedInbox)
            {
                record.Inbox.Remove(id);
            }

            record.State = commit.NewState with { ETag = NextETag() };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(InstanceState leased, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leased);
        lock (gate)
        {
            if (!IsCurrent(leased, out var record))
            {
                return Task.FromResult(false);
            }

            record.State = record.State with { LeaseOwner = null, LeaseExpiresAt = null, ETag = NextETag() };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<InstanceQueryResult> QueryAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        lock (gate)
        {
            var matches = instances.Values
                .Select(r => r.State)
                .Where(s => query.ContinuationToken is null || string.CompareOrdinal(s.InstanceId, query.ContinuationToken) > 0)
                .Where(s => query.RuntimeStatus is null || query.RuntimeStatus.Contains(s.RuntimeStatus))
                .Where(s => query.CreatedFrom is null || s.CreatedAt >= query.CreatedFrom)
                .Where(s => query.CreatedTo is null || s.CreatedAt <= query.CreatedTo)
                .Take(query.PageSize + 1)
                .ToList();
            var page = matches.Take(query.PageSize).ToList();
            var token = matches.Count > query.PageSize ? page[^1].InstanceId : null;
            return Task.FromResult(new InstanceQueryResult(page, token));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<InstanceState>> FindExpiredLeasesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<InstanceState> expired = instances.Values
                .Select(r => r.State)
                .Where(s => !s.IsTerminal && s.LeaseOwner is not null && s.LeaseExpiresAt < now)
                .Take(max)
                .ToList();
            return Task.FromResult(expired);
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var doomed = instances.Values
                .Where(r => r.State.IsTerminal && r.State.CompletedAt < completedBefore)
                .Select(r => r.State.InstanceId)
                .ToList();
            foreach (var id in doomed)
            {
                instances.Remove(id);
            }

            return Task.FromResult(doomed.Count);
        }
    }

    private static List<StoredEvent> ReadHistory(InMemoryInstanceRecord record) =>
        record.History.Where(e => e.Sequence < record.State.HistoryLength).ToList();

    private bool IsCurrent(InstanceState leased, out InMemoryInstanceRecord record) =>
        instances.TryGetValue(leased.InstanceId, out record!)
        && record.State.ETag == leased.ETag
        && record.State.LeaseOwner == leased.LeaseOwner;

    private string NextETag() => (++etagCounter).ToString(CultureInfo.InvariantCulture);
}

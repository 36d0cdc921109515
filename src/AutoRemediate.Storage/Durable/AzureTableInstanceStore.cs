using AutoRemediate.Durable.Store;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// <see cref="IInstanceStore"/> over one Azure table, one partition per instance (layout and races: Durable/README.md).
/// </summary>
internal sealed class AzureTableInstanceStore : IInstanceStore
{
    private readonly TableClient _table;
    private readonly CreateOnce _created;
    private readonly ILogger _logger;

    public AzureTableInstanceStore(TableClient table, ILogger<AzureTableInstanceStore> logger)
    {
        _table = table;
        _logger = logger;
        _created = new CreateOnce(ct => table.CreateIfNotExistsAsync(ct));
    }

    public async Task<InstanceState?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.GetEntityAsync(InstanceKeys.PartitionKey(instanceId), InstanceKeys.StateRowKey, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : InstanceStateEntity.FromEntity(entity);
    }

    public async Task<(InstanceState State, bool Created)> CreateIfNotExistsAsync(InstanceState initial, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initial);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entity = InstanceStateEntity.ToEntity(initial);
        while (true)
        {
            try
            {
                var etag = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return (initial with { ETag = etag }, true);
            }
            catch (StorageConflictException)
            {
                // Also what a retried insert whose first attempt landed looks like: the stored row is then ours.
                if (await GetAsync(initial.InstanceId, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    return (existing, false);
                }
            }
        }
    }

    public async Task<IReadOnlyList<StoredEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var partition = InstanceKeys.PartitionKey(instanceId);
        var filter = TableFilter.Create(
            $"PartitionKey eq {partition} and ((RowKey ge {InstanceKeys.HistoryPrefix} and RowKey lt {InstanceKeys.InboxPrefix}) or RowKey eq {InstanceKeys.StateRowKey})");
        var rows = await _table.QueryAsync(new TableQuery(filter), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        var state = rows.FirstOrDefault(r => r.RowKey == InstanceKeys.StateRowKey);
        return state is null ? [] : CommittedHistory(rows, InstanceStateEntity.FromEntity(state).HistoryLength);
    }

    public async Task AppendInboxAsync(string instanceId, InboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = InstanceRowEntities.Inbox(instanceId, message);
        if (await GetAsync(instanceId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' does not exist; its inbox cannot take message '{message.Id}'.");
        }

        // An upsert, not an insert: redelivering the same message id (a retried raise) stays idempotent.
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TurnSnapshot?> TryAcquireAsync(string instanceId, string owner, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var state = await GetAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }

        if (state.LeaseOwner is not null && state.LeaseOwner != owner && state.LeaseExpiresAt > now)
        {
            DurableStoreLog.AcquireRefused(_logger, instanceId, owner);
            return null;
        }

        var expiry = now + leaseDuration;
        var etag = await TryMergeLeaseAsync(instanceId, owner, expiry, state.ETag!, cancellationToken).ConfigureAwait(false);
        if (etag is null)
        {
            DurableStoreLog.AcquireRefused(_logger, instanceId, owner);
            return null;
        }

        var leased = state with { LeaseOwner = owner, LeaseExpiresAt = expiry, ETag = etag };
        var filter = TableFilter.Create($"PartitionKey eq {InstanceKeys.PartitionKey(instanceId)} and RowKey lt {InstanceKeys.BeforeState}");
        var rows = await _table.QueryAsync(new TableQuery(filter), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        var inbox = rows.Where(r => InstanceKeys.IsInbox(r.RowKey)).Select(InstanceRowEntities.ToInbox).ToList();
        return new TurnSnapshot(leased, CommittedHistory(rows, leased.HistoryLength), inbox);
    }

    public async Task<InstanceState?> RenewLeaseAsync(InstanceState leased, DateTimeOffset newExpiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leased);
        var etag = await TryMergeLeaseAsync(leased.InstanceId, leased.LeaseOwner, newExpiry, RequireETag(leased), cancellationToken).ConfigureAwait(false);
        return etag is null ? null : leased with { LeaseExpiresAt = newExpiry, ETag = etag };
    }

    public async Task<bool> ReleaseAsync(InstanceState leased, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leased);
        return await TryMergeLeaseAsync(leased.InstanceId, null, null, RequireETag(leased), cancellationToken).ConfigureAwait(false) is not null;
    }

    public Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken) =>
        new TurnCommitWriter(_table, _logger).CommitAsync(commit, cancellationToken);

    public async Task<InstanceQueryResult> QueryAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.PageSize);
        if (query.RuntimeStatus is { Count: 0 })
        {
            return new InstanceQueryResult([], null);
        }

        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var instances = new List<InstanceState>();
        var token = query.ContinuationToken;
        do
        {
            var page = await _table.QueryPageAsync(
                new TableQuery(InstanceFilters.Query(query), Top: query.PageSize - instances.Count), token, cancellationToken).ConfigureAwait(false);
            instances.AddRange(page.Entities.Select(InstanceStateEntity.FromEntity));
            token = page.ContinuationToken;
        }
        while (token is not null && instances.Count < query.PageSize);

        return new InstanceQueryResult(instances, token);
    }

    public async Task<IReadOnlyList<InstanceState>> FindExpiredLeasesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<InstanceState>();
        await foreach (var entity in _table.QueryAsync(new TableQuery(InstanceFilters.ExpiredLeases(now)), cancellationToken).ConfigureAwait(false))
        {
            var state = InstanceStateEntity.FromEntity(entity);
            if (!state.IsTerminal && state.LeaseOwner is not null && state.LeaseExpiresAt < now)
            {
                found.Add(state);
                if (found.Count == max)
                {
                    break;
                }
            }
        }

        return found;
    }

    public async Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var purged = 0;
        var candidates = await _table.QueryAsync(new TableQuery(InstanceFilters.Purgeable(completedBefore), Select: ["InstanceId"]), cancellationToken)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var state in candidates)
        {
            if (await InstancePurger.PurgeAsync(_table, state, cancellationToken).ConfigureAwait(false))
            {
                purged++;
            }
        }

        DurableStoreLog.Purged(_logger, purged, completedBefore);
        return purged;
    }

    private async Task<string?> TryMergeLeaseAsync(string instanceId, string? owner, DateTimeOffset? expiry, string etag, CancellationToken cancellationToken)
    {
        try
        {
            return await _table.UpdateEntityAsync(InstanceStateEntity.LeaseEntity(instanceId, owner, expiry), etag, TableUpdateMode.Merge, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is StoragePreconditionFailedException or StorageNotFoundException)
        {
            return null;
        }
    }

    private static List<StoredEvent> CommittedHistory(IEnumerable<TableEntity> rows, int historyLength) =>
        rows.Where(r => InstanceKeys.IsHistory(r.RowKey))
            .Select(InstanceRowEntities.ToEvent)
            .Where(e => e.Sequence < historyLength)
            .OrderBy(e => e.Sequence)
            .ToList();

    private static string RequireETag(InstanceState leased) =>
        leased.ETag ?? throw new ArgumentException($"Instance '{leased.InstanceId}' state has no ETag; pass the state the store returned.", nameof(leased));
}

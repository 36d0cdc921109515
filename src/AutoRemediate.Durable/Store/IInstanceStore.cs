namespace AutoRemediate.Durable.Store;

/// <summary>
/// The port through which the engine keeps instance state, history and inboxes. Implemented over Azure Tables
/// (one partition per instance) and in memory; both pass the same contract tests.
/// </summary>
public interface IInstanceStore
{
    Task<InstanceState?> GetAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Creates the state row unless one exists; returns the row that is stored and whether this call made it.</summary>
    Task<(InstanceState State, bool Created)> CreateIfNotExistsAsync(InstanceState initial, CancellationToken cancellationToken);

    /// <summary>The committed history (the first <see cref="InstanceState.HistoryLength"/> events), in order.</summary>
    Task<IReadOnlyList<StoredEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Adds a message to the instance's inbox; the instance must exist.</summary>
    Task AppendInboxAsync(string instanceId, InboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lease when it is free or expired at <paramref name="now"/> and reads the instance; null when the
    /// instance does not exist or another owner holds a live lease.
    /// </summary>
    Task<TurnSnapshot?> TryAcquireAsync(string instanceId, string owner, DateTimeOffset now, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Extends a held lease; returns the updated state (new ETag), or null when the lease was lost.</summary>
    Task<InstanceState?> RenewLeaseAsync(InstanceState leased, DateTimeOffset newExpiry, CancellationToken cancellationToken);

    /// <summary>Commits a turn atomically; false when the ETag no longer matches (the lease was lost) and nothing was written.</summary>
    Task<bool> CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>Gives up a held lease without other changes; false when it was already lost.</summary>
    Task<bool> ReleaseAsync(InstanceState leased, CancellationToken cancellationToken);

    Task<InstanceQueryResult> QueryAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>Unfinished instances whose lease owner is set but whose lease expired before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<InstanceState>> FindExpiredLeasesAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Deletes terminal instances (state, history, inbox) completed before <paramref name="completedBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken);
}

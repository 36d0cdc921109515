namespace AutoRemediate.Core.Toil;

/// <summary>
/// The toil ledger: one row per alert occurrence, plus the manual toil log. Rows are keyed by their day and a
/// deterministic id, so a retried write replaces the same row instead of adding another.
/// </summary>
public interface IToilLedger
{
    /// <summary>Writes (or rewrites, keeping a recorded <see cref="ToilOccurrence.ResolvedAt"/>) the occurrence's row.</summary>
    Task RecordAsync(ToilOccurrence occurrence, CancellationToken cancellationToken);

    /// <summary>Adds the resolution time to an occurrence's row; false when no such row exists.</summary>
    Task<bool> MarkResolvedAsync(string occurrenceId, DateTimeOffset occurredAt, DateTimeOffset resolvedAt, CancellationToken cancellationToken);

    /// <summary>Streams the occurrences received in [<paramref name="from"/>, <paramref name="to"/>), day by day.</summary>
    IAsyncEnumerable<ToilOccurrence> ReadOccurrencesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Stores a manual toil log entry.</summary>
    Task AddManualAsync(ManualToilEntry entry, CancellationToken cancellationToken);

    /// <summary>Streams the manual entries done in [<paramref name="from"/>, <paramref name="to"/>), oldest day first.</summary>
    IAsyncEnumerable<ManualToilEntry> ReadManualAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}

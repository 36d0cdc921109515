namespace AutoRemediate.Core.Toil;

/// <summary>
/// The toil ledger's day rollups: per UTC day, the sums a report needs (<see cref="ToilRollup"/>), kept up to date as
/// ledger rows land, so a report reads one rollup per day instead of every row. The convergence argument is in docs/toil.md.
/// </summary>
public interface IToilRollups
{
    /// <summary>The day's rollup; rolled up from the day's ledger rows (and stored) first when it is missing or stale.</summary>
    Task<ToilRollup> ReadDayAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Rolls the day up again from its ledger rows and stores it, replacing the stored rollup (done when a day closes).</summary>
    Task<ToilRollup> RerollDayAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>The day's rollup exactly as stored, without rolling anything up; null when none is stored.</summary>
    Task<ToilRollup?> ReadStoredDayAsync(DateOnly day, CancellationToken cancellationToken);
}

using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// Compares a day's stored rollup with a fresh roll-up of the day's ledger rows (<c>toil verify --day</c>). Nothing is
/// written: a difference is reported, and the closing re-roll (or <c>toil report day-…</c>) repairs it. A day still
/// taking writes can differ for the moment between the two reads; verify a day that has closed.
/// </summary>
internal sealed class ToilDayVerifier(IToilLedger ledger, IToilRollups rollups)
{
    /// <summary>How many ledger rows the day has and what differs (empty when the rollup agrees); a missing rollup of a day with rows differs.</summary>
    public async Task<(int Rows, IReadOnlyList<string> Differences)> VerifyAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var stored = await rollups.ReadStoredDayAsync(day, cancellationToken);
        var window = ToilWindow.Day(day);
        var recomputed = new ToilRollup();
        await foreach (var occurrence in ledger.ReadOccurrencesAsync(window.Start, window.End, cancellationToken))
        {
            recomputed.Add(occurrence);
        }

        if (stored is null)
        {
            return (recomputed.Rows, recomputed.Rows == 0 ? [] : [$"no rollup is stored for a day with {recomputed.Rows} ledger rows"]);
        }

        return (recomputed.Rows, stored.DifferencesFrom(recomputed));
    }
}

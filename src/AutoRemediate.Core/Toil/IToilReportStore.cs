namespace AutoRemediate.Core.Toil;

/// <summary>
/// Stored toil reports, one per window (saving a window's report again replaces it), and the per-window claims that
/// make several hosts firing the same timer compute it once.
/// </summary>
public interface IToilReportStore
{
    /// <summary>Stores the report, replacing any earlier one of its window.</summary>
    Task SaveAsync(ToilReport report, CancellationToken cancellationToken);

    /// <summary>The window's report; null when none was computed.</summary>
    Task<ToilReport?> GetAsync(string windowId, CancellationToken cancellationToken);

    /// <summary>Every stored report's headline, newest window first (by start; windows starting together by kind: day, week, 30 days).</summary>
    Task<IReadOnlyList<ToilReportHeadline>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims the window for <paramref name="owner"/> for <paramref name="duration"/>. Null when another host holds a
    /// live claim, or (unless <paramref name="rerun"/>) when the window's report was already completed.
    /// </summary>
    Task<ToilWindowClaim?> TryClaimAsync(string windowId, string owner, DateTimeOffset now, TimeSpan duration, bool rerun, CancellationToken cancellationToken);

    /// <summary>Marks the claimed window done, so later timer firings skip it; false when the claim was lost meanwhile.</summary>
    Task<bool> CompleteAsync(ToilWindowClaim claim, DateTimeOffset now, CancellationToken cancellationToken);
}

using AutoRemediate.Core.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// Computes one window's report once across hosts: claim the window, re-roll a day window's day from its ledger rows
/// (the closing re-roll: it absorbs anything the rollup missed), sum the window's day rollups and manual log through
/// <see cref="ToilReportBuilder"/>, store the snapshot (replacing an earlier one), post the Teams summary, mark the
/// window done. A host that loses the claim does nothing; a host that dies leaves the claim to expire.
/// </summary>
internal sealed class ToilReportRunner(
    IToilLedger ledger,
    IToilRollups rollups,
    IToilReportStore reports,
    ToilSummaryPoster summaries,
    IOptions<ToilOptions> options,
    TimeProvider time,
    ILogger<ToilReportRunner> logger)
{
    private readonly string owner = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Runs the window; <paramref name="rerun"/> recomputes a window already done (the snapshot is replaced).</summary>
    public async Task<ToilRunResult> RunAsync(ToilWindow window, bool rerun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var settings = options.Value;
        var claim = await reports.TryClaimAsync(window.Id, owner, time.GetUtcNow(), settings.ClaimDuration, rerun, cancellationToken);
        if (claim is null)
        {
            logger.ToilWindowSkipped(window.Id);
            return new ToilRunResult(window.Id, null);
        }

        if (window.Kind == ToilWindowKind.Day)
        {
            await rollups.RerollDayAsync(DateOnly.FromDateTime(window.Start.UtcDateTime), cancellationToken);
        }

        var report = await ToilReportBuilder.ComputeFromRollupsAsync(rollups, ledger, window, settings.ToReportSettings(), time.GetUtcNow(), cancellationToken);
        await reports.SaveAsync(report, cancellationToken);
        logger.ToilReportGenerated(window.Id, report.Occurrences.Total, report.HoursAvoided, report.HoursRemaining.Total);
        await summaries.PostAsync(report, cancellationToken);
        if (!await reports.CompleteAsync(claim, time.GetUtcNow(), cancellationToken))
        {
            logger.ToilClaimLost(window.Id);
        }

        return new ToilRunResult(window.Id, report);
    }
}

using AutoRemediate.Core.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// A window's report as the ledger's day rollups have it now, computed and not stored: <c>toil report --preview</c>
/// and the dashboard's "today so far" (today's rollup) both come from here, the same computation as the stored reports.
/// </summary>
internal sealed class ToilPreview(IToilLedger ledger, IToilRollups rollups, IOptions<ToilOptions> options, TimeProvider time)
{
    public Task<ToilReport> ComputeAsync(ToilWindow window, CancellationToken cancellationToken) =>
        ToilReportBuilder.ComputeFromRollupsAsync(rollups, ledger, window, options.Value.ToReportSettings(), time.GetUtcNow(), cancellationToken);

    /// <summary>Today (UTC) so far.</summary>
    public Task<ToilReport> TodayAsync(CancellationToken cancellationToken) =>
        ComputeAsync(ToilWindow.Day(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken);
}

using AutoRemediate.Core.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// A window's report as the ledger has it now, computed and not stored: <c>toil report --preview</c> and the
/// dashboard's "today so far" both come from here, so they always agree with the report stored when the window ends.
/// </summary>
internal sealed class ToilPreview(IToilLedger ledger, IOptions<ToilOptions> options, TimeProvider time)
{
    public Task<ToilReport> ComputeAsync(ToilWindow window, CancellationToken cancellationToken) =>
        ToilReportBuilder.ComputeAsync(ledger, window, options.Value.ToReportSettings(), time.GetUtcNow(), cancellationToken);

    /// <summary>Today (UTC) so far.</summary>
    public Task<ToilReport> TodayAsync(CancellationToken cancellationToken) =>
        ComputeAsync(ToilWindow.Day(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken);
}

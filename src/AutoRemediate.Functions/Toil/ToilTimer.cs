using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// One firing of a toil timer (the ToilDailyReport / ToilWeeklyReport functions, or the self-hosted scheduler): the
/// last complete window of its kind before now, computed once across hosts.
/// </summary>
internal sealed class ToilTimer(ToilReportRunner runner, TimeProvider time)
{
    public Task<ToilRunResult> FireAsync(ToilWindowKind kind, CancellationToken cancellationToken) =>
        runner.RunAsync(ToilWindow.LastCompleteBefore(kind, time.GetUtcNow()), rerun: false, cancellationToken);
}

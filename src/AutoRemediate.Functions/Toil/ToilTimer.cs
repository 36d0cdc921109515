using AutoRemediate.Core.Toil;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// One firing of a toil timer (the ToilDailyReport / ToilWeeklyReport functions, or the self-hosted scheduler): the
/// last complete window of its kind before now, computed once across hosts. The daily firing also computes the 30
/// days ending with that day, so the dashboard's default view is never older than a day.
/// </summary>
internal sealed class ToilTimer(ToilReportRunner runner, TimeProvider time)
{
    public async Task<IReadOnlyList<ToilRunResult>> FireAsync(ToilWindowKind kind, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        ToilWindowKind[] kinds = kind == ToilWindowKind.Day ? [ToilWindowKind.Day, ToilWindowKind.ThirtyDays] : [kind];
        var results = new List<ToilRunResult>(kinds.Length);
        foreach (var window in kinds.Select(k => ToilWindow.LastCompleteBefore(k, now)))
        {
            results.Add(await runner.RunAsync(window, rerun: false, cancellationToken));
        }

        return results;
    }
}

using AutoRemediate.Core.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>
/// The self-hosted stand-in for the ToilDailyReport and ToilWeeklyReport timers: fires on their cron schedules and,
/// once at start, for the last complete windows (a host that was down at the tick catches up; a window already done
/// is skipped through its claim, so restarts never duplicate a report).
/// </summary>
internal sealed class ToilReportScheduler(IServiceProvider services, IOptions<ToilOptions> options, TimeProvider time, ILogger<ToilReportScheduler> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        RunScheduleAsync(ToilWindowKind.Day, CronSchedule.Parse(options.Value.DailySchedule), stoppingToken),
        RunScheduleAsync(ToilWindowKind.Week, CronSchedule.Parse(options.Value.WeeklySchedule), stoppingToken));

    private async Task RunScheduleAsync(ToilWindowKind kind, CronSchedule schedule, CancellationToken stoppingToken)
    {
        if (options.Value.CatchUpOnStart)
        {
            await FireAsync(kind, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested && schedule.Next(time.GetUtcNow()) is { } next)
        {
            try
            {
                await Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await FireAsync(kind, stoppingToken);
        }
    }

    private async Task FireAsync(ToilWindowKind kind, CancellationToken stoppingToken)
    {
        try
        {
            // Transient: the runner wraps the typed Teams HttpClient.
            await services.GetRequiredService<ToilTimer>().FireAsync(kind, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed run leaves its claim to expire and is retried at the next tick; it must never stop the host.
            logger.ToilRunFailed(kind.ToString(), exception);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

using System.Globalization;
using AutoRemediate.Functions.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Audit;

/// <summary>
/// The self-hosted daily audit verification: on <c>Audit:Verify:Schedule</c> verifies every chain begun the previous
/// UTC day (<see cref="AuditDayVerifier"/> logs an error event for each problem). Several hosts may each run it: it
/// only reads.
/// </summary>
internal sealed class AuditVerifyScheduler(AuditDayVerifier verifier, IOptions<AuditVerifyOptions> options, TimeProvider time, ILogger<AuditVerifyScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronSchedule.Parse(options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested && schedule.Next(time.GetUtcNow()) is { } next)
        {
            try
            {
                var wait = next - time.GetUtcNow();
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await FireAsync(stoppingToken);
        }
    }

    /// <summary>One firing: verifies yesterday; a failure to run is logged and retried at the next tick, never stops the host.</summary>
    public async Task FireAsync(CancellationToken stoppingToken)
    {
        var day = verifier.Yesterday;
        try
        {
            await verifier.VerifyAsync(day, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.AuditVerifyFailed(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), exception);
        }
    }
}

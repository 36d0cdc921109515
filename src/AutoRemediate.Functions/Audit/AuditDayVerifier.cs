using System.Globalization;
using AutoRemediate.Core.Audit;

namespace AutoRemediate.Functions.Audit;

/// <summary>
/// Verifies every chain begun on a day and logs the outcome: one error event per problem (and a summary error) when
/// any chain fails, an information event otherwise. Shared by the daily timer and the <c>audit verify</c> command.
/// </summary>
internal sealed class AuditDayVerifier(IAuditLog audit, TimeProvider time, ILogger<AuditDayVerifier> logger)
{
    /// <summary>The day before today (UTC): the last day whose chains have all begun.</summary>
    public DateOnly Yesterday => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);

    public async Task<AuditDayReport> VerifyAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var report = await audit.VerifyDayAsync(day, cancellationToken);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (report.IsIntact)
        {
            logger.AuditDayIntact(dayText, report.Chains.Count, report.Unkeyed.Count);
            return report;
        }

        foreach (var chain in report.Failed)
        {
            foreach (var problem in chain.Problems)
            {
                logger.AuditChainProblem(chain.RemediationId, dayText, problem.Kind.ToString(), problem.Description);
            }
        }

        logger.AuditDayFailed(dayText, report.Failed.Count, report.Chains.Count);
        return report;
    }
}

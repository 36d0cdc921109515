using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Runbooks.Actions;

/// <summary>
/// Runs one Azure change inside an activity and turns its outcome into an <see cref="AzureStepResult"/>: Azure's
/// refusals become data the runbook audits and decides on, instead of an exception the orchestration cannot read.
/// </summary>
internal static class AzureCall
{
    public static async Task<AzureStepResult> RunAsync(
        TimeProvider time, ILogger logger, string remediationId, AzureDryRunSession? session, Func<Task<AzureActionResult>> call)
    {
        var started = time.GetTimestamp();
        try
        {
            var result = await call();
            var elapsed = time.GetElapsedTime(started);
            logger.RunbookChangeDone(remediationId, $"{result.Request.Method} {result.Request.Uri.AbsolutePath}", (long)elapsed.TotalMilliseconds, result.RequestIds.RequestId, result.DryRun);
            return new AzureStepResult(
                true,
                $"{result.Request.Method} {result.Request.Uri.AbsolutePath}",
                elapsed,
                result.RequestIds.RequestId,
                result.RequestIds.CorrelationRequestId,
                result.OperationStatus,
                session is null ? [] : [.. session.PlannedRequests.Select(r => r.ToString())]);
        }
        catch (AzureRequestException failure)
        {
            var code = failure.ErrorCode is null ? string.Empty : $" {failure.ErrorCode}";
            var error = $"{failure.Status}{code}: {failure.ServiceMessage ?? failure.Message}";
            var elapsed = time.GetElapsedTime(started);
            logger.RunbookChangeRefused(remediationId, (long)elapsed.TotalMilliseconds, failure.RequestIds.RequestId, error);
            return new AzureStepResult(
                false,
                failure.GetType().Name,
                elapsed,
                failure.RequestIds.RequestId,
                failure.RequestIds.CorrelationRequestId,
                null,
                [],
                error,
                (failure as AzureThrottledException)?.RetryAfter);
        }
    }
}

using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Runbooks.Actions;

/// <summary>
/// Runs one Azure change inside an activity and turns its outcome into an <see cref="AzureStepResult"/>: Azure's
/// refusals become data the runbook audits and decides on, instead of an exception the orchestration cannot read.
/// </summary>
internal static class AzureCall
{
    public static async Task<AzureStepResult> RunAsync(TimeProvider time, AzureDryRunSession? session, Func<Task<AzureActionResult>> call)
    {
        var started = time.GetTimestamp();
        try
        {
            var result = await call();
            return new AzureStepResult(
                true,
                $"{result.Request.Method} {result.Request.Uri.AbsolutePath}",
                time.GetElapsedTime(started),
                result.RequestIds.RequestId,
                result.RequestIds.CorrelationRequestId,
                result.OperationStatus,
                session is null ? [] : [.. session.PlannedRequests.Select(r => r.ToString())]);
        }
        catch (AzureRequestException failure)
        {
            var code = failure.ErrorCode is null ? string.Empty : $" {failure.ErrorCode}";
            return new AzureStepResult(
                false,
                failure.GetType().Name,
                time.GetElapsedTime(started),
                failure.RequestIds.RequestId,
                failure.RequestIds.CorrelationRequestId,
                null,
                [],
                $"{failure.Status}{code}: {failure.ServiceMessage ?? failure.Message}",
                (failure as AzureThrottledException)?.RetryAfter);
        }
    }
}

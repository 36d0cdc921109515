using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// Sends the REST clients' requests (where no SDK is served) through <see cref="AzurePipelines"/>: reads always;
/// changes too, which a dry-run session's <see cref="ChangePolicy"/> answers without sending.
/// </summary>
internal sealed class AzureRestClient(AzurePipelines pipelines, AzureRequestSender sender, OperationPoller poller, ILogger logger)
{
    /// <summary>Sends a request that changes nothing (GET, or a query POST on a pipeline without dry run) and returns the answer.</summary>
    public Task<ArmResponse> ReadAsync(ArmRequest request, CancellationToken cancellationToken) => sender.SendAsync(request, cancellationToken);

    /// <summary>Sends a change; with <paramref name="waitForCompletion"/>, follows its long-running operation to the end.</summary>
    public async Task<AzureActionResult> ChangeAsync(ArmRequest request, bool waitForCompletion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (pipelines.DryRun)
        {
            return new AzureActionResult(request, 0, AzureRequestIds.None, DryRun: true);
        }

        Logs.ChangeAccepted(logger, request.Method, request.Uri.AbsolutePath, response.Status, response.RequestIds.RequestId, response.RequestIds.CorrelationRequestId);
        if (response.RateLimitRemaining is < 50)
        {
            Logs.RateLimitLow(logger, response.RateLimitRemaining.Value, request.Uri.AbsolutePath);
        }

        return waitForCompletion
            ? await poller.CompleteAsync(request, response, cancellationToken).ConfigureAwait(false)
            : new AzureActionResult(request, response.Status, response.RequestIds, DryRun: false) { RateLimitRemaining = response.RateLimitRemaining };
    }
}

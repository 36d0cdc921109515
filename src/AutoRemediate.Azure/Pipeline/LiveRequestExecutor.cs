using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>Sends every request to Azure.</summary>
internal sealed class LiveRequestExecutor(AzureRequestSender sender, OperationPoller poller, ILogger logger) : IAzureRequestExecutor
{
    public Task<ArmResponse> ReadAsync(ArmRequest request, CancellationToken cancellationToken) => sender.SendAsync(request, cancellationToken);

    public async Task<AzureActionResult> ChangeAsync(ArmRequest request, bool waitForCompletion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await sender.SendAsync(request, cancellationToken).ConfigureAwait(false);
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

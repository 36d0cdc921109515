using System.Text.Json;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// Follows ARM long-running operations to their end: the <c>Azure-AsyncOperation</c> status resource until
/// Succeeded, Failed or Canceled, or else a 202's <c>Location</c> until it stops answering 202; Retry-After sets the
/// wait between polls, and <see cref="AzureActuatorOptions.OperationTimeout"/> bounds the whole.
/// </summary>
internal sealed class OperationPoller(AzureRequestSender sender, AzureActuatorOptions options, TimeProvider timeProvider, ILogger logger)
{
    public async Task<AzureActionResult> CompleteAsync(ArmRequest request, ArmResponse initial, CancellationToken cancellationToken)
    {
        var result = new AzureActionResult(request, initial.Status, initial.RequestIds, DryRun: false) { RateLimitRemaining = initial.RateLimitRemaining };
        if (initial.AsyncOperation is { } statusUri)
        {
            return await PollAsync(request, statusUri, initial.RetryAfter, useLocation: false, result, cancellationToken).ConfigureAwait(false);
        }

        return initial.Status == 202 && initial.Location is { } location
            ? await PollAsync(request, location, initial.RetryAfter, useLocation: true, result, cancellationToken).ConfigureAwait(false)
            : result;
    }

    private async Task<AzureActionResult> PollAsync(
        ArmRequest request, Uri pollUri, TimeSpan? retryAfter, bool useLocation, AzureActionResult result, CancellationToken cancellationToken)
    {
        if (!string.Equals(pollUri.Authority, request.Uri.Authority, StringComparison.OrdinalIgnoreCase) || pollUri.Scheme != Uri.UriSchemeHttps)
        {
            // The pipeline attaches a bearer token: never follow an operation URL to another host.
            throw new AzureRequestException(
                $"{request.Method} {request.Uri.AbsolutePath} returned an operation URL on another host ({pollUri.Authority}); not polled.",
                result.Status, null, null, result.RequestIds);
        }

        var deadline = timeProvider.GetUtcNow() + options.OperationTimeout;
        var polls = new List<AzureRequestIds>();
        var poll = new ArmRequest("GET", pollUri, null, request.Audience);
        while (true)
        {
            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new AzureOperationTimeoutException(
                    $"{request.Method} {request.Uri.AbsolutePath} was still running after {options.OperationTimeout} ({polls.Count} polls); it may still complete.",
                    result.Status, "OperationTimeout", null, result.RequestIds, pollUri);
            }

            var delay = retryAfter ?? options.OperationPollInterval;
            await Task.Delay(delay < remaining ? delay : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
            var response = await SendPollAsync(request, poll, useLocation, cancellationToken).ConfigureAwait(false);
            polls.Add(response.RequestIds);
            retryAfter = response.RetryAfter;
            var status = useLocation ? LocationStatus(response) : AsyncOperationStatus(request, response);
            Logs.OperationPolled(logger, request.Method, request.Uri.AbsolutePath, status, polls.Count);
            if (status is not null)
            {
                return result with { PollRequestIds = polls, OperationStatus = status };
            }
        }
    }

    private async Task<ArmResponse> SendPollAsync(ArmRequest request, ArmRequest poll, bool useLocation, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(poll, cancellationToken).ConfigureAwait(false);
        }
        catch (AzureRequestException exception) when (useLocation && exception is not AzureThrottledException && exception.Status >= 400)
        {
            // For Location polling, the error status is the operation's outcome.
            throw new AzureOperationFailedException(
                $"{request.Method} {request.Uri.AbsolutePath} failed: {exception.ErrorCode}: {exception.ServiceMessage} (request id {exception.RequestIds.RequestId ?? "none"})",
                exception.Status, exception.ErrorCode, exception.ServiceMessage, exception.RequestIds, "Failed");
        }
    }

    private static string? LocationStatus(ArmResponse response) => response.Status == 202 ? null : "Succeeded";

    private static string? AsyncOperationStatus(ArmRequest request, ArmResponse response)
    {
        var body = response.Json();
        var status = body.TryGetProperty("status", out var value) ? value.GetString() : null;
        if (string.Equals(status, "Succeeded", StringComparison.OrdinalIgnoreCase))
        {
            return "Succeeded";
        }

        if (string.Equals(status, "Failed", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "Canceled", StringComparison.OrdinalIgnoreCase))
        {
            var error = body.TryGetProperty("error", out var e) ? e : default;
            throw AzureErrorFactory.OperationFailed(request, status!, error.ValueKind == JsonValueKind.Undefined ? default : error, response.RequestIds);
        }

        return null;
    }
}

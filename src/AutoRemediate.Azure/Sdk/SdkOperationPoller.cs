using System.Text.Json;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;
using Azure;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Sdk;

/// <summary>
/// Follows an SDK long-running operation with <see cref="Operation.UpdateStatusAsync"/>, waiting between polls on the
/// injected <see cref="TimeProvider"/>: what Retry-After says, else <see cref="AzureActuatorOptions.OperationPollInterval"/>,
/// and no longer in all than <see cref="AzureActuatorOptions.OperationTimeout"/>.
/// </summary>
/// <remarks>
/// The SDK's own <c>WaitUntil.Completed</c> sleeps on the wall clock with its own interval and no overall bound; an
/// activity needs the configured timeout (then <see cref="AzureOperationTimeoutException"/> with the status URL, so a
/// later step can look again) and tests need the fake clock.
/// </remarks>
internal sealed class SdkOperationPoller(AzureActuatorOptions options, TimeProvider timeProvider, ILogger logger)
{
    public async Task<AzureActionResult> CompleteAsync(
        ArmRequest request, Operation operation, Response initial, AzureActionResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operation);
        var asyncOperation = ResponseHeaderValues.AbsoluteUri(initial, "Azure-AsyncOperation", request.Uri);
        var statusUri = asyncOperation ?? ResponseHeaderValues.AbsoluteUri(initial, "Location", request.Uri);
        if (operation.HasCompleted || statusUri is null)
        {
            return result;
        }

        if (!string.Equals(statusUri.Authority, request.Uri.Authority, StringComparison.OrdinalIgnoreCase) || statusUri.Scheme != Uri.UriSchemeHttps)
        {
            // The pipeline attaches a bearer token: never follow an operation URL to another host.
            throw new AzureRequestException(
                $"{Describe(request)} returned an operation URL on another host ({statusUri.Authority}); not polled.", result.Status, null, null, result.RequestIds);
        }

        var deadline = timeProvider.GetUtcNow() + options.OperationTimeout;
        var retryAfter = ResponseHeaderValues.RetryAfter(initial, timeProvider.GetUtcNow());
        var polls = new List<AzureRequestIds>();
        while (!operation.HasCompleted)
        {
            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new AzureOperationTimeoutException(
                    $"{Describe(request)} was still running after {options.OperationTimeout} ({polls.Count} polls); it may still complete.",
                    result.Status, "OperationTimeout", null, result.RequestIds, statusUri);
            }

            var delay = retryAfter ?? options.OperationPollInterval;
            await Task.Delay(delay < remaining ? delay : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
            try
            {
                await operation.UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception)
            {
                throw Failed(request, exception, lroByLocation: asyncOperation is null);
            }

            var poll = operation.GetRawResponse();
            polls.Add(ResponseHeaderValues.RequestIds(poll));
            retryAfter = ResponseHeaderValues.RetryAfter(poll, timeProvider.GetUtcNow());
            Logs.OperationPolled(logger, request.Method, request.Uri.AbsolutePath, operation.HasCompleted ? "Succeeded" : null, polls.Count);
        }

        return result with { PollRequestIds = polls, OperationStatus = "Succeeded" };
    }

    private AzureRequestException Failed(ArmRequest request, RequestFailedException exception, bool lroByLocation)
    {
        var response = exception.GetRawResponse();
        var ids = response is null ? AzureRequestIds.None : ResponseHeaderValues.RequestIds(response);
        if (response is { Status: < 400 } && Status(response.Content) is { } status)
        {
            // The status resource answered Failed or Canceled: the operation's own outcome and error.
            using var document = JsonDocument.Parse(response.Content);
            var error = document.RootElement.TryGetProperty("error", out var e) ? e.Clone() : default;
            return AzureErrorFactory.OperationFailed(request, status, error, ids);
        }

        if (lroByLocation && response is { Status: >= 400 and not 429 })
        {
            // For Location polling, the error status is the operation's outcome.
            var (code, text) = AzureErrorFactory.ReadError(response.Content);
            return new AzureOperationFailedException(
                $"{Describe(request)} failed: {code}: {text} (request id {ids.RequestId ?? "none"})", response.Status, code, text, ids, "Failed");
        }

        return AzureErrorFactory.FromRequestFailed(Describe(request), exception, timeProvider.GetUtcNow());
    }

    private static string? Status(BinaryData content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("status", out var status)
                ? status.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(ArmRequest request) => $"{request.Method} {request.Uri.AbsolutePath}";
}

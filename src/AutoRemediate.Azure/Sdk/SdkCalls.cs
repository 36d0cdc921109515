using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Pipeline;
using AutoRemediate.Azure.Requests;
using Azure;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Sdk;

/// <summary>
/// Runs SDK client calls the way the ports promise: SDK failures become the typed errors
/// (<see cref="AzureErrorFactory.FromRequestFailed"/>), results carry request ids, and a change returns the exact
/// request sent (or, in a dry run, planned) with its long-running operation followed by <see cref="SdkOperationPoller"/>.
/// </summary>
internal sealed class SdkCalls(AzurePipelines pipelines, SdkOperationPoller poller, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Runs a read; <paramref name="what"/> ("GET path") names it in errors.</summary>
    public async Task<AzureResult<T>> ReadAsync<TSdk, T>(string what, Func<Task<Response<TSdk>>> read, Func<Response<TSdk>, T> convert)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(convert);
        var capture = new ChangeCapture();
        try
        {
            Response<TSdk> response;
            using (capture.Begin())
            {
                response = await read().ConfigureAwait(false);
            }

            // Some SDK results (Key Vault's operations) carry no raw response: the captured answer is the same one.
            var raw = response.GetRawResponse() ?? capture.Response;
            return new AzureResult<T>(convert(response), raw is null ? AzureRequestIds.None : ResponseHeaderValues.RequestIds(raw));
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            throw Map(what, exception);
        }
    }

    /// <summary>Runs a paged read to its last page (the SDK follows next links); the ids are the last page's.</summary>
    public async Task<AzureResult<IReadOnlyList<T>>> ReadAllAsync<TSdk, T>(string what, AsyncPageable<TSdk> pages, Func<TSdk, T> convert)
        where TSdk : notnull
    {
        ArgumentNullException.ThrowIfNull(pages);
        var items = new List<T>();
        var ids = AzureRequestIds.None;
        try
        {
            await foreach (var page in pages.AsPages().ConfigureAwait(false))
            {
                items.AddRange(page.Values.Select(convert));
                ids = ResponseHeaderValues.RequestIds(page.GetRawResponse());
            }
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            throw Map(what, exception);
        }

        return new AzureResult<IReadOnlyList<T>>(items, ids);
    }

    /// <summary>
    /// Starts a change (the SDK call must not wait: <see cref="WaitUntil.Started"/>) and, with
    /// <paramref name="waitForCompletion"/>, polls its operation on our clock, interval and timeout.
    /// </summary>
    public async Task<AzureActionResult> ChangeAsync(string what, Func<Task<Operation>> start, bool waitForCompletion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var capture = new ChangeCapture();
        Operation operation;
        try
        {
            using (capture.Begin())
            {
                operation = await start().ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            throw Map(what, exception);
        }

        var request = capture.Requests.LastOrDefault()
            ?? throw new InvalidOperationException($"{what}: the SDK call sent no change.");
        if (capture.AnsweredWithoutSending || pipelines.DryRun)
        {
            return new AzureActionResult(request, 0, AzureRequestIds.None, DryRun: true);
        }

        // Some SDK operations (Key Vault's) hold no raw response until first polled: the captured answer is the same one.
        var initial = operation.GetRawResponse() ?? capture.Response
            ?? throw new InvalidOperationException($"{what}: the SDK call returned without an answer.");
        var ids = ResponseHeaderValues.RequestIds(initial);
        var remaining = ResponseHeaderValues.RateLimitRemaining(initial);
        Logs.ChangeAccepted(logger, request.Method, request.Uri.AbsolutePath, initial.Status, ids.RequestId, ids.CorrelationRequestId);
        if (remaining is < 50)
        {
            Logs.RateLimitLow(logger, remaining.Value, request.Uri.AbsolutePath);
        }

        var result = new AzureActionResult(request, initial.Status, ids, DryRun: false) { RateLimitRemaining = remaining };
        return waitForCompletion ? await poller.CompleteAsync(request, operation, initial, result, cancellationToken).ConfigureAwait(false) : result;
    }

    /// <summary>
    /// An SDK failure: a failed response, or no response after the retries (Azure.Core reports its network timeout as
    /// a cancellation caused by a <see cref="TimeoutException"/>; a cancellation the caller asked for is not one).
    /// </summary>
    private static bool IsFailure(Exception exception) =>
        exception is RequestFailedException or IOException or HttpRequestException
        || exception is OperationCanceledException { InnerException: TimeoutException };

    private AzureRequestException Map(string what, Exception exception) => exception is RequestFailedException failed
        ? AzureErrorFactory.FromRequestFailed(what, failed, timeProvider.GetUtcNow())
        : new AzureRequestException($"{what} failed without a response after retries: {exception.Message}", 0, null, null, AzureRequestIds.None, exception);
}

using System.Runtime.ExceptionServices;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using AutoRemediate.Azure.Configuration;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>
/// Retries transient failures — 408, 429, 500, 502, 503, 504 and network errors — waiting what Azure asked for
/// (Retry-After and its millisecond variants) or an exponential back-off with jitter.
/// </summary>
/// <remarks>
/// Replaces Azure.Core's retry policy so waits run on the injected <see cref="TimeProvider"/> (tests advance a fake
/// clock instead of sleeping), and so a Retry-After longer than <see cref="AzureActuatorOptions.MaxRetryDelay"/> is
/// handed back to the caller rather than blocking an activity for minutes.
/// </remarks>
internal sealed class TransientRetryPolicy(AzureActuatorOptions options, TimeProvider timeProvider, ILogger logger) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessCoreAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessCoreAsync(message, pipeline, async: true);

    internal static bool IsTransientStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private async ValueTask ProcessCoreAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        for (var attempt = 1; ; attempt++)
        {
            ExceptionDispatchInfo? failure = null;
            try
            {
                if (async)
                {
                    await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                }
                else
                {
                    ProcessNext(message, pipeline);
                }
            }
            catch (Exception exception) when (IsTransientException(exception, message.CancellationToken))
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }

            var status = failure is null ? message.Response.Status : 0;
            if ((failure is null && !IsTransientStatus(status)) || attempt > options.MaxRetries)
            {
                failure?.Throw();
                return;
            }

            var asked = failure is null ? ResponseHeaderValues.RetryAfter(message.Response, timeProvider.GetUtcNow()) : null;
            if (asked > options.MaxRetryDelay)
            {
                // Longer than an activity should block: the caller gets the 429/503 with its Retry-After.
                return;
            }

            var delay = asked ?? Backoff(attempt);
            Logs.Retrying(logger, message.Request.Method.Method, message.Request.Uri.Path, status, attempt, delay);
            if (failure is null)
            {
                message.Response.Dispose();
            }

            await Task.Delay(delay, timeProvider, message.CancellationToken).ConfigureAwait(async);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryDelay * Math.Pow(2, attempt - 1);
        // Jitter spreads the retries of many remediations hitting one throttled subscription.
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return jittered < options.MaxRetryDelay ? jittered : options.MaxRetryDelay;
    }

    private static bool IsTransientException(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        _ when cancellationToken.IsCancellationRequested => false,
        RequestFailedException { Status: 0 } => true,
        IOException => true,
        HttpRequestException => true,
        // The network timeout surfaces as a cancellation that the caller did not ask for.
        OperationCanceledException => true,
        _ => false,
    };
}

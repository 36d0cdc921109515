using AutoRemediate.Storage.Errors;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Which exceptions from the engine's client mean "storage is unreachable or overloaded; try again".</summary>
internal static class StorageFailures
{
    /// <param name="exception">What a start, find or raise call threw.</param>
    /// <param name="requestAborted">The caller's token: a cancellation the client caused is not an outage.</param>
    public static bool IsTransient(Exception exception, CancellationToken requestAborted) => exception switch
    {
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        StorageRequestException or HttpRequestException or global::Azure.RequestFailedException or TimeoutException or IOException => true,
        _ => false,
    };
}

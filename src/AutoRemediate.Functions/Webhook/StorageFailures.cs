using AutoRemediate.Storage.Errors;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Which exceptions from the engine's client mean "storage is unreachable or overloaded; try again".</summary>
internal static class StorageFailures
{
    /// <param name="exception">What a start, find or raise call threw.</param>
    /// <param name="requestAborted">The caller's token: a cancellation the client caused is not an outage.</param>
    /// <remarks>
    /// The engine's storage backend wraps the storage SDK's failures in its own exception type, so the chain of inner
    /// exceptions is searched too.
    /// </remarks>
    public static bool IsTransient(Exception exception, CancellationToken requestAborted)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var transient = current switch
            {
                OperationCanceledException => !requestAborted.IsCancellationRequested,
                StorageRequestException or HttpRequestException or global::Azure.RequestFailedException or TimeoutException or IOException => true,
                _ => false,
            };
            if (transient)
            {
                return true;
            }
        }

        return false;
    }
}

using AutoRemediate.Storage.Errors;
using Azure;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Stores;

/// <summary>
/// The one place where a failure of the Azure Tables SDK becomes the typed storage exception callers branch on:
/// 412 → <see cref="StoragePreconditionFailedException"/>, 409 → <see cref="StorageConflictException"/> (with the
/// failed operation's index for a transaction), 404, 429/503 and the rest as before; no response at all (the retries
/// ran out on connection failures) → a <see cref="StorageRequestException"/> with status 0.
/// </summary>
internal static class TableFailures
{
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransport),
        _ => false,
    };

    public static StorageRequestException Translate(Exception exception, string operation, string resource) => exception switch
    {
        RequestFailedException { Status: 0 } => StorageErrorFactory.Transport(exception, operation, resource),
        TableTransactionFailedException failed => StorageErrorFactory.Create(
            failed.Status, failed.ErrorCode, RequestId(failed), string.Empty, operation, resource, failed.FailedTransactionActionIndex, failed),
        RequestFailedException failed => StorageErrorFactory.Create(
            failed.Status, failed.ErrorCode, RequestId(failed), string.Empty, operation, resource, failedIndex: null, failed),
        _ => StorageErrorFactory.Transport(exception, operation, resource),
    };

    /// <summary>Azure.Core's retry policy reports attempts that all failed without a response as one aggregate.</summary>
    private static bool IsTransport(Exception exception) =>
        exception is RequestFailedException { Status: 0 } or HttpRequestException or IOException or TimeoutException or TaskCanceledException;

    private static string? RequestId(RequestFailedException exception) =>
        exception.GetRawResponse() is { } response && response.Headers.TryGetValue("x-ms-request-id", out var id) ? id : null;
}

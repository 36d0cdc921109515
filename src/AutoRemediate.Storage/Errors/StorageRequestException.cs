namespace AutoRemediate.Storage.Errors;

/// <summary>
/// A storage request that the service answered with an error, or that failed after the pipeline's retries.
/// </summary>
/// <remarks>
/// Subclasses mark the statuses callers branch on; anything else surfaces as this type. The message names the
/// operation and resource and never carries keys, signatures or Authorization headers.
/// </remarks>
public class StorageRequestException : Exception
{
    /// <summary>Creates an exception for a failed storage request.</summary>
    public StorageRequestException(string message, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public StorageRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public StorageRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public StorageRequestException()
    {
    }

    /// <summary>The HTTP status the service returned; 0 when no response arrived.</summary>
    public int Status { get; }

    /// <summary>The storage error code (x-ms-error-code or the body), e.g. <c>EntityAlreadyExists</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's request id (x-ms-request-id), for support cases.</summary>
    public string? RequestId { get; }

    /// <summary>For an entity-group transaction, the zero-based index of the operation that failed, when the service names it.</summary>
    public int? FailedOperationIndex { get; init; }
}

using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>
/// An Azure request that the service answered with an error, or that failed after the pipeline's retries.
/// </summary>
/// <remarks>
/// Subclasses mark the outcomes callers branch on (conflict, not found, throttled, failed or timed-out operation);
/// anything else surfaces as this type. Messages name the method, path and request id and never carry tokens.
/// </remarks>
public class AzureRequestException : Exception
{
    /// <summary>Creates an exception for a failed request.</summary>
    public AzureRequestException(string message, int status, string? errorCode, string? serviceMessage, AzureRequestIds requestIds, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        ServiceMessage = serviceMessage;
        RequestIds = requestIds;
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public AzureRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public AzureRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public AzureRequestException()
    {
    }

    /// <summary>The HTTP status Azure returned; 0 when no response arrived.</summary>
    public int Status { get; }

    /// <summary>The error code from the body (<c>{"error":{"code"}}</c>), e.g. <c>OperationNotAllowed</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The error message from the body, as Azure wrote it.</summary>
    public string? ServiceMessage { get; }

    /// <summary>The identifiers of the failed request, for the audit log and support cases.</summary>
    public AzureRequestIds RequestIds { get; } = AzureRequestIds.None;
}

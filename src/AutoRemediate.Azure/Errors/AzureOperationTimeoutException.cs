using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>A long-running operation still running when the configured polling timeout ran out; it may still complete.</summary>
public sealed class AzureOperationTimeoutException : AzureRequestException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public AzureOperationTimeoutException(string message, int status, string? errorCode, string? serviceMessage, AzureRequestIds requestIds, Uri? operationUri)
        : base(message, status, errorCode, serviceMessage, requestIds)
    {
        OperationUri = operationUri;
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public AzureOperationTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public AzureOperationTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public AzureOperationTimeoutException()
    {
    }

    /// <summary>The URL that reports the operation's status, so a later step can look again.</summary>
    public Uri? OperationUri { get; }
}

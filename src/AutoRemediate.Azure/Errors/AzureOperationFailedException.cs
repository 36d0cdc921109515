using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>A long-running operation that ended Failed or Canceled; the error code and message are the operation's.</summary>
public sealed class AzureOperationFailedException : AzureRequestException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public AzureOperationFailedException(string message, int status, string? errorCode, string? serviceMessage, AzureRequestIds requestIds, string? operationStatus)
        : base(message, status, errorCode, serviceMessage, requestIds)
    {
        OperationStatus = operationStatus;
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public AzureOperationFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public AzureOperationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public AzureOperationFailedException()
    {
    }

    /// <summary>The operation's final status: <c>Failed</c> or <c>Canceled</c> (or <c>failed</c> for Key Vault).</summary>
    public string? OperationStatus { get; }
}

using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>A 409 Conflict: another operation is in progress on the resource, or its state forbids this one.</summary>
public sealed class AzureConflictException : AzureRequestException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public AzureConflictException(string message, int status, string? errorCode, string? serviceMessage, AzureRequestIds requestIds)
        : base(message, status, errorCode, serviceMessage, requestIds)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public AzureConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public AzureConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public AzureConflictException()
    {
    }
}

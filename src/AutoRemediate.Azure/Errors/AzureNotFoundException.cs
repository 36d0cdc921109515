using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>A 404 Not Found: the resource (or pending operation) does not exist.</summary>
public sealed class AzureNotFoundException : AzureRequestException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public AzureNotFoundException(string message, int status, string? errorCode, string? serviceMessage, AzureRequestIds requestIds)
        : base(message, status, errorCode, serviceMessage, requestIds)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public AzureNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public AzureNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public AzureNotFoundException()
    {
    }
}

using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Errors;

/// <summary>A 429 Too Many Requests that retries did not get past (or whose wait was longer than allowed).</summary>
public sealed class AzureThrottledException : AzureRequestException
{
    /// <summary>Creates the exception from a failed response.</summary>
    public AzureThrottledException(string message, int status, string? errorCode, string? serviceMessage, AzureRequestIds requestIds, TimeSpan? retryAfter)
        : base(message, status, errorCode, serviceMessage, requestIds)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public AzureThrottledException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public AzureThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public AzureThrottledException()
    {
    }

    /// <summary>How long Azure asked the caller to wait, when it said; a durable timer can wait that long.</summary>
    public TimeSpan? RetryAfter { get; }
}

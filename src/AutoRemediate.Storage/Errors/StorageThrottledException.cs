namespace AutoRemediate.Storage.Errors;

/// <summary>503 or 500 ServerBusy, or 429: the service is shedding load and the pipeline's retries were exhausted.</summary>
public sealed class StorageThrottledException : StorageRequestException
{
    /// <summary>Creates the exception from a service response's details.</summary>
    public StorageThrottledException(string message, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, status, errorCode, requestId, innerException)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public StorageThrottledException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public StorageThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public StorageThrottledException()
    {
    }
}

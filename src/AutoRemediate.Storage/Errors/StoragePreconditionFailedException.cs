namespace AutoRemediate.Storage.Errors;

/// <summary>412: an If-Match ETag no longer matches (UpdateConditionNotSatisfied); someone else changed the entity.</summary>
public sealed class StoragePreconditionFailedException : StorageRequestException
{
    /// <summary>Creates the exception from a service response's details.</summary>
    public StoragePreconditionFailedException(string message, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, status, errorCode, requestId, innerException)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public StoragePreconditionFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public StoragePreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public StoragePreconditionFailedException()
    {
    }
}

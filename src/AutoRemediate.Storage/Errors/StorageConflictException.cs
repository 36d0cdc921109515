namespace AutoRemediate.Storage.Errors;

/// <summary>409: the resource already exists or is being deleted (e.g. EntityAlreadyExists, TableAlreadyExists).</summary>
public sealed class StorageConflictException : StorageRequestException
{
    /// <summary>Creates the exception from a service response's details.</summary>
    public StorageConflictException(string message, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, status, errorCode, requestId, innerException)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public StorageConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public StorageConflictException()
    {
    }
}

namespace AutoRemediate.Storage.Errors;

/// <summary>404: the table, queue, entity or message does not exist.</summary>
public sealed class StorageNotFoundException : StorageRequestException
{
    /// <summary>Creates the exception from a service response's details.</summary>
    public StorageNotFoundException(string message, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, status, errorCode, requestId, innerException)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public StorageNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public StorageNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public StorageNotFoundException()
    {
    }
}

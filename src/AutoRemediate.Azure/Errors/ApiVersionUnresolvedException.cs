namespace AutoRemediate.Azure.Errors;

/// <summary>
/// No API version is configured or built in for a resource type, and the provider's metadata could not name one:
/// the resource cannot be addressed until <c>ApiVersions:{type}</c> is set.
/// </summary>
/// <remarks>An <see cref="ArgumentException"/> because the resource id passed in is what cannot be served.</remarks>
public sealed class ApiVersionUnresolvedException : ArgumentException
{
    /// <summary>Creates the exception naming the resource id parameter.</summary>
    public ApiVersionUnresolvedException(string message, string? paramName)
        : base(message, paramName)
    {
    }

    /// <summary>Creates an exception with only a message (for serializers and frameworks).</summary>
    public ApiVersionUnresolvedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (for serializers and frameworks).</summary>
    public ApiVersionUnresolvedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception without details (for serializers and frameworks).</summary>
    public ApiVersionUnresolvedException()
    {
    }
}

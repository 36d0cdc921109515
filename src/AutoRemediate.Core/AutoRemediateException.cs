namespace AutoRemediate.Core;

/// <summary>
/// Base of every error the domain layer raises on purpose. Messages always name the thing that is wrong
/// (the file and line, the JSON location, the resource) so an SRE can act on them without reading code.
/// </summary>
public abstract class AutoRemediateException : Exception
{
    /// <summary>Creates the exception with a message that names the offending thing.</summary>
    protected AutoRemediateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    protected AutoRemediateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

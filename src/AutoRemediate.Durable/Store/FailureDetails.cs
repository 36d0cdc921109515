namespace AutoRemediate.Durable.Store;

/// <summary>A failure that crossed the durable boundary, as data (exceptions do not survive serialisation).</summary>
public sealed record FailureDetails(string ErrorType, string ErrorMessage, string? StackTrace, FailureDetails? InnerFailure = null)
{
    public static FailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new FailureDetails(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            exception.InnerException is null ? null : FromException(exception.InnerException));
    }
}

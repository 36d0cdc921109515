namespace AutoRemediate.AzureFakes.Faults;

/// <summary>
/// Shapes the long-running operation a matching request starts (ARM async operations and Key Vault pending
/// certificate operations): how many polls answer in progress, how it ends, and the Retry-After on polls.
/// </summary>
/// <param name="Method">The HTTP method of the starting request, or <c>*</c>.</param>
/// <param name="PathContains">A substring of the starting request's path.</param>
/// <param name="Polls">Polls answered in progress before the final status; <see cref="int.MaxValue"/> never ends.</param>
public sealed record OperationRule(string Method, string PathContains, int Polls)
{
    /// <summary>The final status: <c>Succeeded</c>, <c>Failed</c> or <c>Canceled</c> (ARM); <c>completed</c> or <c>failed</c> (Key Vault).</summary>
    public string FinalStatus { get; init; } = "Succeeded";

    /// <summary>The error code of a failed operation.</summary>
    public string ErrorCode { get; init; } = "InternalOperationError";

    /// <summary>The error message of a failed operation.</summary>
    public string ErrorMessage { get; init; } = "The operation failed (injected by the test).";

    /// <summary>A Retry-After (seconds) on the start response and every in-progress poll.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Names the status URLs by <c>localhost</c> instead of <c>127.0.0.1</c>: the same server, another host to a client.</summary>
    public bool StatusOnOtherHost { get; init; }

    /// <summary>How many operations the rule shapes.</summary>
    public int Times { get; init; } = 1;

    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.Contains(PathContains, StringComparison.OrdinalIgnoreCase);
}

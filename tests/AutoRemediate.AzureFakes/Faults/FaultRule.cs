namespace AutoRemediate.AzureFakes.Faults;

/// <summary>
/// Answers matching requests with an error instead of handling them, <see cref="Times"/> times. Match: the method
/// (or <c>*</c>) and a case-insensitive substring of the decoded path.
/// </summary>
/// <param name="Method">The HTTP method to match, or <c>*</c>.</param>
/// <param name="PathContains">A substring of the path, e.g. <c>/restart</c> or <c>/virtualMachines/vm1</c>.</param>
/// <param name="Status">The status to answer; 0 drops the connection instead.</param>
/// <param name="ErrorCode">The ARM error code in the body.</param>
/// <param name="ErrorMessage">The ARM error message in the body.</param>
public sealed record FaultRule(string Method, string PathContains, int Status, string ErrorCode, string ErrorMessage)
{
    /// <summary>How many matching requests get the fault; <see cref="int.MaxValue"/> for all of them.</summary>
    public int Times { get; init; } = 1;

    /// <summary>A Retry-After header value (seconds or an HTTP date), or none.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>429 Too Many Requests with a Retry-After.</summary>
    public static FaultRule Throttle(string method, string pathContains, string retryAfter) =>
        new(method, pathContains, 429, "TooManyRequests", "The request is being throttled.") { RetryAfter = retryAfter };

    /// <summary>A 5xx answer (500 by default).</summary>
    public static FaultRule ServerError(string method, string pathContains, int status = 500) =>
        new(method, pathContains, status, status == 503 ? "ServiceUnavailable" : "InternalServerError", "Transient failure injected by the test.");

    /// <summary>409 Conflict with an ARM error body.</summary>
    public static FaultRule Conflict(string method, string pathContains, string code = "OperationNotAllowed", string message = "Another operation is in progress.") =>
        new(method, pathContains, 409, code, message);

    /// <summary>Drops the connection without answering (status 0 in the request log): a network failure.</summary>
    public static FaultRule Disconnect(string method, string pathContains) =>
        new(method, pathContains, 0, string.Empty, string.Empty);

    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.Contains(PathContains, StringComparison.OrdinalIgnoreCase);
}

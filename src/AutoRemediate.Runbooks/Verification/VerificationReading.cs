namespace AutoRemediate.Runbooks.Verification;

/// <summary>What <see cref="VerifyActivity"/> measured.</summary>
/// <param name="Value">The value, or null when the window held no data.</param>
/// <param name="RequestId">The query's <c>x-ms-request-id</c>.</param>
/// <param name="Problem">Why there is no value, when there is none.</param>
internal sealed record VerificationReading(double? Value, string? RequestId, string? Problem);

namespace AutoRemediate.AzureFakes.Server;

/// <summary>One request the fake server received, as it arrived.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Target">The raw request target (escaped path and query), exactly as sent.</param>
/// <param name="Path">The decoded path.</param>
/// <param name="Query">The query string including the leading <c>?</c>, or empty.</param>
/// <param name="Body">The body, or <see langword="null"/> when empty.</param>
/// <param name="At">The server clock's time on arrival.</param>
/// <param name="Status">The status the server answered.</param>
/// <param name="RequestId">The <c>x-ms-request-id</c> the server answered with.</param>
public sealed record RecordedRequest(string Method, string Target, string Path, string Query, string? Body, DateTimeOffset At, int Status, string RequestId);

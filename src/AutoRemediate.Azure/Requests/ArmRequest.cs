namespace AutoRemediate.Azure.Requests;

/// <summary>
/// The description of one HTTP request to an Azure API: built without sending, so a dry run can record exactly what a
/// live run would send, and sent unchanged by a live run.
/// </summary>
/// <param name="Method">The HTTP method, upper case (<c>GET</c>, <c>POST</c>, <c>PATCH</c>, <c>PUT</c>).</param>
/// <param name="Uri">The absolute request URI, including <c>api-version</c> and any other query parameters.</param>
/// <param name="Body">The JSON body, or <see langword="null"/> when the request has none.</param>
/// <param name="Audience">The API the request is for, which decides the bearer token's scope.</param>
public sealed record ArmRequest(string Method, Uri Uri, string? Body, AzureAudience Audience)
{
    /// <summary>Whether the request only reads: reads are sent even in a dry run.</summary>
    public bool IsRead => Method == "GET";

    /// <summary>The request as one audit line: method, URI and body.</summary>
    public override string ToString() => Body is null ? $"{Method} {Uri}" : $"{Method} {Uri} {Body}";
}

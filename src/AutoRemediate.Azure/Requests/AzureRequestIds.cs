namespace AutoRemediate.Azure.Requests;

/// <summary>The identifiers Azure gives a request, recorded in the audit log and quoted in support cases.</summary>
/// <param name="RequestId">The service's <c>x-ms-request-id</c>.</param>
/// <param name="CorrelationRequestId">ARM's <c>x-ms-correlation-request-id</c>, shared by the requests of one operation.</param>
public sealed record AzureRequestIds(string? RequestId, string? CorrelationRequestId)
{
    /// <summary>No identifiers (a dry run, or a response without them).</summary>
    public static AzureRequestIds None { get; } = new(null, null);
}

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>What one certificate activity did, for the journal.</summary>
/// <param name="Status">A short state: <c>accepted</c>, <c>already-rotated</c>, <c>inProgress</c>, <c>completed</c>, <c>failed</c>, <c>refreshed</c>, <c>mismatch</c>, <c>planned</c>.</param>
/// <param name="Summary">One sentence for the timeline.</param>
/// <param name="Operation">The request sent, e.g. <c>POST …/certificates/x/create</c>.</param>
/// <param name="RequestId">Its <c>x-ms-request-id</c>.</param>
/// <param name="Requests">The exact requests a dry run would send.</param>
internal sealed record CertificateStepResult(string Status, string Summary, string? Operation = null, string? RequestId = null, IReadOnlyList<string>? Requests = null)
{
    public bool Is(string status) => string.Equals(Status, status, StringComparison.OrdinalIgnoreCase);
}

namespace AutoRemediate.Azure.Requests;

/// <summary>The outcome of a change made (or, in a dry run, planned) in Azure.</summary>
/// <param name="Request">The exact request that was sent, or would have been in a dry run.</param>
/// <param name="Status">The HTTP status of the initial response; 0 in a dry run.</param>
/// <param name="RequestIds">The identifiers of the initial response.</param>
/// <param name="DryRun">Whether the request was only recorded, not sent.</param>
public sealed record AzureActionResult(ArmRequest Request, int Status, AzureRequestIds RequestIds, bool DryRun)
{
    /// <summary>The identifiers of each poll of a long-running operation, in order; empty when it completed at once.</summary>
    public IReadOnlyList<AzureRequestIds> PollRequestIds { get; init; } = [];

    /// <summary>The final status of a long-running operation (e.g. <c>Succeeded</c>); <see langword="null"/> when there was none.</summary>
    public string? OperationStatus { get; init; }

    /// <summary>
    /// The lowest <c>x-ms-ratelimit-remaining-*</c> value ARM reported, so callers can slow down before being throttled.
    /// </summary>
    public int? RateLimitRemaining { get; init; }
}

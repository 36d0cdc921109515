namespace AutoRemediate.Runbooks.ScaleOut;

/// <summary>The current capacity of what the scale-out runbook scales.</summary>
/// <param name="Kind">What is scaled.</param>
/// <param name="ScaledResource">The resource whose capacity changes (a site's plan, not the site).</param>
/// <param name="Capacity">Instances, workers or min replicas now.</param>
/// <param name="RequestId">The read's <c>x-ms-request-id</c>.</param>
internal sealed record CapacityReading(CapacityKind Kind, string ScaledResource, int Capacity, string? RequestId);

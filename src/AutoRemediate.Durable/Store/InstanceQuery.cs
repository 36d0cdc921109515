namespace AutoRemediate.Durable.Store;

/// <summary>A filter over instances; null members do not filter. Results are ordered by instance id.</summary>
public sealed record InstanceQuery
{
    public IReadOnlySet<OrchestrationRuntimeStatus>? RuntimeStatus { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public int PageSize { get; init; } = 100;

    /// <summary>The opaque token a previous page returned; null for the first page.</summary>
    public string? ContinuationToken { get; init; }
}

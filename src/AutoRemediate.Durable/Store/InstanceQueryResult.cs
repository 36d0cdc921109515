namespace AutoRemediate.Durable.Store;

/// <summary>One page of instances; a null <see cref="ContinuationToken"/> means there are no more.</summary>
public sealed record InstanceQueryResult(IReadOnlyList<InstanceState> Instances, string? ContinuationToken);

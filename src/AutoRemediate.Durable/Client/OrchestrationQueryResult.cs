namespace AutoRemediate.Durable.Client;

/// <summary>One page of instances; pass <see cref="ContinuationToken"/> back for the next (null when none).</summary>
public sealed record OrchestrationQueryResult(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);

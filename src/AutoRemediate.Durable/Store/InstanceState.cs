namespace AutoRemediate.Durable.Store;

/// <summary>
/// The state row of one orchestration instance: what the client reports and what guards each checkpoint.
/// </summary>
/// <remarks>
/// <see cref="HistoryLength"/> is the number of committed history events; history rows at or beyond it are
/// leftovers of a checkpoint that never committed and must be ignored. <see cref="ETag"/> is the store's
/// concurrency token for this row (null before the row exists).
/// </remarks>
public sealed record InstanceState
{
    public required string InstanceId { get; init; }
    public required string Name { get; init; }
    public required OrchestrationRuntimeStatus RuntimeStatus { get; init; }
    public string? Input { get; init; }
    public string? Output { get; init; }
    public string? CustomStatus { get; init; }
    public FailureDetails? Failure { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset LastUpdatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public int HistoryLength { get; init; }
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>The earliest pending durable timer, so a sweeper can find instances whose wake-up was lost.</summary>
    public DateTimeOffset? NextWakeAt { get; init; }

    public string? ETag { get; init; }

    public bool IsTerminal => RuntimeStatus is OrchestrationRuntimeStatus.Completed
        or OrchestrationRuntimeStatus.Failed
        or OrchestrationRuntimeStatus.Terminated;
}

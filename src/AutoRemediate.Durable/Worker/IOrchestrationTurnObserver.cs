namespace AutoRemediate.Durable.Worker;

/// <summary>
/// Optional hook told about every committed turn and every activity execution (e.g. to keep a ledger proving that
/// two workers never ran the same instance at once). Register any number in DI; none costs nothing.
/// </summary>
/// <remarks>Called after the fact, on the worker's path: keep it fast. Exceptions are logged and ignored.</remarks>
public interface IOrchestrationTurnObserver
{
    /// <summary>A turn committed.</summary>
    ValueTask OnTurnCommittedAsync(OrchestrationTurnRecord turn, CancellationToken cancellationToken);

    /// <summary>An activity ran and its result was written to the instance's inbox.</summary>
    ValueTask OnActivityExecutedAsync(ActivityExecutionRecord activity, CancellationToken cancellationToken);
}

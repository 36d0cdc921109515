using Microsoft.Extensions.Logging;

namespace AutoRemediate.Durable.Worker;

/// <summary>Fans notifications out to the registered <see cref="IOrchestrationTurnObserver"/>s, isolating their failures.</summary>
internal sealed class TurnObservers(IEnumerable<IOrchestrationTurnObserver> observers, ILogger<TurnObservers> logger)
{
    private readonly IOrchestrationTurnObserver[] observers = [.. observers];

    public async ValueTask TurnCommittedAsync(OrchestrationTurnRecord turn, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnTurnCommittedAsync(turn, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.ObserverFailed(ex, observer.GetType().Name);
            }
        }
    }

    public async ValueTask ActivityExecutedAsync(ActivityExecutionRecord activity, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnActivityExecutedAsync(activity, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.ObserverFailed(ex, observer.GetType().Name);
            }
        }
    }
}

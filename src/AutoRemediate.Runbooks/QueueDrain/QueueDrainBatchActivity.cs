using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Moves or archives one batch. Runs at least once; the ledger makes a re-run harmless.</summary>
internal sealed class QueueDrainBatchActivity(IQueueDrainWorker worker) : TaskActivity<QueueDrainPlan, QueueDrainBatchResult>
{
    public const string Name = "QueueDrain.Batch";

    public override Task<QueueDrainBatchResult> RunAsync(TaskActivityContext context, QueueDrainPlan input) =>
        worker.RunBatchAsync(input, CancellationToken.None);
}

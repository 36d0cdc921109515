using System.Diagnostics;
using AutoRemediate.Runbooks.QueueDrain;

namespace AutoRemediate.DurableTestHost.Runbooks;

/// <summary>
/// Kills this process right after batch number <c>crashAfterBatch</c> has done its work and before the activity returns:
/// the engine's worst point, where the work is done but neither the result nor the orchestration's progress is stored.
/// </summary>
internal sealed class CrashingQueueDrainWorker(QueueDrainWorker inner, int crashAfterBatch) : IQueueDrainWorker
{
    private int batches;

    public Task<QueueDrainSurvey> SurveyAsync(QueueDrainPlan plan, CancellationToken cancellationToken) => inner.SurveyAsync(plan, cancellationToken);

    public async Task<QueueDrainBatchResult> RunBatchAsync(QueueDrainPlan plan, CancellationToken cancellationToken)
    {
        var result = await inner.RunBatchAsync(plan, cancellationToken);
        if (Interlocked.Increment(ref batches) == crashAfterBatch)
        {
            Console.WriteLine($"durable-test-host: killing itself after batch {crashAfterBatch} moved {result.Moved} (run total {result.RunTotal})");
            Console.Out.Flush();
            Process.GetCurrentProcess().Kill();
        }

        return result;
    }
}

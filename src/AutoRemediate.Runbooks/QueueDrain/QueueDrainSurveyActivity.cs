using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Counts and describes the queues of a drain (before it, after it, and as the whole of a dry run).</summary>
internal sealed class QueueDrainSurveyActivity(IQueueDrainWorker worker) : TaskActivity<QueueDrainPlan, QueueDrainSurvey>
{
    public const string Name = "QueueDrain.Survey";

    public override Task<QueueDrainSurvey> RunAsync(TaskActivityContext context, QueueDrainPlan input) =>
        worker.SurveyAsync(input, CancellationToken.None);
}

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>The storage side of a drain, called by its activities.</summary>
internal interface IQueueDrainWorker
{
    /// <summary>Counts and describes the queues; changes nothing.</summary>
    Task<QueueDrainSurvey> SurveyAsync(QueueDrainPlan plan, CancellationToken cancellationToken);

    /// <summary>Moves or archives up to one batch, safe to run again after a crash at any point.</summary>
    Task<QueueDrainBatchResult> RunBatchAsync(QueueDrainPlan plan, CancellationToken cancellationToken);
}

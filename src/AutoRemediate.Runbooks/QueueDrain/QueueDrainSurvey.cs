namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>The queues before (or after) a drain, read without changing anything.</summary>
/// <param name="QueueEndpoint">The Queue service endpoint the account resolved to.</param>
/// <param name="SourceExists">Whether the source queue exists.</param>
/// <param name="SourceCount">Its approximate message count.</param>
/// <param name="DestinationExists">Whether the destination queue exists (always true when archiving).</param>
/// <param name="DestinationCount">Its approximate message count.</param>
/// <param name="Samples">The first visible messages, described without their content.</param>
/// <param name="PlannedRequests">The requests a live run sends for each message, in order.</param>
/// <param name="VisibilityTimeout">How long received messages stay hidden; the wait before messages a crashed attempt held come back.</param>
internal sealed record QueueDrainSurvey(
    string QueueEndpoint,
    bool SourceExists,
    int SourceCount,
    bool DestinationExists,
    int DestinationCount,
    IReadOnlyList<string> Samples,
    IReadOnlyList<string> PlannedRequests,
    TimeSpan VisibilityTimeout);

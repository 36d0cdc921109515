namespace AutoRemediate.Durable.Messages;

/// <summary>Asks a worker to run a turn of the instance (start, new inbox messages, or a recovery).</summary>
/// <param name="Attempt">How many times this request was re-queued because the instance did not exist yet.</param>
internal sealed record OrchestrationTurnMessage(string InstanceId, int Attempt = 0) : WorkMessage(InstanceId);

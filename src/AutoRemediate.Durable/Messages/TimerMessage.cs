namespace AutoRemediate.Durable.Messages;

/// <summary>Wakes the instance when durable timer <see cref="TimerId"/> is due; re-queued on arrival when early.</summary>
internal sealed record TimerMessage(string InstanceId, int TimerId, DateTimeOffset FireAt) : WorkMessage(InstanceId);

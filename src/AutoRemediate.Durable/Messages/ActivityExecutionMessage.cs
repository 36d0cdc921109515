namespace AutoRemediate.Durable.Messages;

/// <summary>Asks a worker to run activity <see cref="Name"/> for the task scheduled as <see cref="TaskId"/>.</summary>
/// <param name="ResultInboxId">
/// The inbox row id the result is written under. Fixed per message, so a re-run of this message after a crash
/// overwrites its own result; a re-send by another turn attempt gets a different id and cannot erase it.
/// </param>
internal sealed record ActivityExecutionMessage(string InstanceId, int TaskId, string Name, string? Input, string ResultInboxId)
    : WorkMessage(InstanceId);

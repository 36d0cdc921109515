namespace AutoRemediate.Durable.Worker;

/// <summary>One activity execution (an activity may execute more than once per task: at-least-once).</summary>
public sealed record ActivityExecutionRecord(
    string InstanceId, int TaskId, string Name, string WorkerId, DateTimeOffset StartedAt, DateTimeOffset EndedAt, bool Succeeded);

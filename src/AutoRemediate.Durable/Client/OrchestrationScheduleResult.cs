namespace AutoRemediate.Durable.Client;

/// <summary>The outcome of scheduling an instance.</summary>
/// <param name="InstanceId">The instance id (the caller's, or a generated one).</param>
/// <param name="AlreadyExisted">True when an instance with this id existed and nothing new was scheduled.</param>
public sealed record OrchestrationScheduleResult(string InstanceId, bool AlreadyExisted);

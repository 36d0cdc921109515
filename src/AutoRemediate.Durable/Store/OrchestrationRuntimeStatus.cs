namespace AutoRemediate.Durable.Store;

/// <summary>The lifecycle of an orchestration instance, as Durable Task names it.</summary>
/// <remarks>WARNING: stored by name in instance rows; rename a member and stored instances no longer parse.</remarks>
public enum OrchestrationRuntimeStatus
{
    Pending,
    Running,
    Completed,
    Failed,
    Terminated,
}

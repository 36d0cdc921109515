namespace AutoRemediate.Runbooks.Hosting;

/// <summary>Whether a registered durable task is an orchestrator or an activity.</summary>
public enum DurableTaskKind
{
    /// <summary>An <c>ITaskOrchestrator</c>: deterministic code that is replayed from its history.</summary>
    Orchestrator,

    /// <summary>An <c>ITaskActivity</c>: one unit of I/O, run at least once, whose result the history keeps.</summary>
    Activity,
}

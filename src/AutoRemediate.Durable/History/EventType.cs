namespace AutoRemediate.Durable.History;

/// <summary>The kinds of history event an orchestration instance records.</summary>
/// <remarks>
/// WARNING: append-only. Member names are written into every stored history event as its type discriminator and
/// the numeric values may be used by stores and tools; renaming, removing or renumbering a member makes stored
/// histories unreadable. Add new kinds at the end with the next free value.
/// </remarks>
public enum EventType
{
    /// <summary>A turn began; its timestamp is the orchestration's clock for that turn.</summary>
    OrchestratorStarted = 0,

    /// <summary>The instance started with its orchestrator name and input.</summary>
    ExecutionStarted = 1,

    /// <summary>The orchestrator scheduled an activity.</summary>
    TaskScheduled = 2,

    /// <summary>A scheduled activity returned a result.</summary>
    TaskCompleted = 3,

    /// <summary>A scheduled activity threw.</summary>
    TaskFailed = 4,

    /// <summary>The orchestrator created a durable timer.</summary>
    TimerCreated = 5,

    /// <summary>A durable timer became due.</summary>
    TimerFired = 6,

    /// <summary>An external event arrived.</summary>
    EventRaised = 7,

    /// <summary>The orchestrator returned.</summary>
    ExecutionCompleted = 8,

    /// <summary>The orchestrator threw, or its code no longer matched its history.</summary>
    ExecutionFailed = 9,

    /// <summary>A client terminated the instance.</summary>
    ExecutionTerminated = 10,
}

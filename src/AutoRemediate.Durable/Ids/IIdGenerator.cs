namespace AutoRemediate.Durable.Ids;

/// <summary>The engine's only source of non-deterministic identifiers (never used inside orchestrator replay).</summary>
internal interface IIdGenerator
{
    /// <summary>An id for an instance whose creator did not choose one (32 lowercase hex characters).</summary>
    string NewInstanceId();

    /// <summary>An inbox row id that sorts by arrival: the clock's ticks then a random suffix.</summary>
    string NewInboxId();

    /// <summary>A short random suffix that makes a worker id unique.</summary>
    string NewWorkerSuffix();
}

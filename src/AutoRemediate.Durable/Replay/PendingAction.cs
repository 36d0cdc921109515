namespace AutoRemediate.Durable.Replay;

/// <summary>Something the orchestrator code asked for, identified by the event id it took.</summary>
internal abstract record PendingAction(int Id)
{
    /// <summary>How the action reads in a non-determinism message, e.g. <c>activity 'Restart'</c>.</summary>
    public abstract string Describe();
}

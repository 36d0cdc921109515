namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>What one drain activity call did.</summary>
/// <param name="Received">Messages received from the source queue.</param>
/// <param name="Moved">Put on the destination queue and deleted from the source.</param>
/// <param name="Archived">Written to the archive table and deleted from the source.</param>
/// <param name="AlreadyDone">Moved or archived by an earlier attempt whose delete had not happened; now only deleted.</param>
/// <param name="InDoubt">Source message ids found mid-move after a crash: archived as in doubt, not re-put.</param>
/// <param name="DeletesPending">Messages handled but whose source delete failed (stale receipt); they come back and are only deleted.</param>
/// <param name="RunTotal">Messages this run has taken off the queue so far, from the ledger.</param>
/// <param name="SourceRemaining">The source's approximate message count afterwards (visible and hidden).</param>
/// <param name="Duration">How long the call took.</param>
internal sealed record QueueDrainBatchResult(
    int Received,
    int Moved,
    int Archived,
    int AlreadyDone,
    IReadOnlyList<string> InDoubt,
    int DeletesPending,
    int RunTotal,
    int SourceRemaining,
    TimeSpan Duration);

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Where one source message stands in the drain's ledger.</summary>
/// <remarks>WARNING: the names are stored in ledger rows; renaming one strands rows written by an older version.</remarks>
internal enum QueueDrainLedgerState
{
    /// <summary>About to be put on the destination (or archived); if the process died here, nobody knows whether the put happened.</summary>
    Intent,

    /// <summary>Put on the destination (or archived); only the source copy's delete may still be missing.</summary>
    Done,

    /// <summary>Found in <see cref="Intent"/> by a later attempt: archived for a person to check, never re-put.</summary>
    InDoubt,
}

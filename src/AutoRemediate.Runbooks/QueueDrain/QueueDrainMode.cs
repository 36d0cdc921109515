namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>What the drain does with each message of the source queue.</summary>
internal enum QueueDrainMode
{
    /// <summary>Put it back on the destination queue (the queue the poison queue belongs to), then delete it.</summary>
    Move,

    /// <summary>Write it to the archive table, then delete it.</summary>
    Archive,
}

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>What happened to one received message.</summary>
internal enum QueueDrainMessageOutcome
{
    Moved,
    Archived,
    AlreadyDone,
    SetAsideInDoubt,
    DeletePending,
}

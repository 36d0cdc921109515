namespace AutoRemediate.Durable.Worker;

/// <summary>What became of a turn request.</summary>
internal enum TurnOutcome
{
    /// <summary>Handled (committed, nothing new, or the instance has ended): the request can be deleted.</summary>
    Done,

    /// <summary>Another turn holds the instance, or the lease was lost: retry after a short delay.</summary>
    Busy,

    /// <summary>The instance does not exist (yet): retry a few times, then drop.</summary>
    Missing,
}

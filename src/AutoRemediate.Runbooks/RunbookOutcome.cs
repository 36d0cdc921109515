namespace AutoRemediate.Runbooks;

/// <summary>How a runbook ended.</summary>
public enum RunbookOutcome
{
    /// <summary>Acted (or recorded, in a dry run) and verified.</summary>
    Succeeded,

    /// <summary>The action or its verification failed; rolled back where meaningful. Counts towards the circuit breaker.</summary>
    Failed,

    /// <summary>Stopped without acting for a reason a person must look at (target missing, capacity at the maximum).</summary>
    Escalated,
}

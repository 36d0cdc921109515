namespace AutoRemediate.Core.Incidents;

/// <summary>Where an incident stands.</summary>
public enum IncidentStatus
{
    /// <summary>At least one remediation is still running.</summary>
    Open,

    /// <summary>Every remediation has ended (fixed, handed to a human, or held back), but not every alert has cleared yet.</summary>
    Mitigated,

    /// <summary>Every remediation has ended and every alert has cleared.</summary>
    Resolved,
}

namespace AutoRemediate.Core.Guardrails;

/// <summary>What an active window means for automated remediation.</summary>
public enum ChangeWindowKind
{
    /// <summary>A change freeze (release freeze, peak season): automated changes are blocked.</summary>
    Freeze,

    /// <summary>
    /// Planned maintenance on the window's scope: alerts are expected noise, so remediation is suppressed
    /// (blocked with a "suppressed" reason) rather than fighting the maintenance.
    /// </summary>
    Maintenance,
}

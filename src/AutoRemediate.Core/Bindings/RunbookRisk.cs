namespace AutoRemediate.Core.Bindings;

/// <summary>How disruptive a runbook is; declared by the runbook implementation and usable in approval conditions.</summary>
public enum RunbookRisk
{
    /// <summary>Reversible and invisible to users (e.g. scale out).</summary>
    Low,

    /// <summary>Briefly visible to users (e.g. restart of one instance).</summary>
    Medium,

    /// <summary>Hard to reverse or broadly visible (e.g. certificate rotation, queue purge).</summary>
    High,
}

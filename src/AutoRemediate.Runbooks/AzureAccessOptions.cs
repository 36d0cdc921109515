namespace AutoRemediate.Runbooks;

/// <summary>Whether this host may call Azure at all (setting <c>Azure:Enabled</c>, default true).</summary>
/// <remarks>
/// A host without Azure access (a local demo, a test rig) sets it to false: dry-run bindings then record the plan
/// only (no live reads), and live bindings escalate instead of failing on a missing credential halfway through.
/// Read in an activity, so a change never alters the replay of a remediation already under way.
/// </remarks>
internal sealed class AzureAccessOptions
{
    public const string SectionName = "Azure";

    /// <summary>True (the default) lets coded runbooks read and change Azure resources.</summary>
    public bool Enabled { get; set; } = true;
}

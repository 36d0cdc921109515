namespace AutoRemediate.Core.Bindings;

/// <summary>Which binding an alert matched, or why none did.</summary>
/// <param name="Binding">The winning binding, or null when unmatched.</param>
/// <param name="Reason">Why this binding won (and what it beat), or why nothing matched.</param>
public sealed record BindingMatchResult(RunbookBinding? Binding, string Reason)
{
    /// <summary>True when a binding matched.</summary>
    public bool IsMatched => Binding is not null;
}

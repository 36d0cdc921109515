namespace AutoRemediate.Core.Bindings;

/// <summary>One problem in a binding file, located to the character.</summary>
/// <param name="File">The file path as given to the loader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, e.g. "unknown key 'ownr' in binding (did you mean 'owner'?)".</param>
public sealed record BindingError(string File, int Line, int Column, string Message)
{
    /// <summary>"file:line:column: message", the format editors and CI annotate from.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

namespace AutoRemediate.Core.Bindings;

/// <summary>The runbook a binding runs and the fixed parameters it passes.</summary>
/// <param name="Name">A known runbook name, e.g. <c>restart</c>.</param>
/// <param name="Parameters">
/// Scalar parameters: values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/> or <see cref="bool"/>
/// (plain YAML scalars are typed, quoted ones are strings). Alert-specific values such as the queue name are
/// read by the runbook from the alert itself, so bindings stay free of templating.
/// </param>
public sealed record RunbookInvocation(string Name, IReadOnlyDictionary<string, object> Parameters);

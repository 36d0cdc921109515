namespace AutoRemediate.Core.Bindings;

/// <summary>
/// The names bindings may refer to that the installation-wide guardrail policy defines; the loader reports a binding
/// naming anything else at the name's line, instead of letting it block every run at evaluation time.
/// </summary>
/// <param name="Source">Where the names come from (the policy file), for messages.</param>
/// <param name="Windows">Defined change window names.</param>
/// <param name="Slos">Defined SLO names.</param>
public sealed record PolicyNames(string Source, IReadOnlySet<string> Windows, IReadOnlySet<string> Slos);

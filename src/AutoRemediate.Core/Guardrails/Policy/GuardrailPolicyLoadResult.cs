using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>The policy, or every error found in its file (then no policy).</summary>
/// <param name="Policy">The policy when the file is valid.</param>
/// <param name="Errors">Every problem, as file:line:column.</param>
public sealed record GuardrailPolicyLoadResult(GuardrailPolicy? Policy, IReadOnlyList<BindingError> Errors)
{
    /// <summary>True when the file was valid.</summary>
    public bool IsSuccess => Policy is not null && Errors.Count == 0;

    /// <summary>The policy, or a <see cref="BindingCatalogException"/> listing every error (start-up stops on it).</summary>
    public GuardrailPolicy EnsureSuccess() => IsSuccess ? Policy! : throw new BindingCatalogException(Errors);
}

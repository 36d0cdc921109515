using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>Reads the guardrail policy file; pure (the host reads the bytes).</summary>
public static class GuardrailPolicyLoader
{
    /// <summary>Parses and validates <paramref name="file"/>, collecting every error.</summary>
    public static GuardrailPolicyLoadResult Load(BindingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new GuardrailPolicyParser(file).Parse();
    }
}

using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails.Policy;

namespace AutoRemediate.Functions.Runbooks;

/// <summary>
/// Where the guardrail policy file lives and how it is read. <c>GuardrailPolicy:Path</c> names it; by default it is
/// <c>policy/guardrails.yaml</c> inside the binding folder (a sub-folder, so the binding loader, which reads the
/// folder's own <c>*.yaml</c>, never takes it for a binding file).
/// </summary>
internal static class GuardrailPolicyFile
{
    public const string SettingName = "GuardrailPolicy:Path";

    /// <summary>The default location relative to the binding folder.</summary>
    public static readonly string DefaultRelativePath = Path.Combine("policy", "guardrails.yaml");

    public static (string Path, bool Configured) Resolve(IConfiguration configuration, string bindingFolder) =>
        configuration[SettingName] is { Length: > 0 } configured ? (configured, true) : (Path.Combine(bindingFolder, DefaultRelativePath), false);

    /// <summary>
    /// Loads the policy. A missing default file is an empty policy (no windows, SLOs or global lists: bindings that
    /// name one then fail to load); a missing file the setting names explicitly is an error.
    /// </summary>
    public static GuardrailPolicyLoadResult Load(string path, bool configured)
    {
        if (File.Exists(path))
        {
            return GuardrailPolicyLoader.Load(new BindingFile(path, File.ReadAllBytes(path)));
        }

        return configured
            ? new GuardrailPolicyLoadResult(null, [new BindingError(path, 1, 1, $"guardrail policy file does not exist (set {SettingName})")])
            : new GuardrailPolicyLoadResult(new GuardrailPolicy($"{path} (not present)"), []);
    }
}

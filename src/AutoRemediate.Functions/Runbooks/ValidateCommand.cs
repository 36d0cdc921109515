using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails.Policy;

namespace AutoRemediate.Functions.Runbooks;

/// <summary>
/// <c>AutoRemediate.Functions validate [folder]</c>: loads the guardrail policy and the binding files like start-up
/// does and prints every error as <c>file:line:col: message</c> (exit 1), or "N bindings OK; guardrail policy …"
/// (exit 0). Meant for CI on pull requests.
/// </summary>
internal static class ValidateCommand
{
    public static bool Matches(string[] args) => args is ["validate", ..];

    public static int Run(string[] args, TextWriter output)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var folder = args is [_, var given, ..] ? given : BindingFolder.Resolve(configuration);
        var (policyPath, configured) = GuardrailPolicyFile.Resolve(configuration, folder);
        var policy = GuardrailPolicyFile.Load(policyPath, configured);
        // Bindings are still checked without a valid policy (minus the name cross-check), so one run shows every error.
        var result = BindingFolder.Load(folder, policy.Policy?.Names);
        foreach (var error in policy.Errors.Concat(result.Errors))
        {
            output.WriteLine(error.ToString());
        }

        if (!result.IsSuccess || !policy.IsSuccess)
        {
            return 1;
        }

        output.WriteLine($"{result.Catalog!.Bindings.Count} bindings OK; guardrail policy {Describe(policy.Policy!)}");
        return 0;
    }

    private static string Describe(GuardrailPolicy policy) =>
        $"{policy.Source}: {policy.Windows.Count} windows, {policy.Slos.Count} SLOs, dry run {(policy.DryRun ? "on" : "off")}";
}

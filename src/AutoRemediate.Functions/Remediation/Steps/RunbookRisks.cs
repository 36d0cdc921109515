using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>
/// The declared risk of each built-in runbook, for approval conditions. The runbooks themselves are not in this
/// build yet; until they declare their own risk, it is stated here, and an unknown runbook counts as high risk.
/// </summary>
internal static class RunbookRisks
{
    public static RunbookRisk For(string runbook) => runbook switch
    {
        "scale-out" => RunbookRisk.Low,
        "restart" => RunbookRisk.Medium,
        _ => RunbookRisk.High,
    };
}

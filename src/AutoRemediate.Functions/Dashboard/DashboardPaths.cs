namespace AutoRemediate.Functions.Dashboard;

/// <summary>The dashboard's addresses, for links inside it and from Teams cards.</summary>
internal static class DashboardPaths
{
    public const string Root = "/dashboard";
    public const string Remediations = Root + "/remediations";
    public const string Approvals = Root + "/approvals";
    public const string Guardrails = Root + "/guardrails";
    public const string Toil = Root + "/toil";

    public static string Remediation(string id) => $"{Remediations}/{Uri.EscapeDataString(id)}";

    public static string Review(string requestId, string? decision) =>
        $"{Approvals}/{Uri.EscapeDataString(requestId)}/review{(decision is null ? string.Empty : $"?decision={decision}")}";

    public static string ResetBreaker(string runbook) => $"{Guardrails}/circuit-breakers/{Uri.EscapeDataString(runbook)}/reset";
}

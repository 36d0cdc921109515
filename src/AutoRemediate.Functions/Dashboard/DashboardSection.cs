namespace AutoRemediate.Functions.Dashboard;

/// <summary>The dashboard's top-level pages, in navigation order.</summary>
internal enum DashboardSection
{
    Remediations,
    Approvals,
    Guardrails,
    Toil,
}

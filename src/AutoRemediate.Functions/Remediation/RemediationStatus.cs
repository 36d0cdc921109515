namespace AutoRemediate.Functions.Remediation;

/// <summary>The custom status a remediation shows on GET /api/remediations/{id}: its stage and why it is there.</summary>
internal sealed record RemediationStatus(RemediationStage Stage, string Reason);

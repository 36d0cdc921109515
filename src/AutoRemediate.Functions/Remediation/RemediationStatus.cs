namespace AutoRemediate.Functions.Remediation;

/// <summary>The custom status a remediation shows on GET /api/remediations/{id}: its stage, why it is there, and the binding once matched.</summary>
/// <remarks>Not part of history: fields may be added (with defaults) without breaking in-flight remediations.</remarks>
internal sealed record RemediationStatus(RemediationStage Stage, string Reason, string? BindingId = null, string? Runbook = null);

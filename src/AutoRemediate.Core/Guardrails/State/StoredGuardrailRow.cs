namespace AutoRemediate.Core.Guardrails.State;

/// <summary>A row as read, with the token its next write must match.</summary>
/// <param name="Row">The row.</param>
/// <param name="ETag">The store's version of it.</param>
internal sealed record StoredGuardrailRow(GuardrailRow Row, string ETag);

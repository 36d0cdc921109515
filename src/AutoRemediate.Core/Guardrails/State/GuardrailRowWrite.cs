namespace AutoRemediate.Core.Guardrails.State;

/// <summary>One row of an atomic write.</summary>
/// <param name="Key">The row.</param>
/// <param name="Row">Its new content.</param>
/// <param name="IfMatch">The ETag the stored row must still have; null means the row must not exist yet.</param>
internal sealed record GuardrailRowWrite(GuardrailRowKey Key, GuardrailRow Row, string? IfMatch);

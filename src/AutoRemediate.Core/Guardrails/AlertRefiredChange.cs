namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// The alert fired again after a remediation of it. The store appends <c>At</c> to the flap key's re-firings
/// and may drop entries older than the longest flap window in use.
/// </summary>
/// <param name="FlapKey">The alert's flap key.</param>
/// <param name="At">When it fired again.</param>
/// <param name="NotificationId">
/// What identifies this one notification (the SHA-256 of its body). A change with an id already recorded for the
/// flap key is not counted again, so an activity retried after its write landed counts the firing once.
/// </param>
public sealed record AlertRefiredChange(string FlapKey, DateTimeOffset At, string? NotificationId = null) : GuardrailStateChange(At);

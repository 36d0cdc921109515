namespace AutoRemediate.Functions.Operator;

/// <summary>The answer to a cancellation: who cancelled, why, and the audit record written.</summary>
internal sealed record CancelReceipt(string InstanceId, string CancelledBy, string Reason, long AuditSequence);

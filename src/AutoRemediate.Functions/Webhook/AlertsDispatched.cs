namespace AutoRemediate.Functions.Webhook;

/// <summary>Every alert of the body was started or signalled: answer 202 with the receipts (also the JSON body).</summary>
internal sealed record AlertsDispatched(string CorrelationId, IReadOnlyList<RemediationReceipt> Remediations) : IntakeOutcome;

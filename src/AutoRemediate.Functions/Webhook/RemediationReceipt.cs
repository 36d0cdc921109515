namespace AutoRemediate.Functions.Webhook;

/// <summary>One alert's entry in the 202 answer.</summary>
/// <param name="InstanceId">The remediation instance id (deterministic per alert).</param>
/// <param name="Status">What was done.</param>
/// <param name="StatusUrl">Where to follow the remediation; null when none exists.</param>
/// <param name="AlreadyExisted">True when the remediation existed before this request.</param>
internal sealed record RemediationReceipt(string InstanceId, RemediationDisposition Status, string? StatusUrl, bool AlreadyExisted)
{
    public static RemediationReceipt For(string instanceId, RemediationDisposition status, bool alreadyExisted) =>
        new(instanceId, status, status == RemediationDisposition.ResolvedWithoutRemediation ? null : AlertWebhookEndpoints.StatusPath(instanceId), alreadyExisted);
}

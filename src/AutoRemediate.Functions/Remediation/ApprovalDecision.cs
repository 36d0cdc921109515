namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// The payload of the <see cref="EventName"/> event the approvals service raises into a waiting remediation. Its
/// JSON shape is a subset of the approvals service's own ApprovalDecided (extra members are ignored).
/// </summary>
/// <param name="RemediationId">The remediation instance id.</param>
/// <param name="RequestId">The approval request id.</param>
/// <param name="Decision">"Approved" or "Rejected" (anything else is treated as not approved).</param>
/// <param name="DecidedAt">When it was decided.</param>
internal sealed record ApprovalDecision(string RemediationId, string RequestId, string Decision, DateTimeOffset DecidedAt)
{
    public const string EventName = "ApprovalDecided";

    public bool IsApproved => string.Equals(Decision, "Approved", StringComparison.OrdinalIgnoreCase);
}

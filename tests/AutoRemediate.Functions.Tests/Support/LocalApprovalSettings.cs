namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// Settings that turn approvals on for an app under test: the fixed test signing key, a local approver identity
/// (no Easy Auth in front), an approval table of its own, and cards posted to a fake Teams.
/// </summary>
internal static class LocalApprovalSettings
{
    public static Dictionary<string, string?> For(Uri publicBaseUrl, string approver, Uri teamsUrl) => new()
    {
        ["Approvals:Enabled"] = "true",
        ["Approvals:PublicBaseUrl"] = publicBaseUrl.AbsoluteUri,
        ["Approvals:SigningKeys:k1"] = ApprovalAppFactory.SigningKey,
        ["Approvals:ActiveKeyId"] = "k1",
        ["Approvals:LocalApproverIdentity"] = approver,
        ["Approvals:TableName"] = "approvals" + Guid.NewGuid().ToString("N")[..12],
        ["Teams:WebhookUrl"] = teamsUrl.AbsoluteUri,
        ["Teams:RetryDelay"] = "00:00:00.010",
    };
}

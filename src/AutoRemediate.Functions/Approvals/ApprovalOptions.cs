namespace AutoRemediate.Functions.Approvals;

/// <summary>The approval step's settings (section <c>Approvals</c>); validated at start-up when enabled.</summary>
internal sealed class ApprovalOptions
{
    public const string SectionName = "Approvals";
    public const string DefaultTableName = "approvals";

    /// <summary>Registers the approval service, activities and pages. Off by default: a run needing approval then fails.</summary>
    public bool Enabled { get; set; }

    /// <summary>The app's public address, for links in Teams cards, e.g. <c>https://autoremediate.azurewebsites.net</c>.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>HMAC keys by key id, each base64 of at least 32 bytes. Secrets: never logged.</summary>
    public Dictionary<string, string> SigningKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The key id new tokens are signed with.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Take the approver from App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header. Only behind App Service Authentication, which strips client-sent copies.</summary>
    public bool TrustAppServiceAuthentication { get; set; }

    /// <summary>The approver identity when not trusting App Service Authentication (local development).</summary>
    public string? LocalApproverIdentity { get; set; }

    /// <summary>An optional generic paging webhook that gets a JSON POST when a request expires. A secret: never logged.</summary>
    public string? PagingWebhookUrl { get; set; }

    /// <summary>The table holding requests, decisions and used tokens.</summary>
    public string TableName { get; set; } = DefaultTableName;
}

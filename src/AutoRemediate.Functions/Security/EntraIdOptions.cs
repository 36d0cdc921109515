namespace AutoRemediate.Functions.Security;

/// <summary>
/// Settings for accepting Entra ID bearer tokens (section <c>Webhook:EntraId</c>), as an Azure Monitor action
/// group's secure webhook sends them. Enabled when <see cref="TenantId"/> is set.
/// </summary>
internal sealed class EntraIdOptions
{
    public const string DefaultAuthority = "https://login.microsoftonline.com/";
    public static readonly TimeSpan DefaultSigningKeysRefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>The app role Microsoft's secure webhook set-up assigns to the action groups' service principal.</summary>
    public const string DefaultAppRole = "ActionGroupsSecureWebhook";

    /// <summary>The tenant (GUID) whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The <c>aud</c> tokens must carry: the app registration's Application ID URI or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>Where the tenant's OpenID metadata lives: <c>{Authority}{TenantId}/v2.0/.well-known/openid-configuration</c>.</summary>
    public Uri Authority { get; set; } = new(DefaultAuthority);

    /// <summary>
    /// The app role tokens must carry in their <c>roles</c> claim: without it any app in the tenant could get a
    /// token for <see cref="Audience"/> and deliver alerts.
    /// </summary>
    public string AppRole { get; set; } = DefaultAppRole;

    /// <summary>
    /// Issuers accepted besides the metadata's issuer (v2.0 tokens) and <see cref="V1Issuer"/> (v1.0 tokens, what app
    /// registrations issue unless they opt into v2), e.g. a national cloud's v1.0 issuer.
    /// </summary>
    public IReadOnlyList<string> ValidIssuers { get; set; } = [];

    /// <summary>
    /// How long fetched metadata and signing keys are used before they are fetched again (at least 5 minutes,
    /// IdentityModel's minimum).
    /// </summary>
    public TimeSpan SigningKeysRefreshInterval { get; set; } = DefaultSigningKeysRefreshInterval;

    /// <summary>Tolerated clock difference for <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(TenantId);

    /// <summary>The issuer of the tenant's v1.0 access tokens.</summary>
    public string V1Issuer => $"https://sts.windows.net/{TenantId}/";

    public Uri MetadataAddress => new($"{Authority.AbsoluteUri.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration");
}

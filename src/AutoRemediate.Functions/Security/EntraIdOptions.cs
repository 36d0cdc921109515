namespace AutoRemediate.Functions.Security;

/// <summary>
/// Settings for accepting Entra ID bearer tokens (section <c>Webhook:EntraId</c>), as an Azure Monitor action
/// group's secure webhook sends them. Enabled when <see cref="TenantId"/> is set.
/// </summary>
internal sealed class EntraIdOptions
{
    public const string DefaultAuthority = "https://login.microsoftonline.com/";
    public static readonly TimeSpan DefaultSigningKeysRefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The tenant (GUID) whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The <c>aud</c> tokens must carry: the app registration's Application ID URI or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>Where the tenant's OpenID metadata lives: <c>{Authority}{TenantId}/v2.0/.well-known/openid-configuration</c>.</summary>
    public Uri Authority { get; set; } = new(DefaultAuthority);

    /// <summary>
    /// Accepted issuers; empty means the metadata's issuer (v2.0 tokens) and <c>https://sts.windows.net/{TenantId}/</c>
    /// (v1.0 tokens, what app registrations issue unless they opt into v2).
    /// </summary>
    public IReadOnlyList<string> ValidIssuers { get; set; } = [];

    /// <summary>How long fetched metadata and signing keys are used before they are fetched again.</summary>
    public TimeSpan SigningKeysRefreshInterval { get; set; } = DefaultSigningKeysRefreshInterval;

    /// <summary>Tolerated clock difference for <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(TenantId);

    public Uri MetadataAddress => new($"{Authority.AbsoluteUri.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration");
}

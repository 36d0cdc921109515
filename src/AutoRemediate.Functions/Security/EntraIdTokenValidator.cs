using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AutoRemediate.Functions.Security;

/// <summary>
/// Validates the Entra ID access tokens an Azure Monitor action group's secure webhook sends, with
/// Microsoft.IdentityModel: RS256 signature against the tenant's published keys, issuer (the tenant's v2.0 or v1.0
/// issuer), audience, lifetime within <see cref="EntraIdOptions.ClockSkew"/>, then the action group's app role.
/// </summary>
/// <remarks>
/// The tenant's OpenID metadata and keys come through one <see cref="ConfigurationManager{T}"/>: fetched on first
/// use, again after <see cref="EntraIdOptions.SigningKeysRefreshInterval"/>, and early when a token is signed with a
/// key it does not know (keys rotate), at most once per <see cref="UnknownKeyRefetchInterval"/> so forged key ids
/// cannot make the app hammer the identity provider. The refresh blocks the request that needs it, so the first
/// token signed with a rotated key is accepted: action groups do not retry a 401, and that alert would be lost.
/// </remarks>
internal sealed class EntraIdTokenValidator(
    IHttpClientFactory httpClients, IOptions<WebhookOptions> options, ILogger<EntraIdTokenValidator> logger)
{
    public const string HttpClientName = "entra-id-metadata";
    public static readonly TimeSpan UnknownKeyRefetchInterval = TimeSpan.FromMinutes(5);

    private const string RolesClaim = "roles";
    private const int MaxTokenBytes = 16 * 1024;

    private readonly ConfigurationManager<OpenIdConnectConfiguration> metadata = CreateMetadataManager(httpClients, options.Value.EntraId);
    private readonly JsonWebTokenHandler handler = new() { MaximumTokenSizeInBytes = MaxTokenBytes, MapInboundClaims = false };

    static EntraIdTokenValidator()
    {
        // Read once by IdentityModel and process-wide: a key refresh is awaited by the request that asked for it
        // instead of being started in the background while that request is refused with the old keys.
        AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking", true);
    }

    public async Task<TokenValidation> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var entra = options.Value.EntraId;
        try
        {
            // Fetched here first so that an unreachable provider is an outage (503), not a verdict on the token.
            await metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            logger.SigningKeysFetchFailed(entra.MetadataAddress, exception);
            throw new SigningKeysUnavailableException("the tenant's signing keys could not be fetched", exception);
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(entra));
        if (!result.IsValid)
        {
            return TokenValidation.Invalid(Describe(result.Exception));
        }

        return result.ClaimsIdentity.HasClaim(RolesClaim, entra.AppRole)
            ? TokenValidation.Valid
            : TokenValidation.Invalid($"the bearer token's roles do not include Webhook:EntraId:AppRole ('{entra.AppRole}')");
    }

    private TokenValidationParameters Parameters(EntraIdOptions entra) => new()
    {
        ConfigurationManager = metadata,
        ValidIssuers = [.. entra.ValidIssuers.Where(i => !string.IsNullOrWhiteSpace(i)), entra.V1Issuer],
        ValidAudience = entra.Audience,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        // IdentityModel reads the system clock for exp and nbf (its TimeProvider hook is not public).
        ClockSkew = entra.ClockSkew,
    };

    /// <summary>Names the failed check; never the token or the library's message (which may quote it).</summary>
    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the bearer token has expired",
        SecurityTokenNotYetValidException => "the bearer token is not valid yet (nbf)",
        SecurityTokenNoExpirationException => "the bearer token has no expiry (exp)",
        SecurityTokenInvalidLifetimeException => "the bearer token's lifetime (nbf, exp) is invalid",
        SecurityTokenInvalidAudienceException => "the bearer token's audience is not Webhook:EntraId:Audience",
        SecurityTokenInvalidIssuerException => "the bearer token's issuer is not the configured tenant",
        SecurityTokenInvalidAlgorithmException => "the bearer token's algorithm must be RS256",
        SecurityTokenSignatureKeyNotFoundException => "the bearer token is signed with a key the tenant does not publish",
        SecurityTokenInvalidSignatureException => "the bearer token's signature is invalid",
        SecurityTokenMalformedException or ArgumentException => "the bearer token is not a signed JWT (three base64url parts)",
        _ => $"the bearer token was refused ({exception?.GetType().Name ?? "no reason given"})",
    };

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateMetadataManager(IHttpClientFactory httpClients, EntraIdOptions entra) =>
        new(entra.MetadataAddress.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)))
        {
            AutomaticRefreshInterval = entra.SigningKeysRefreshInterval,
            RefreshInterval = UnknownKeyRefetchInterval,
        };
}

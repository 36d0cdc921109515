using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Security;

/// <summary>
/// Decides whether a webhook request is authenticated: an Entra ID bearer token when those are configured and
/// one is sent (a bad token is refused even if a key is also present, so a broken secure webhook is noticed),
/// otherwise a function key from the <c>x-functions-key</c> header or the <c>code</c> query parameter. These
/// credentials authenticate alert delivery (<c>POST /api/alerts</c>) only; operator routes need an operator identity.
/// </summary>
internal sealed class WebhookAuthenticator(FunctionKeyVerifier keys, EntraIdTokenValidator tokens, IOptions<WebhookOptions> options)
{
    public const string KeyHeader = "x-functions-key";
    public const string KeyQueryParameter = "code";
    private const string BearerPrefix = "Bearer ";

    public bool AcceptsBearerTokens => options.Value.EntraId.IsEnabled;

    /// <summary>Whether the request carries a function key (header or query), valid or not.</summary>
    public static bool CarriesKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey(KeyHeader) || request.Query.ContainsKey(KeyQueryParameter);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (AcceptsBearerTokens && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var validation = await tokens.ValidateAsync(authorization[BearerPrefix.Length..].Trim(), cancellationToken);
            return validation.IsValid ? AuthenticationOutcome.Accepted("bearer") : AuthenticationOutcome.Refused("bearer", validation.Failure!);
        }

        var key = request.Headers[KeyHeader].FirstOrDefault(k => !string.IsNullOrEmpty(k))
            ?? request.Query[KeyQueryParameter].FirstOrDefault(k => !string.IsNullOrEmpty(k));
        if (key is null)
        {
            return AuthenticationOutcome.Refused("none", AcceptsBearerTokens
                ? $"no credentials: send an Entra ID bearer token, or a function key in the {KeyHeader} header or the {KeyQueryParameter} query parameter"
                : $"no credentials: send a function key in the {KeyHeader} header or the {KeyQueryParameter} query parameter");
        }

        if (!keys.HasKeys)
        {
            return AuthenticationOutcome.Refused("key", "this app accepts no function keys (Webhook:KeyHashes is empty)");
        }

        return keys.IsValid(key) ? AuthenticationOutcome.Accepted("key") : AuthenticationOutcome.Refused("key", "the function key is not valid");
    }
}

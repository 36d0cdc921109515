using System.Globalization;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Checks what data annotations cannot: key hash format and the Entra ID settings as a whole.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    private const int Sha256HexLength = 64;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.KeyHashes.Count; i++)
        {
            // Blank entries are placeholders (local.settings.sample.json ships one) and accept nothing.
            var hash = options.KeyHashes[i];
            if (!string.IsNullOrEmpty(hash) && hash.Length != Sha256HexLength || !hash.All(char.IsAsciiHexDigit))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Webhook:KeyHashes:{i} must be the SHA-256 of a key as 64 hex digits (e.g. printf %s \"$KEY\" | sha256sum)."));
            }
        }

        var entra = options.EntraId;
        if (entra.IsEnabled && string.IsNullOrWhiteSpace(entra.Audience))
        {
            errors.Add("Webhook:EntraId:Audience must be set when Webhook:EntraId:TenantId is (the aud claim tokens must carry).");
        }

        if (!entra.IsEnabled && !string.IsNullOrWhiteSpace(entra.Audience))
        {
            errors.Add("Webhook:EntraId:TenantId must be set when Webhook:EntraId:Audience is.");
        }

        if (entra.IsEnabled && entra.TenantId!.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
        {
            errors.Add("Webhook:EntraId:TenantId must be a tenant GUID or domain name.");
        }

        if (entra.IsEnabled && string.IsNullOrWhiteSpace(entra.AppRole))
        {
            errors.Add("Webhook:EntraId:AppRole must name the app role assigned to the action groups (the roles claim tokens must carry).");
        }

        if (!entra.Authority.IsAbsoluteUri || entra.Authority.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add("Webhook:EntraId:Authority must be an absolute https URI.");
        }

        if (entra.SigningKeysRefreshInterval < TimeSpan.FromMinutes(5) || entra.SigningKeysRefreshInterval > TimeSpan.FromDays(7))
        {
            errors.Add("Webhook:EntraId:SigningKeysRefreshInterval must be between 5 minutes and 7 days.");
        }

        if (entra.ClockSkew < TimeSpan.Zero || entra.ClockSkew > TimeSpan.FromMinutes(10))
        {
            errors.Add("Webhook:EntraId:ClockSkew must be between 0 and 10 minutes.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

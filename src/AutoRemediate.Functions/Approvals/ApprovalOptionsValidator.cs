using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Teams;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Checks the approval and Teams settings at start-up, naming each bad setting. Messages never repeat a value:
/// keys and webhook URLs are secrets.
/// </summary>
internal sealed class ApprovalOptionsValidator(IOptions<TeamsOptions> teams) : IValidateOptions<ApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!IsHttpUrl(options.PublicBaseUrl))
        {
            errors.Add("Approvals:PublicBaseUrl must be the app's absolute http(s) address, used in the links of Teams cards.");
        }

        ValidateKeys(options, errors);
        if (!IsHttpUrl(teams.Value.WebhookUrl))
        {
            errors.Add("Teams:WebhookUrl must be the absolute http(s) URL of the Teams Workflows webhook that approval cards are posted to.");
        }

        if (!string.IsNullOrWhiteSpace(options.PagingWebhookUrl) && !IsHttpUrl(options.PagingWebhookUrl))
        {
            errors.Add("Approvals:PagingWebhookUrl must be empty or an absolute http(s) URL.");
        }

        if (!options.TrustAppServiceAuthentication && string.IsNullOrWhiteSpace(options.LocalApproverIdentity))
        {
            errors.Add("Approvals:TrustAppServiceAuthentication must be true (behind App Service Authentication) or Approvals:LocalApproverIdentity set (local development); otherwise nobody can approve.");
        }

        if (string.IsNullOrEmpty(options.TableName) || options.TableName.Length is < 3 or > 63
            || !char.IsAsciiLetter(options.TableName[0]) || !options.TableName.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("Approvals:TableName must be 3-63 ASCII letters and digits, starting with a letter.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The key ring from validated options.</summary>
    public static SigningKeyRing KeyRing(ApprovalOptions options) =>
        new(options.ActiveKeyId!, options.SigningKeys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal));

    private static void ValidateKeys(ApprovalOptions options, List<string> errors)
    {
        if (options.SigningKeys.Count == 0)
        {
            errors.Add("Approvals:SigningKeys must hold at least one key: Approvals:SigningKeys:{keyId} = base64 of at least 32 random bytes.");
        }

        foreach (var (id, value) in options.SigningKeys)
        {
            if (!SigningKeyRing.IsValidKeyId(id))
            {
                errors.Add($"Approvals:SigningKeys:{id}: a key id must be 1-32 ASCII letters, digits, '-' or '_'.");
            }
            else if (Bytes(value) < SigningKeyRing.MinKeyBytes)
            {
                errors.Add($"Approvals:SigningKeys:{id} must be base64 of at least {SigningKeyRing.MinKeyBytes} bytes.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.ActiveKeyId) || !options.SigningKeys.ContainsKey(options.ActiveKeyId))
        {
            errors.Add("Approvals:ActiveKeyId must name one of the keys under Approvals:SigningKeys.");
        }
    }

    private static int Bytes(string? base64)
    {
        var buffer = new byte[((base64?.Length ?? 0) * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64 ?? string.Empty, buffer, out var written) ? written : 0;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

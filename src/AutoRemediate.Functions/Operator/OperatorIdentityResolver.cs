using AutoRemediate.Functions.Approvals;
using AutoRemediate.Functions.Security;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Who the operator is, for the operator API, the toil API and the dashboard: the App Service Authentication
/// principal (read as the approvals feature reads it) when <c>Operator:TrustAppServiceAuthentication</c> is set, else
/// <c>Operator:LocalIdentity</c>, which only the Development environment honours (start-up refuses it elsewhere, see
/// <see cref="OperatorOptionsValidator"/>). Alert-delivery credentials are not an operator identity: a request that
/// carries a webhook key is refused whatever else it carries, so a key from an Alertmanager config cannot act.
/// </summary>
internal sealed class OperatorIdentityResolver(IOptions<OperatorOptions> options, IHostEnvironment environment)
{
    /// <summary>The operator, or null when the request has none.</summary>
    public string? Resolve(HttpRequest request) => Authenticate(request).Operator;

    /// <summary>The operator, or why there is none (a sentence for a 401, never echoing a credential).</summary>
    public OperatorAuthentication Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (WebhookAuthenticator.CarriesKey(request))
        {
            return OperatorAuthentication.Refused(
                $"a webhook key authenticates alert delivery (POST {Webhook.AlertWebhookEndpoints.AlertsPath}) only; operator routes and the dashboard need an operator identity");
        }

        var settings = options.Value;
        if (settings.TrustAppServiceAuthentication)
        {
            return ApproverIdentityResolver.FromPlatformHeader(request) is { } principal
                ? OperatorAuthentication.Accepted(principal)
                : OperatorAuthentication.Refused("no signed-in operator: sign in through App Service Authentication");
        }

        if (!string.IsNullOrWhiteSpace(settings.LocalIdentity) && environment.IsDevelopment())
        {
            return OperatorAuthentication.Accepted(settings.LocalIdentity.Trim());
        }

        return OperatorAuthentication.Refused(
            $"no operator identity: set {OperatorOptions.SectionName}:{nameof(OperatorOptions.TrustAppServiceAuthentication)} behind App Service Authentication, "
            + $"or {OperatorOptions.SectionName}:{nameof(OperatorOptions.LocalIdentity)} when running locally in Development");
    }
}

/// <summary>The outcome of <see cref="OperatorIdentityResolver.Authenticate"/>: an operator, or the failure.</summary>
internal sealed record OperatorAuthentication(string? Operator, string? Failure)
{
    public static OperatorAuthentication Accepted(string @operator) => new(@operator, null);

    public static OperatorAuthentication Refused(string failure) => new(null, failure);
}

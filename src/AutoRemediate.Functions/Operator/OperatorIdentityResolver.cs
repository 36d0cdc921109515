using AutoRemediate.Functions.Roles;
using AutoRemediate.Functions.Security;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Who the operator is and which roles they hold, for the operator API, the toil API and the dashboard: the App Service
/// Authentication principal (<see cref="PlatformPrincipal"/>, roles from its app roles and mapped groups, see
/// <see cref="RoleMapper"/>) when <c>Operator:TrustAppServiceAuthentication</c> is set, else <c>Operator:LocalIdentity</c>
/// with <c>Operator:LocalRoles</c>, which only the Development environment honours (start-up refuses them elsewhere, see
/// <see cref="OperatorOptionsValidator"/>). Alert-delivery credentials are not an operator identity: a request that
/// carries a webhook key is refused whatever else it carries, so a key from an Alertmanager config cannot act.
/// </summary>
internal sealed class OperatorIdentityResolver(IOptions<OperatorOptions> options, RoleMapper roles, IHostEnvironment environment)
{
    /// <summary>The operator, or null when the request has none.</summary>
    public string? Resolve(HttpRequest request) => Authenticate(request).Operator;

    /// <summary>The operator with their roles, or why there is none (a sentence for a 401, never echoing a credential).</summary>
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
            return PlatformPrincipal.From(request) is { } principal
                ? OperatorAuthentication.Accepted(principal.Name, roles.RolesOf(principal))
                : OperatorAuthentication.Refused("no signed-in operator: sign in through App Service Authentication");
        }

        if (!string.IsNullOrWhiteSpace(settings.LocalIdentity) && environment.IsDevelopment())
        {
            return OperatorAuthentication.Accepted(settings.LocalIdentity.Trim(), RoleGrants.Expand(RoleGrants.ParseList(settings.LocalRoles).Roles));
        }

        return OperatorAuthentication.Refused(
            $"no operator identity: set {OperatorOptions.SectionName}:{nameof(OperatorOptions.TrustAppServiceAuthentication)} behind App Service Authentication, "
            + $"or {OperatorOptions.SectionName}:{nameof(OperatorOptions.LocalIdentity)} when running locally in Development");
    }
}

/// <summary>The outcome of <see cref="OperatorIdentityResolver.Authenticate"/>: an operator with their roles (expanded), or the failure.</summary>
internal sealed record OperatorAuthentication(string? Operator, IReadOnlySet<OperatorRole> Roles, string? Failure)
{
    private static readonly IReadOnlySet<OperatorRole> None = new HashSet<OperatorRole>();

    public static OperatorAuthentication Accepted(string @operator, IReadOnlySet<OperatorRole> roles) => new(@operator, roles, null);

    public static OperatorAuthentication Refused(string failure) => new(null, None, failure);
}

using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Roles;
using AutoRemediate.Functions.Security;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Who is deciding: with <c>Approvals:TrustAppServiceAuthentication</c>, the person App Service Authentication signed
/// in (<see cref="PlatformPrincipal"/>), with their groups and app roles and whether those grant the Approver role;
/// otherwise <c>Approvals:LocalApproverIdentity</c>, which is an approver by configuration (it has no sign-in to hold
/// roles or groups). Null means nobody is signed in.
/// </summary>
internal sealed class ApproverIdentityResolver(IOptions<ApprovalOptions> options, RoleMapper roles)
{
    public const string PrincipalHeader = PlatformPrincipal.Header;

    /// <summary>The approver's name, for the page; null when nobody is signed in.</summary>
    public string? Resolve(HttpRequest request) => Authenticate(request)?.Identity.Name;

    /// <summary>The approver with memberships and whether they hold the Approver role; null when nobody is signed in.</summary>
    public SignedInApprover? Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.TrustAppServiceAuthentication)
        {
            return string.IsNullOrWhiteSpace(options.Value.LocalApproverIdentity)
                ? null
                : new SignedInApprover(ApproverIdentity.Named(options.Value.LocalApproverIdentity.Trim()), IsApprover: true);
        }

        return PlatformPrincipal.From(request) is { } principal
            ? new SignedInApprover(new ApproverIdentity(principal.Name, principal.Groups, principal.Roles), roles.RolesOf(principal).Contains(OperatorRole.Approver))
            : null;
    }
}

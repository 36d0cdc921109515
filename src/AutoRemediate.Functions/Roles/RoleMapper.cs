using AutoRemediate.Functions.Security;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Roles;

/// <summary>The roles a sign-in holds: its app roles named like a role, and the roles its groups are mapped to, expanded by inclusion.</summary>
internal sealed class RoleMapper(IOptions<RoleMappingOptions> options)
{
    public IReadOnlySet<OperatorRole> RolesOf(PlatformPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var fromAppRoles = principal.Roles.Select(RoleGrants.Parse).OfType<OperatorRole>();
        var fromGroups = principal.Groups
            .Select(g => options.Value.Groups.TryGetValue(g, out var roles) ? roles : null)
            .SelectMany(roles => RoleGrants.ParseList(roles).Roles);
        return RoleGrants.Expand(fromAppRoles.Concat(fromGroups));
    }
}

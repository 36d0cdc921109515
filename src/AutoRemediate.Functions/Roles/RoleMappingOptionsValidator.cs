using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Roles;

/// <summary>Refuses start-up with a group mapping that is not a group object id mapped to known roles, naming every bad setting.</summary>
internal sealed class RoleMappingOptionsValidator : IValidateOptions<RoleMappingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoleMappingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (group, roles) in options.Groups)
        {
            var setting = $"{RoleMappingOptions.SectionName}:{nameof(RoleMappingOptions.Groups)}:{group}";
            if (!Guid.TryParseExact(group, "D", out _))
            {
                errors.Add($"{setting}: the key must be an Entra ID group object id (a GUID).");
            }

            var (parsed, unknown) = RoleGrants.ParseList(roles);
            if (unknown.Count > 0 || parsed.Count == 0)
            {
                errors.Add($"{setting} must be a comma-separated list of roles ({RoleGrants.Names}).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

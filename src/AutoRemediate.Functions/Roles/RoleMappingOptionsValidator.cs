using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Roles;

/// <summary>Refuses start-up with a group mapping that is not a group object id mapped to known roles (or blank), naming every bad setting.</summary>
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

            // A blank mapping grants nothing (a template's placeholder); a mapping that names no known role is a typo.
            var (parsed, unknown) = RoleGrants.ParseList(roles);
            if (unknown.Count > 0 || (parsed.Count == 0 && !string.IsNullOrWhiteSpace(roles)))
            {
                errors.Add($"{setting} must be a comma-separated list of roles ({RoleGrants.Names}).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

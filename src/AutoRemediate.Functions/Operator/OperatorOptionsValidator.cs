using AutoRemediate.Functions.Roles;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Refuses start-up with an operator identity that could not be recorded faithfully, with local roles that name no
/// role, or with a local identity or local roles outside the Development environment: they make every caller that
/// operator, with those roles, so they are for a developer's own machine only.
/// </summary>
internal sealed class OperatorOptionsValidator(IHostEnvironment environment) : IValidateOptions<OperatorOptions>
{
    private const string Setting = $"{OperatorOptions.SectionName}:{nameof(OperatorOptions.LocalIdentity)}";
    private const string RolesSetting = $"{OperatorOptions.SectionName}:{nameof(OperatorOptions.LocalRoles)}";

    public ValidateOptionsResult Validate(string? name, OperatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.LocalRoles))
        {
            var unknown = RoleGrants.ParseList(options.LocalRoles).Unknown;
            if (unknown.Count > 0)
            {
                return ValidateOptionsResult.Fail($"{RolesSetting} must be a comma-separated list of roles ({RoleGrants.Names}); '{string.Join("', '", unknown)}' is none of them.");
            }

            if (!environment.IsDevelopment())
            {
                return ValidateOptionsResult.Fail(
                    $"{RolesSetting} is set, but the host environment is '{environment.EnvironmentName}': local roles are honoured in Development only. "
                    + $"Unset {RolesSetting}; behind App Service Authentication roles come from the sign-in's app roles and {RoleMappingOptions.SectionName}:{nameof(RoleMappingOptions.Groups)}.");
            }
        }

        var identity = options.LocalIdentity;
        if (string.IsNullOrWhiteSpace(identity))
        {
            return ValidateOptionsResult.Success;
        }

        if (identity.Trim().Length > OperatorOptions.MaxIdentityLength || identity.Any(char.IsControl))
        {
            return ValidateOptionsResult.Fail($"{Setting} must be at most {OperatorOptions.MaxIdentityLength} printable characters, or empty.");
        }

        if (!environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"{Setting} is set, but the host environment is '{environment.EnvironmentName}': a local operator identity is honoured in Development only "
                + $"(it makes every caller that operator). Unset {Setting}, and use {OperatorOptions.SectionName}:{nameof(OperatorOptions.TrustAppServiceAuthentication)} behind App Service Authentication.");
        }

        return ValidateOptionsResult.Success;
    }
}

using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Refuses start-up with an operator identity that could not be recorded faithfully, or with a local identity outside
/// the Development environment: it makes every caller that operator, so it is for a developer's own machine only.
/// </summary>
internal sealed class OperatorOptionsValidator(IHostEnvironment environment) : IValidateOptions<OperatorOptions>
{
    private const string Setting = $"{OperatorOptions.SectionName}:{nameof(OperatorOptions.LocalIdentity)}";

    public ValidateOptionsResult Validate(string? name, OperatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
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

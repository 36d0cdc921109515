using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>Refuses start-up with an operator identity that could not be recorded faithfully.</summary>
internal sealed class OperatorOptionsValidator : IValidateOptions<OperatorOptions>
{
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
            return ValidateOptionsResult.Fail(
                $"{OperatorOptions.SectionName}:{nameof(OperatorOptions.LocalIdentity)} must be at most {OperatorOptions.MaxIdentityLength} printable characters, or empty.");
        }

        return ValidateOptionsResult.Success;
    }
}

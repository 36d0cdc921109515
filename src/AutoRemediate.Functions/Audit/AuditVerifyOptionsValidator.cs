using AutoRemediate.Functions.Toil;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Audit;

/// <summary>Checks the verification schedule at start-up, naming the setting.</summary>
internal sealed class AuditVerifyOptionsValidator : IValidateOptions<AuditVerifyOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditVerifyOptions options) =>
        CronSchedule.TryParse(options.Schedule, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"AuditVerify:Schedule '{options.Schedule}': {error}");
}

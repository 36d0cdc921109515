using Microsoft.Extensions.Options;

namespace AutoRemediate.Storage.Configuration;

/// <summary>Checks <see cref="StorageAccountOptions"/> at start-up; failures name the setting by its configuration path.</summary>
internal sealed class StorageAccountOptionsValidator(string sectionPath) : IValidateOptions<StorageAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageAccountOptions options)
    {
        var failures = StorageAccountSettings.Problems(options)
            .Select(problem => $"{sectionPath}:{problem.Setting}: {problem.Message}")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

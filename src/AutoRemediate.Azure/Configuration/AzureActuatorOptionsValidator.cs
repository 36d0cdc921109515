using Microsoft.Extensions.Options;

namespace AutoRemediate.Azure.Configuration;

/// <summary>Checks <see cref="AzureActuatorOptions"/> at start-up; failures name the setting by its configuration path.</summary>
internal sealed class AzureActuatorOptionsValidator(string sectionPath) : IValidateOptions<AzureActuatorOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureActuatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Problems(options).Select(problem => $"{sectionPath}:{problem}").ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(AzureActuatorOptions options)
    {
        if (!IsHttps(options.ResourceManagerEndpoint))
        {
            // Bearer tokens are only ever sent over TLS.
            yield return $"{nameof(options.ResourceManagerEndpoint)}: must be an absolute https URL (was '{options.ResourceManagerEndpoint}')";
        }

        if (!IsHttps(options.LogAnalyticsEndpoint))
        {
            yield return $"{nameof(options.LogAnalyticsEndpoint)}: must be an absolute https URL (was '{options.LogAnalyticsEndpoint}')";
        }

        foreach (var (type, version) in options.ApiVersions.Where(pair => string.IsNullOrWhiteSpace(pair.Value)))
        {
            yield return $"{nameof(options.ApiVersions)}:{type}: must not be empty (was '{version}')";
        }

        if (options.OperationPollInterval <= TimeSpan.Zero)
        {
            yield return $"{nameof(options.OperationPollInterval)}: must be positive (was {options.OperationPollInterval})";
        }

        if (options.OperationTimeout < options.OperationPollInterval)
        {
            yield return $"{nameof(options.OperationTimeout)}: must be at least {nameof(options.OperationPollInterval)} (was {options.OperationTimeout})";
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            yield return $"{nameof(options.MaxRetries)}: must be between 0 and 10 (was {options.MaxRetries})";
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            yield return $"{nameof(options.RetryDelay)}: must be positive and at most {nameof(options.MaxRetryDelay)} (was {options.RetryDelay} and {options.MaxRetryDelay})";
        }

        if (options.NetworkTimeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(options.NetworkTimeout)}: must be positive (was {options.NetworkTimeout})";
        }
    }

    private static bool IsHttps(Uri? uri) => uri is { IsAbsoluteUri: true } && uri.Scheme == Uri.UriSchemeHttps;
}

using Azure.Core;

namespace AutoRemediate.Storage.Configuration;

/// <summary>
/// The account as the clients use it: names, endpoints and the one credential, resolved from
/// <see cref="StorageAccountOptions"/>.
/// </summary>
internal sealed record StorageAccountSettings(
    string AccountName,
    Uri TableEndpoint,
    Uri QueueEndpoint,
    StorageConnectionString? ConnectionString,
    TokenCredential? TokenCredential)
{
    public static IEnumerable<(string Setting, string Message)> Problems(StorageAccountOptions options)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasAccount = !string.IsNullOrWhiteSpace(options.AccountName) || options.TableEndpoint is not null || options.QueueEndpoint is not null;
        if (hasConnectionString && hasAccount)
        {
            yield return (nameof(options.ConnectionString), "set either ConnectionString or AccountName/TableEndpoint/QueueEndpoint, not both.");
        }
        else if (!hasConnectionString && string.IsNullOrWhiteSpace(options.AccountName) && (options.TableEndpoint is null || options.QueueEndpoint is null))
        {
            yield return (nameof(options.ConnectionString), "is required, unless AccountName (or both TableEndpoint and QueueEndpoint) is set for Entra ID access.");
        }
        else if (hasConnectionString && ParseProblem(options.ConnectionString!) is { } problem)
        {
            yield return (nameof(options.ConnectionString), problem);
        }

        if (options.MaxRetries is < 0 or > 20)
        {
            yield return (nameof(options.MaxRetries), "must be between 0 and 20.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            yield return (nameof(options.RetryDelay), "must be positive and not above MaxRetryDelay.");
        }

        if (options.NetworkTimeout <= TimeSpan.Zero)
        {
            yield return (nameof(options.NetworkTimeout), "must be positive.");
        }
    }

    public static StorageAccountSettings Resolve(StorageAccountOptions options, Func<TokenCredential> credential)
    {
        var problem = Problems(options).FirstOrDefault();
        if (problem.Setting is not null)
        {
            throw new ArgumentException($"Storage setting '{problem.Setting}' {problem.Message}", nameof(options));
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var parsed = StorageConnectionString.Parse(options.ConnectionString);
            return new StorageAccountSettings(parsed.AccountName, parsed.TableEndpoint, parsed.QueueEndpoint, parsed, null);
        }

        var account = options.AccountName ?? options.TableEndpoint!.Host.Split('.')[0];
        return new StorageAccountSettings(
            account,
            options.TableEndpoint ?? new Uri($"https://{account}.table.core.windows.net"),
            options.QueueEndpoint ?? new Uri($"https://{account}.queue.core.windows.net"),
            null,
            credential());
    }

    private static string? ParseProblem(string connectionString)
    {
        try
        {
            StorageConnectionString.Parse(connectionString);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message.Split(" (Parameter", 2)[0];
        }
    }
}

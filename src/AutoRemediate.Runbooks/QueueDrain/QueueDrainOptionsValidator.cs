using Microsoft.Extensions.Options;

namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Checks <see cref="QueueDrainOptions"/> at start-up; one message names every bad setting.</summary>
internal sealed class QueueDrainOptionsValidator : IValidateOptions<QueueDrainOptions>
{
    public ValidateOptionsResult Validate(string? name, QueueDrainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EndpointSuffix) || options.EndpointSuffix.Contains('/', StringComparison.Ordinal))
        {
            problems.Add($"{QueueDrainOptions.SectionName}:EndpointSuffix must be a DNS suffix such as {QueueDrainOptions.DefaultEndpointSuffix}.");
        }

        if (string.IsNullOrWhiteSpace(options.LedgerTable) || !options.LedgerTable.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(options.LedgerTable[0]))
        {
            problems.Add($"{QueueDrainOptions.SectionName}:LedgerTable must be a table name (letters and digits, starting with a letter).");
        }

        if (options.VisibilityTimeout < TimeSpan.FromSeconds(2) || options.VisibilityTimeout > TimeSpan.FromHours(1))
        {
            problems.Add($"{QueueDrainOptions.SectionName}:VisibilityTimeout must be between 2 seconds and 1 hour.");
        }

        if (options.BatchSize is < 1 or > 5000)
        {
            problems.Add($"{QueueDrainOptions.SectionName}:BatchSize must be between 1 and 5000.");
        }

        foreach (var (account, settings) in options.Accounts)
        {
            var hasEndpoints = settings.QueueEndpoint is not null || settings.TableEndpoint is not null;
            if (string.IsNullOrWhiteSpace(settings.ConnectionString) != hasEndpoints)
            {
                problems.Add($"{QueueDrainOptions.SectionName}:Accounts:{account} must set either ConnectionString or QueueEndpoint/TableEndpoint.");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(" ", problems));
    }
}

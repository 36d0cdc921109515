using Microsoft.Extensions.Options;

namespace AutoRemediate.Durable;

/// <summary>Checks <see cref="DurableEngineOptions"/> and reports every problem in one message.</summary>
internal sealed class DurableEngineOptionsValidator : IValidateOptions<DurableEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, DurableEngineOptions options)
    {
        var problems = new List<string>();
        if (options.MaxConcurrentWorkItems < 1)
        {
            problems.Add($"{nameof(options.MaxConcurrentWorkItems)} must be at least 1 (was {options.MaxConcurrentWorkItems}).");
        }

        if (options.MaxInboxMessagesPerTurn < 1)
        {
            problems.Add($"{nameof(options.MaxInboxMessagesPerTurn)} must be at least 1 (was {options.MaxInboxMessagesPerTurn}).");
        }

        if (options.MissingInstanceMaxAttempts < 1)
        {
            problems.Add($"{nameof(options.MissingInstanceMaxAttempts)} must be at least 1 (was {options.MissingInstanceMaxAttempts}).");
        }

        RequirePositive(problems, nameof(options.MinPollingInterval), options.MinPollingInterval);
        RequirePositive(problems, nameof(options.MaxPollingInterval), options.MaxPollingInterval);
        if (options.MaxPollingInterval < options.MinPollingInterval)
        {
            problems.Add($"{nameof(options.MaxPollingInterval)} ({options.MaxPollingInterval}) must not be less than {nameof(options.MinPollingInterval)} ({options.MinPollingInterval}).");
        }

        RequirePositive(problems, nameof(options.LeaseDuration), options.LeaseDuration);
        RequirePositive(problems, nameof(options.MessageVisibilityTimeout), options.MessageVisibilityTimeout);
        RequirePositive(problems, nameof(options.BusyInstanceRetryDelay), options.BusyInstanceRetryDelay);
        RequirePositive(problems, nameof(options.MissingInstanceRetryDelay), options.MissingInstanceRetryDelay);
        RequirePositive(problems, nameof(options.SweepInterval), options.SweepInterval);
        RequirePositive(problems, nameof(options.StalledInstanceGrace), options.StalledInstanceGrace);
        if (options.MessageVisibilityTimeout > TimeSpan.FromDays(7))
        {
            problems.Add($"{nameof(options.MessageVisibilityTimeout)} must be at most 7 days (was {options.MessageVisibilityTimeout}).");
        }

        if (options.WorkerId is { } workerId && string.IsNullOrWhiteSpace(workerId))
        {
            problems.Add($"{nameof(options.WorkerId)} must not be blank; leave it unset to generate one.");
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Invalid {nameof(DurableEngineOptions)}: {string.Join(" ", problems)}");
    }

    private static void RequirePositive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} must be positive (was {value}).");
        }
    }
}

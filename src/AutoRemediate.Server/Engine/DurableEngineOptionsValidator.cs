using Microsoft.Extensions.Options;

namespace AutoRemediate.Server.Engine;

/// <summary>Checks every <see cref="DurableEngineOptions"/> setting and reports all problems in one message.</summary>
internal sealed class DurableEngineOptionsValidator : IValidateOptions<DurableEngineOptions>
{
    private static readonly TimeSpan LongestPollingInterval = TimeSpan.FromSeconds(30);
    // Below 15 s a worker stalled by a loaded machine (partition-table writes were seen taking over 2 s on Azurite)
    // loses partitions it is still working on; above 60 s crash recovery waits minutes for no gain.
    private static readonly TimeSpan ShortestLease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestLease = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ShortestVisibility = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestVisibility = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, DurableEngineOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(DurableEngineOptions options)
    {
        const string Section = DurableEngineOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.AccountName))
        {
            yield return $"{Section}:ConnectionString or {Section}:AccountName is required (for Azurite: UseDevelopmentStorage=true).";
        }

        if (!IsValidTaskHubName(options.TaskHub))
        {
            yield return $"{Section}:TaskHub '{options.TaskHub}' must be 3–45 letters or digits, starting with a letter.";
        }

        if (options.PartitionCount is < 1 or > DurableEngineOptions.MaxPartitionCount)
        {
            yield return $"{Section}:PartitionCount {options.PartitionCount} must be between 1 and {DurableEngineOptions.MaxPartitionCount}.";
        }

        if (options.MaxQueuePollingInterval <= TimeSpan.Zero || options.MaxQueuePollingInterval > LongestPollingInterval)
        {
            yield return $"{Section}:MaxQueuePollingInterval {options.MaxQueuePollingInterval} must be above zero and at most {LongestPollingInterval}.";
        }

        if (options.MaxConcurrentOrchestrations < 1)
        {
            yield return $"{Section}:MaxConcurrentOrchestrations {options.MaxConcurrentOrchestrations} must be at least 1.";
        }

        if (options.MaxConcurrentActivities < 1)
        {
            yield return $"{Section}:MaxConcurrentActivities {options.MaxConcurrentActivities} must be at least 1.";
        }

        if (options.LeaseInterval < ShortestLease || options.LeaseInterval > LongestLease)
        {
            yield return $"{Section}:LeaseInterval {options.LeaseInterval} must be between {ShortestLease} and {LongestLease}.";
        }

        if (options.LeaseRenewInterval <= TimeSpan.Zero || options.LeaseRenewInterval > options.LeaseInterval / 2)
        {
            yield return $"{Section}:LeaseRenewInterval {options.LeaseRenewInterval} must be above zero and at most half of {Section}:LeaseInterval ({options.LeaseInterval}).";
        }

        if (options.LeaseAcquireInterval <= TimeSpan.Zero || options.LeaseAcquireInterval > options.LeaseInterval)
        {
            yield return $"{Section}:LeaseAcquireInterval {options.LeaseAcquireInterval} must be above zero and at most {Section}:LeaseInterval ({options.LeaseInterval}).";
        }

        if (options.ControlQueueVisibilityTimeout < ShortestVisibility || options.ControlQueueVisibilityTimeout > LongestVisibility)
        {
            yield return $"{Section}:ControlQueueVisibilityTimeout {options.ControlQueueVisibilityTimeout} must be between {ShortestVisibility} and {LongestVisibility}.";
        }

        if (options.WorkItemQueueVisibilityTimeout < ShortestVisibility || options.WorkItemQueueVisibilityTimeout > LongestVisibility)
        {
            yield return $"{Section}:WorkItemQueueVisibilityTimeout {options.WorkItemQueueVisibilityTimeout} must be between {ShortestVisibility} and {LongestVisibility}.";
        }
    }

    // The hub name prefixes table names (letters and digits only, starting with a letter, at most 63 characters with
    // the longest suffix DurableTask.AzureStorage appends) and lowercased queue and container names.
    private static bool IsValidTaskHubName(string? name) =>
        name is { Length: >= 3 and <= 45 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}

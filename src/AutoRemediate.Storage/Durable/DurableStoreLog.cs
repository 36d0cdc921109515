using Microsoft.Extensions.Logging;

namespace AutoRemediate.Storage.Durable;

/// <summary>The durable stores' log events.</summary>
internal static partial class DurableStoreLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Checkpoint of instance {InstanceId} rejected: its lease was lost (status {Status}, operation {FailedIndex})")]
    public static partial void CommitLeaseLost(ILogger logger, string instanceId, int status, int? failedIndex);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Instance {InstanceId} not acquired by {Owner}: the lease is held or changed concurrently")]
    public static partial void AcquireRefused(ILogger logger, string instanceId, string owner);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Checkpoint of instance {InstanceId} wrote {EarlyBatches} early batch(es) before the final transaction")]
    public static partial void CommitSplit(ILogger logger, string instanceId, int earlyBatches);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Purged {Count} instance(s) completed before {CompletedBefore:O}")]
    public static partial void Purged(ILogger logger, int count, DateTimeOffset completedBefore);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Work message {MessageId} was already gone or re-received when deleting it (status {Status}); it may be processed again")]
    public static partial void WorkMessageDeleteLost(ILogger logger, string messageId, int status);
}

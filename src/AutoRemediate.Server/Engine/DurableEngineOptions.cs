namespace AutoRemediate.Server.Engine;

/// <summary>
/// Settings of the Durable Task engine the Server host runs, bound from the <c>Durable</c> configuration section.
/// </summary>
/// <remarks>
/// Every default is a named constant below; docs/architecture.md ("The v2 engine") gives the figures behind them.
/// A bad value stops start-up with a message naming the setting (see <see cref="DurableEngineOptionsValidator"/>).
/// </remarks>
public sealed class DurableEngineOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Durable";

    /// <summary>The default task hub name.</summary>
    public const string DefaultTaskHub = "AutoRemediate";

    /// <summary>The default number of control-queue partitions (DurableTask.AzureStorage's own default).</summary>
    public const int DefaultPartitionCount = 4;

    /// <summary>
    /// The default longest wait between polls of an idle queue. DurableTask.AzureStorage's own default is 30 s,
    /// which would let an alert wait half a minute before its remediation starts.
    /// </summary>
    public static readonly TimeSpan DefaultMaxQueuePollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>The default number of orchestration turns one process runs at once.</summary>
    public const int DefaultMaxConcurrentOrchestrations = 100;

    /// <summary>The default number of activities one process runs at once.</summary>
    public const int DefaultMaxConcurrentActivities = 10;

    /// <summary>
    /// The default partition lease: a killed worker's partitions move to a live one this long after its last
    /// renewal. DurableTask.AzureStorage's own default is 30 s.
    /// </summary>
    public static readonly TimeSpan DefaultLeaseInterval = TimeSpan.FromSeconds(15);

    /// <summary>The default interval at which a worker renews the partition leases it holds (a third of the lease).</summary>
    public static readonly TimeSpan DefaultLeaseRenewInterval = TimeSpan.FromSeconds(5);

    /// <summary>The default interval at which a worker looks for expired or unbalanced partition leases to take.</summary>
    public static readonly TimeSpan DefaultLeaseAcquireInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The default time a dequeued control-queue message (an orchestration's event) stays hidden. DurableTask.AzureStorage's
    /// own default is 5 minutes, which is how long a killed worker's in-flight turns would wait to run again.
    /// </summary>
    public static readonly TimeSpan DefaultControlQueueVisibilityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The default time a dequeued activity message stays hidden (the worker renews it while the activity runs).
    /// DurableTask.AzureStorage's own default is 5 minutes.
    /// </summary>
    public static readonly TimeSpan DefaultWorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The most control-queue partitions DurableTask.AzureStorage supports.</summary>
    public const int MaxPartitionCount = 16;

    /// <summary>
    /// The storage connection string (<c>UseDevelopmentStorage=true</c> or an explicit Azurite or account string).
    /// </summary>
    /// <remarks>Holds the account key: never logged.</remarks>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// The storage account's name, used with the host's token credential (managed identity) when
    /// <see cref="ConnectionString"/> is empty.
    /// </summary>
    public string? AccountName { get; set; }

    /// <summary>
    /// The task hub name: the prefix of the hub's tables, queues and blob containers. Hosts that share a hub share
    /// its instances, so the Functions host and the Server must use the same name to see the same state.
    /// </summary>
    public string TaskHub { get; set; } = DefaultTaskHub;

    /// <summary>The number of control-queue partitions (1–16). Fixed when the hub is created; changing it later has no effect.</summary>
    public int PartitionCount { get; set; } = DefaultPartitionCount;

    /// <summary>The longest wait between polls of an idle queue; bounds the alert→first-action delay of a quiet hub.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = DefaultMaxQueuePollingInterval;

    /// <summary>The number of orchestration turns one process runs at once.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = DefaultMaxConcurrentOrchestrations;

    /// <summary>The number of activities one process runs at once.</summary>
    public int MaxConcurrentActivities { get; set; } = DefaultMaxConcurrentActivities;

    /// <summary>
    /// Keeps an orchestration's state in memory between turns instead of replaying its history each turn. Off by
    /// default: remediations are short, and replay from storage is what the crash-recovery tests exercise.
    /// </summary>
    public bool ExtendedSessions { get; set; }

    /// <summary>
    /// How long a partition lease lasts without renewal (15–60 s): after a crash, the killed worker's partitions are
    /// taken over this long after its last renewal.
    /// </summary>
    /// <remarks>Shorter means faster takeover, but a worker stalled longer than this (GC, a starved machine) loses its partitions.</remarks>
    public TimeSpan LeaseInterval { get; set; } = DefaultLeaseInterval;

    /// <summary>How often a worker renews its partition leases; at most half of <see cref="LeaseInterval"/>.</summary>
    public TimeSpan LeaseRenewInterval { get; set; } = DefaultLeaseRenewInterval;

    /// <summary>How often a worker looks for expired or unbalanced partition leases to take; at most <see cref="LeaseInterval"/>.</summary>
    public TimeSpan LeaseAcquireInterval { get; set; } = DefaultLeaseAcquireInterval;

    /// <summary>
    /// How long a dequeued orchestration message stays hidden (5 s–5 min). A killed worker's in-flight turns run again
    /// once it has passed, so it bounds crash recovery together with <see cref="LeaseInterval"/>.
    /// </summary>
    /// <remarks>
    /// Too short and a message still waiting in a live worker's buffer reappears and is delivered twice (the engine
    /// discards the duplicate, at the cost of extra storage work).
    /// </remarks>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = DefaultControlQueueVisibilityTimeout;

    /// <summary>
    /// How long a dequeued activity message stays hidden (5 s–5 min); a running activity's message is renewed, so
    /// this bounds only how soon a killed worker's activities run again.
    /// </summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = DefaultWorkItemQueueVisibilityTimeout;
}

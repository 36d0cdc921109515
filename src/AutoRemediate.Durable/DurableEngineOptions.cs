namespace AutoRemediate.Durable;

/// <summary>Tuning of the durable engine's worker, leases and sweeper; validated at start-up.</summary>
public sealed class DurableEngineOptions
{
    /// <summary>The configuration section <c>AddDurableEngine(IConfiguration)</c> binds by convention.</summary>
    public const string SectionName = "Durable";

    /// <summary>Default of <see cref="MaxConcurrentWorkItems"/>.</summary>
    public const int DefaultMaxConcurrentWorkItems = 8;

    /// <summary>Default of <see cref="MaxInboxMessagesPerTurn"/>.</summary>
    public const int DefaultMaxInboxMessagesPerTurn = 50;

    /// <summary>Default of <see cref="MissingInstanceMaxAttempts"/>.</summary>
    public const int DefaultMissingInstanceMaxAttempts = 5;

    /// <summary>Default of <see cref="MinPollingInterval"/>.</summary>
    public static readonly TimeSpan DefaultMinPollingInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Default of <see cref="MaxPollingInterval"/>.</summary>
    public static readonly TimeSpan DefaultMaxPollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>Default of <see cref="LeaseDuration"/>.</summary>
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>Default of <see cref="MessageVisibilityTimeout"/>.</summary>
    public static readonly TimeSpan DefaultMessageVisibilityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Default of <see cref="BusyInstanceRetryDelay"/>.</summary>
    public static readonly TimeSpan DefaultBusyInstanceRetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Default of <see cref="MissingInstanceRetryDelay"/>.</summary>
    public static readonly TimeSpan DefaultMissingInstanceRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Default of <see cref="SweepInterval"/>.</summary>
    public static readonly TimeSpan DefaultSweepInterval = TimeSpan.FromSeconds(30);

    /// <summary>Default of <see cref="StalledInstanceGrace"/>.</summary>
    public static readonly TimeSpan DefaultStalledInstanceGrace = TimeSpan.FromMinutes(2);

    /// <summary>Work items (turns and activities) one worker runs at once.</summary>
    public int MaxConcurrentWorkItems { get; set; } = DefaultMaxConcurrentWorkItems;

    /// <summary>The polling delay after a receive that found work; doubles on each empty receive.</summary>
    public TimeSpan MinPollingInterval { get; set; } = DefaultMinPollingInterval;

    /// <summary>The longest polling delay when the queue stays empty.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = DefaultMaxPollingInterval;

    /// <summary>How long a turn's instance lease lasts; renewed every third of it while the turn runs.</summary>
    public TimeSpan LeaseDuration { get; set; } = DefaultLeaseDuration;

    /// <summary>How long a received message stays invisible; extended every third of it while its work runs.</summary>
    public TimeSpan MessageVisibilityTimeout { get; set; } = DefaultMessageVisibilityTimeout;

    /// <summary>The most inbox messages one turn consumes; the rest wait for the next turn.</summary>
    public int MaxInboxMessagesPerTurn { get; set; } = DefaultMaxInboxMessagesPerTurn;

    /// <summary>How long a turn request waits before retrying when another worker holds the instance's lease.</summary>
    public TimeSpan BusyInstanceRetryDelay { get; set; } = DefaultBusyInstanceRetryDelay;

    /// <summary>How long a turn request for a not-yet-created instance waits before retrying.</summary>
    public TimeSpan MissingInstanceRetryDelay { get; set; } = DefaultMissingInstanceRetryDelay;

    /// <summary>How many times a turn request for a missing instance is tried before it is dropped.</summary>
    public int MissingInstanceMaxAttempts { get; set; } = DefaultMissingInstanceMaxAttempts;

    /// <summary>How often the lease sweeper looks for abandoned or stalled instances.</summary>
    public TimeSpan SweepInterval { get; set; } = DefaultSweepInterval;

    /// <summary>How long past its wake-up time (or creation, if never started) an idle instance is left before the
    /// sweeper re-dispatches it.</summary>
    public TimeSpan StalledInstanceGrace { get; set; } = DefaultStalledInstanceGrace;

    /// <summary>This worker's id in leases and logs; a unique one (machine, process, random) when null.</summary>
    public string? WorkerId { get; set; }
}

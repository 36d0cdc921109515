namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>How the drain-queue runbook reaches storage accounts, and how hard it pushes them (section <c>QueueDrain</c>).</summary>
/// <remarks>
/// An account listed under <see cref="Accounts"/> uses what is set there (a connection string for Azurite or a key, or
/// endpoints with the managed identity); any other account is reached with the managed identity at
/// <c>https://{account}.queue.{EndpointSuffix}</c> and <c>https://{account}.table.{EndpointSuffix}</c>.
/// </remarks>
internal sealed class QueueDrainOptions
{
    public const string SectionName = "QueueDrain";
    public const string DefaultEndpointSuffix = "core.windows.net";
    public const string DefaultLedgerTable = "queuedrainledger";
    public const int DefaultBatchSize = 256;
    public const int MaxReceiveCount = 32;
    public static readonly TimeSpan DefaultVisibilityTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The storage DNS suffix (sovereign clouds: <c>core.chinacloudapi.cn</c>, <c>core.usgovcloudapi.net</c>).</summary>
    public string EndpointSuffix { get; set; } = DefaultEndpointSuffix;

    /// <summary>Per-account overrides, keyed by account name.</summary>
    public Dictionary<string, QueueDrainAccountOptions> Accounts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The table (in the drained account) holding one ledger row per message taken off a source queue.</summary>
    public string LedgerTable { get; set; } = DefaultLedgerTable;

    /// <summary>How long a received message stays hidden while it is moved; must outlast one receive of 32 at the slowest pace.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = DefaultVisibilityTimeout;

    /// <summary>The most messages one activity call handles before it reports back (a checkpoint in the orchestration).</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;
}

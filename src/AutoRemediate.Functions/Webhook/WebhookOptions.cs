using System.ComponentModel.DataAnnotations;
using AutoRemediate.Functions.Security;

namespace AutoRemediate.Functions.Webhook;

/// <summary>Settings of the alert webhook (section <c>Webhook</c>); validated at start-up.</summary>
internal sealed class WebhookOptions
{
    public const string SectionName = "Webhook";
    public const int DefaultMaxBodyBytes = 1024 * 1024;
    public const int DefaultRetryAfterSeconds = 10;
    public static readonly TimeSpan DefaultStorageTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Lower-case or upper-case hex SHA-256 of each accepted function key, so the keys themselves never sit in
    /// configuration. Several entries allow rotating a key without downtime.
    /// </summary>
    public IReadOnlyList<string> KeyHashes { get; set; } = [];

    /// <summary>Bodies larger than this are refused with 413 before they are parsed.</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "Webhook:MaxBodyBytes must be between 1024 and 4194304 bytes.")]
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>The Retry-After (seconds) of a 503 answered while storage is unreachable.</summary>
    [Range(1, 3600, ErrorMessage = "Webhook:RetryAfterSeconds must be between 1 and 3600.")]
    public int RetryAfterSeconds { get; set; } = DefaultRetryAfterSeconds;

    /// <summary>How long one request may spend on storage calls before it gives up with 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Webhook:StorageTimeout must be between 100 ms and 1 minute.")]
    public TimeSpan StorageTimeout { get; set; } = DefaultStorageTimeout;

    /// <summary>Entra ID bearer tokens (Azure Monitor secure webhook); off unless TenantId is set.</summary>
    public EntraIdOptions EntraId { get; set; } = new();
}

using AutoRemediate.Storage.Queues;

namespace AutoRemediate.Storage.Configuration;

/// <summary>
/// How to reach the storage account: either <see cref="ConnectionString"/> (account key), or
/// <see cref="AccountName"/> and/or explicit endpoints with a Microsoft Entra ID <c>TokenCredential</c>.
/// </summary>
public sealed class StorageAccountOptions
{
    /// <summary>A connection string with an account key, or <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account name for Entra ID access; endpoints default to https://{name}.table|queue.core.windows.net.</summary>
    public string? AccountName { get; set; }

    /// <summary>Overrides the Table endpoint for Entra ID access (e.g. sovereign clouds, private endpoints).</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Overrides the Queue endpoint for Entra ID access.</summary>
    public Uri? QueueEndpoint { get; set; }

    /// <summary>How table requests are signed with the account key.</summary>
    public TableAuthenticationScheme TableAuthentication { get; set; } = TableAuthenticationScheme.SharedKey;

    /// <summary>How queue message text goes on the wire; base64 matches the Azure Functions queue trigger's default.</summary>
    public QueueMessageEncoding QueueMessageEncoding { get; set; } = QueueMessageEncoding.Base64;

    /// <summary>Retries of transient failures (408, 429, 500, 502, 503, 504, network errors).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The cap on any one retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one attempt may wait for the service before it counts as a network failure.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

namespace AutoRemediate.Azure.Configuration;

/// <summary>
/// Settings of the Azure actuator clients (configuration section <c>Azure</c> by convention). Checked at start-up;
/// every failure names the setting.
/// </summary>
public sealed class AzureActuatorOptions
{
    /// <summary>
    /// Whether the app may call Azure at all; false for the local demo, where guardrail inputs read from Azure (tags,
    /// fleet size, error budgets) are recorded as not checked, with "Azure access disabled" as the reason.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The Azure Resource Manager endpoint; public cloud by default, override for sovereign clouds and tests.</summary>
    public Uri ResourceManagerEndpoint { get; set; } = new("https://management.azure.com");

    /// <summary>The ARM token scope; <c>{ResourceManagerEndpoint}/.default</c> when empty.</summary>
    public string? ResourceManagerScope { get; set; }

    /// <summary>
    /// DNS suffixes a vault's host must end with, so a vault token is never sent to another host; the public and
    /// sovereign clouds' suffixes when empty.
    /// </summary>
    public string[]? KeyVaultDnsSuffixes { get; set; }

    /// <summary>
    /// Whether the Key Vault SDK checks that the token scope a vault's 401 challenge asks for belongs to the vault's
    /// own DNS suffix (on by default). Turn it off only for vaults reached under a configured
    /// <see cref="KeyVaultDnsSuffixes"/> entry that is not a cloud's vault suffix (e.g. a local test server).
    /// </summary>
    public bool KeyVaultChallengeResourceVerification { get; set; } = true;

    /// <summary>The Log Analytics query endpoint.</summary>
    public Uri LogAnalyticsEndpoint { get; set; } = new("https://api.loganalytics.io");

    /// <summary>The Log Analytics token scope; <c>{LogAnalyticsEndpoint}/.default</c> when empty.</summary>
    public string? LogAnalyticsScope { get; set; }

    /// <summary>The client id of a user-assigned managed identity; the system-assigned one (or developer sign-in) when empty.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>API versions by resource type (e.g. <c>Microsoft.Web/sites</c>), overriding the built-in ones.</summary>
    public Dictionary<string, string> ApiVersions { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The wait between polls of a long-running operation when Azure gives no Retry-After.</summary>
    public TimeSpan OperationPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to poll a long-running operation before giving up with a timeout.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Retries of a transient failure (408, 429, 5xx, network) after the first attempt.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off delay when Azure gives no Retry-After; it doubles per retry.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry. A Retry-After above it is not waited out in-process: the throttling error
    /// surfaces with its Retry-After so the orchestration can wait on a durable timer instead.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The time allowed for one HTTP attempt.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);
}

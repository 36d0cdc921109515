namespace AutoRemediate.Azure.Requests;

/// <summary>Which Azure API a request is for; it selects the token scope and the endpoint polls may go to.</summary>
public enum AzureAudience
{
    /// <summary>Azure Resource Manager (control plane, including Azure Monitor metrics).</summary>
    ResourceManager,

    /// <summary>The Key Vault data plane.</summary>
    KeyVault,

    /// <summary>The Log Analytics query API.</summary>
    LogAnalytics,
}

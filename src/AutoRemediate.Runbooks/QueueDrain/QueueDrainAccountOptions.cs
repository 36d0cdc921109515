namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>How to reach one storage account: a connection string, or endpoints used with the managed identity.</summary>
internal sealed class QueueDrainAccountOptions
{
    /// <summary>An account-key connection string (or <c>UseDevelopmentStorage=true</c>); keep it in Key Vault references, not in files.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Queue endpoint (private endpoints, custom domains); defaults from the account name and suffix.</summary>
    public Uri? QueueEndpoint { get; set; }

    /// <summary>The Table endpoint; defaults from the account name and suffix.</summary>
    public Uri? TableEndpoint { get; set; }
}

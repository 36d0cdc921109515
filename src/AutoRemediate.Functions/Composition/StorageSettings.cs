using AutoRemediate.Storage.Configuration;
using Azure.Core;
using Azure.Identity;

namespace AutoRemediate.Functions.Composition;

/// <summary>
/// Reads the storage account from the setting the Functions host itself uses, <c>AzureWebJobsStorage</c>, so the
/// app, its queue trigger and its timers always share one account: a connection string, or the identity-based
/// form (<c>AzureWebJobsStorage__accountName</c>, <c>__tableServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__credential</c>=managedidentity, <c>__clientId</c>).
/// </summary>
internal static class StorageSettings
{
    public const string SettingName = "AzureWebJobsStorage";

    public static void Apply(IConfiguration configuration, StorageAccountOptions options)
    {
        var section = configuration.GetSection(SettingName);
        options.ConnectionString = string.IsNullOrWhiteSpace(section.Value) ? null : section.Value;
        options.AccountName = section["accountName"];
        options.TableEndpoint = Uri(section, "tableServiceUri");
        options.QueueEndpoint = Uri(section, "queueServiceUri");
    }

    /// <summary>The Entra ID credential for identity-based connections; null when a connection string is used.</summary>
    public static TokenCredential? Credential(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return null;
        }

        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri? Uri(IConfigurationSection section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null
        : System.Uri.TryCreate(section[key], UriKind.Absolute, out var uri) ? uri
        : throw new InvalidOperationException($"{SettingName}__{key} must be an absolute URI, not '{section[key]}'.");
}

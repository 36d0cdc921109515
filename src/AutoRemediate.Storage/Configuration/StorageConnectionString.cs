using System.Text;

namespace AutoRemediate.Storage.Configuration;

/// <summary>
/// A parsed storage connection string: the account, its key and the table and queue endpoints.
/// </summary>
/// <remarks>
/// Accepts <c>UseDevelopmentStorage=true</c> (Azurite's well-known account on 127.0.0.1:10001/10002) and explicit
/// strings (<c>DefaultEndpointsProtocol</c>, <c>AccountName</c>, <c>AccountKey</c>, <c>TableEndpoint</c>,
/// <c>QueueEndpoint</c>, <c>EndpointSuffix</c>). Errors name the offending setting and never repeat a value.
/// </remarks>
public sealed record StorageConnectionString
{
    /// <summary>Azurite's account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's published, well-known account key (not a secret).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(string accountName, string accountKey, Uri tableEndpoint, Uri queueEndpoint)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        TableEndpoint = tableEndpoint;
        QueueEndpoint = queueEndpoint;
    }

    /// <summary>The storage account name (also used to sign requests).</summary>
    public string AccountName { get; }

    /// <summary>The base64 account key. Never logged; left out of <see cref="ToString"/>.</summary>
    public string AccountKey { get; }

    /// <summary>The Table service endpoint, e.g. https://acct.table.core.windows.net or http://127.0.0.1:10002/devstoreaccount1.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The Queue service endpoint.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>Parses a connection string; throws <see cref="ArgumentException"/> naming the missing or malformed setting.</summary>
    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = StorageConnectionStringSettings.Split(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var development))
        {
            if (!bool.TryParse(development, out var useDevelopment) || !useDevelopment)
            {
                throw new ArgumentException("Storage connection string setting 'UseDevelopmentStorage' must be 'true' when present.", nameof(connectionString));
            }

            return new StorageConnectionString(
                DevelopmentAccountName,
                DevelopmentAccountKey,
                new Uri($"http://127.0.0.1:10002/{DevelopmentAccountName}"),
                new Uri($"http://127.0.0.1:10001/{DevelopmentAccountName}"));
        }

        var accountName = Required(settings, "AccountName");
        var accountKey = Required(settings, "AccountKey");
        if (!IsBase64(accountKey))
        {
            throw new ArgumentException("Storage connection string setting 'AccountKey' is not valid base64.", nameof(connectionString));
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("http" or "https"))
        {
            throw new ArgumentException("Storage connection string setting 'DefaultEndpointsProtocol' must be 'http' or 'https'.", nameof(connectionString));
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new StorageConnectionString(
            accountName,
            accountKey,
            Endpoint(settings, "TableEndpoint", $"{protocol}://{accountName}.table.{suffix}"),
            Endpoint(settings, "QueueEndpoint", $"{protocol}://{accountName}.queue.{suffix}"));
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"Storage connection string is missing the '{name}' setting.", "connectionString");

    private static Uri Endpoint(Dictionary<string, string> settings, string name, string fallback)
    {
        var text = settings.GetValueOrDefault(name, fallback);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"Storage connection string setting '{name}' is not an absolute http(s) URI.", "connectionString");
    }

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written > 0;
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccountName = ").Append(AccountName)
            .Append(", TableEndpoint = ").Append(TableEndpoint)
            .Append(", QueueEndpoint = ").Append(QueueEndpoint);
        return true;
    }
}

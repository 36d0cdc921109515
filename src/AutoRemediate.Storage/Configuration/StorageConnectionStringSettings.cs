namespace AutoRemediate.Storage.Configuration;

/// <summary>Splits "Key=Value;Key=Value" into a case-insensitive map; values may contain '=' (base64 keys do).</summary>
internal static class StorageConnectionStringSettings
{
    public static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // Never echo the fragment: it might be (part of) the key.
                throw new ArgumentException("Storage connection string has a segment that is not 'Name=Value'.", nameof(connectionString));
            }

            var name = part[..equals].Trim();
            if (!settings.TryAdd(name, part[(equals + 1)..].Trim()))
            {
                throw new ArgumentException($"Storage connection string sets '{name}' more than once.", nameof(connectionString));
            }
        }

        return settings;
    }
}

using System.Text.RegularExpressions;

namespace AutoRemediate.Storage.Configuration;

/// <summary>Azure's naming rules for tables and queues, checked before any request so mistakes read clearly.</summary>
internal static partial class StorageResourceNames
{
    public static string ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TableName().IsMatch(name) || string.Equals(name, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Table name '{name}' is invalid: use 3-63 letters or digits, starting with a letter (and not 'tables').", nameof(name));
        }

        return name;
    }

    public static string ValidateQueueName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!QueueName().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Queue name '{name}' is invalid: use 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
                nameof(name));
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex QueueName();
}

using System.Globalization;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Durable;

/// <summary>
/// Rejects entities over the service's 1 MiB limit before sending, using the service's published size formula
/// (UTF-16 strings, 8 bytes per property plus its name), so the error names the instance instead of a 400 later.
/// </summary>
internal static class EntitySizeLimit
{
    public const int MaxBytes = 1024 * 1024;

    public static TableEntity Check(TableEntity entity, string instanceId, string what)
    {
        long size = 4 + (2L * entity.PartitionKey.Length) + (2L * entity.RowKey.Length) + 4;
        foreach (var (name, value) in entity.Properties)
        {
            size += 8 + (2L * name.Length) + value switch
            {
                string s => 4 + (2L * s.Length),
                byte[] b => 4 + b.Length,
                bool => 1,
                int => 4,
                _ => 8,
            };
        }

        return size <= MaxBytes
            ? entity
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The {what} of instance '{instanceId}' needs about {size} bytes; a table entity holds at most {MaxBytes} (1 MiB)."),
                nameof(entity));
    }
}

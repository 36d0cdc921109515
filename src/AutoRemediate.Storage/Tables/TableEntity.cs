using System.Globalization;

namespace AutoRemediate.Storage.Tables;

/// <summary>
/// A table entity: keys, concurrency token, service timestamp and typed properties.
/// </summary>
/// <remarks>
/// Property values are string, bool, int (Edm.Int32), long (Edm.Int64), double, DateTimeOffset (Edm.DateTime,
/// stored in UTC with 7 fractional digits), Guid or byte[] (Edm.Binary). Reads request minimal metadata, so the
/// service's type annotations come back and values keep their types; the typed getters also convert an untyped
/// string (e.g. from a hand-built entity) so callers need not care how a value arrived.
/// </remarks>
public sealed class TableEntity
{
    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    /// <summary>Creates an entity with its keys.</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition key (entities in one partition can share a transaction).</summary>
    public string PartitionKey { get; }

    /// <summary>The row key, unique within the partition.</summary>
    public string RowKey { get; }

    /// <summary>The concurrency token the service returned; null for an entity not read from the service.</summary>
    public string? ETag { get; set; }

    /// <summary>The service's last-modified time; ignored on writes.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The properties other than the keys and timestamp.</summary>
    public IReadOnlyDictionary<string, object> Properties => _properties;

    /// <summary>Gets or sets a property; null removes it (tables store no nulls). Throws for unsupported types.</summary>
    public object? this[string name]
    {
        get => _properties.GetValueOrDefault(name);
        set
        {
            if (value is null)
            {
                _properties.Remove(name);
                return;
            }

            _properties[ValidName(name)] = Normalize(name, value);
        }
    }

    /// <summary>Reads a string property.</summary>
    public string? GetString(string name) => this[name] switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>Reads a bool property.</summary>
    public bool? GetBoolean(string name) => this[name] switch
    {
        null => null,
        bool b => b,
        string s => bool.Parse(s),
        var other => throw WrongType(name, other, "bool"),
    };

    /// <summary>Reads an Edm.Int32 property.</summary>
    public int? GetInt32(string name) => this[name] switch
    {
        null => null,
        int i => i,
        long l => checked((int)l),
        string s => int.Parse(s, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "int"),
    };

    /// <summary>Reads an Edm.Int64 property (an Int32 or a numeric string is widened or parsed).</summary>
    public long? GetInt64(string name) => this[name] switch
    {
        null => null,
        long l => l,
        int i => i,
        string s => long.Parse(s, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "long"),
    };

    /// <summary>Reads an Edm.Double property (whole numbers stored as Int32 are widened).</summary>
    public double? GetDouble(string name) => this[name] switch
    {
        null => null,
        double d => d,
        int i => i,
        long l => l,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "double"),
    };

    /// <summary>Reads an Edm.DateTime property, in UTC.</summary>
    public DateTimeOffset? GetDateTimeOffset(string name) => this[name] switch
    {
        null => null,
        DateTimeOffset d => d,
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        var other => throw WrongType(name, other, "DateTimeOffset"),
    };

    /// <summary>Reads an Edm.Guid property.</summary>
    public Guid? GetGuid(string name) => this[name] switch
    {
        null => null,
        Guid g => g,
        string s => Guid.Parse(s, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "Guid"),
    };

    /// <summary>Reads an Edm.Binary property.</summary>
    public byte[]? GetBinary(string name) => this[name] switch
    {
        null => null,
        byte[] b => b,
        string s => Convert.FromBase64String(s),
        var other => throw WrongType(name, other, "byte[]"),
    };

    private static string ValidName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name is "PartitionKey" or "RowKey" or "Timestamp" || name.Contains("@odata", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is a system property; set it through the entity's members.", nameof(name));
        }

        return name;
    }

    private static object Normalize(string name, object value) => value switch
    {
        string or bool or int or long or double or Guid or byte[] => value,
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
        _ => throw new ArgumentException(
            $"Property '{name}' has unsupported type {value.GetType().Name}; use string, bool, int, long, double, DateTimeOffset, Guid or byte[].",
            nameof(value)),
    };

    private static InvalidCastException WrongType(string name, object value, string wanted) =>
        new($"Property '{name}' holds a {value.GetType().Name}, not a {wanted}.");
}

using System.Globalization;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Stores;

/// <summary>
/// Lenient typed reads of entity columns, as the stores have always read them: an Int32 widens to Int64 or Double, a
/// numeric or date string parses, an Edm.DateTime arrives as <see cref="DateTime"/> or <see cref="DateTimeOffset"/>
/// and comes back in UTC. The SDK's own getters throw on such mismatches, which rows written by earlier versions or
/// by hand in Storage Explorer can hold.
/// </summary>
internal static class EntityValues
{
    public static string? ReadString(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        string s => s,
        DateTime d => new DateTimeOffset(AsUtc(d)).ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    public static bool? ReadBoolean(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        bool b => b,
        string s => bool.Parse(s),
        var other => throw WrongType(name, other, "bool"),
    };

    public static int? ReadInt32(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        int i => i,
        long l => checked((int)l),
        string s => int.Parse(s, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "int"),
    };

    public static long? ReadInt64(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        long l => l,
        int i => i,
        string s => long.Parse(s, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "long"),
    };

    public static double? ReadDouble(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        double d => d,
        int i => i,
        long l => l,
        string s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        var other => throw WrongType(name, other, "double"),
    };

    public static DateTimeOffset? ReadDateTimeOffset(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime d => new DateTimeOffset(AsUtc(d)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        var other => throw WrongType(name, other, "DateTimeOffset"),
    };

    public static byte[]? ReadBinary(this TableEntity entity, string name) => Value(entity, name) switch
    {
        null => null,
        byte[] b => b,
        BinaryData b => b.ToArray(),
        string s => Convert.FromBase64String(s),
        var other => throw WrongType(name, other, "byte[]"),
    };

    private static object? Value(TableEntity entity, string name) => entity.TryGetValue(name, out var value) ? value : null;

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };

    private static InvalidCastException WrongType(string name, object value, string wanted) =>
        new($"Property '{name}' holds a {value.GetType().Name}, not a {wanted}.");
}

using System.Globalization;
using System.Text;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Stores;

/// <summary>
/// Stores strings longer than a table property allows (64 KiB, i.e. 32 Ki UTF-16 units) across numbered
/// properties: <c>Name</c>, <c>Name_1</c>, <c>Name_2</c>, ... Reading concatenates until a number is missing.
/// </summary>
/// <remarks>WARNING: the column names and chunk boundaries are stored data; audit records read back through them.</remarks>
internal static class PayloadColumns
{
    /// <summary>Characters per property, under the 32,768-unit limit with room to keep surrogate pairs whole.</summary>
    internal const int ChunkLength = 32_000;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        var index = 0;
        var start = 0;
        do
        {
            var length = Math.Min(ChunkLength, value.Length - start);
            if (length < value.Length - start && char.IsHighSurrogate(value[start + length - 1]))
            {
                length--;
            }

            entity[ColumnName(name, index++)] = value.Substring(start, length);
            start += length;
        }
        while (start < value.Length);
    }

    public static string? Read(TableEntity entity, string name)
    {
        var first = entity.ReadString(name);
        if (first is null)
        {
            return null;
        }

        var builder = new StringBuilder(first);
        for (var index = 1; entity.ReadString(ColumnName(name, index)) is { } next; index++)
        {
            builder.Append(next);
        }

        return builder.ToString();
    }

    private static string ColumnName(string name, int index) =>
        index == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}_{index}");
}

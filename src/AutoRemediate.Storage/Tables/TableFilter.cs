using System.Globalization;

namespace AutoRemediate.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions with every interpolated value rendered as a typed, escaped literal,
/// so caller input never becomes filter syntax.
/// </summary>
/// <example><c>TableFilter.Create($"PartitionKey eq {pk} and Count gt {5L}")</c> gives <c>PartitionKey eq 'it''s' and Count gt 5L</c>.</example>
public static class TableFilter
{
    /// <summary>Formats <paramref name="filter"/>, turning each argument into an OData literal.</summary>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var arguments = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, arguments);
    }

    /// <summary>One value as an OData literal: strings quoted with single quotes doubled, typed prefixes for the rest.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset d => $"datetime'{TableEntityJson.FormatDate(d)}'",
        DateTime d => $"datetime'{TableEntityJson.FormatDate(new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)))}'",
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexStringLower(bytes)}'",
        _ => throw new ArgumentException($"Values of type {value.GetType().Name} cannot appear in a table filter.", nameof(value)),
    };

    /// <summary>A string literal: single quotes doubled, wrapped in single quotes.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}

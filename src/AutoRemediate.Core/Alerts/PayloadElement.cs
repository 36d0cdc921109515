using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// A JSON value together with where it sits in the payload, so every complaint can say
/// "data.essentials.alertId is missing" and carry the JSON pointer "/data/essentials/alertId".
/// Every accessor checks the value kind first; wrong types become <see cref="AlertPayloadException"/>, never
/// <see cref="InvalidOperationException"/> from <see cref="JsonElement"/>.
/// </summary>
internal readonly record struct PayloadElement(JsonElement Value, string Path, string Pointer)
{
    public static PayloadElement Root(JsonElement value) => new(value, string.Empty, string.Empty);

    public string Name => Path.Length == 0 ? "the body" : Path;

    public bool IsNull => Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public PayloadElement Child(string property)
    {
        var path = Path.Length == 0 ? property : $"{Path}.{property}";
        var pointer = $"{Pointer}/{property.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
        return new PayloadElement(default, path, pointer);
    }

    public PayloadElement Item(int index, JsonElement value) =>
        new(value, $"{Path}[{index.ToString(CultureInfo.InvariantCulture)}]", $"{Pointer}/{index.ToString(CultureInfo.InvariantCulture)}");

    public AlertPayloadException Error(string message) => new($"{Name} {message}", Pointer.Length == 0 ? null : Pointer);

    public bool Has(string property) =>
        Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(property, out var found)
        && found.ValueKind != JsonValueKind.Null;

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    public PayloadElement? Optional(string property)
    {
        ExpectKind(JsonValueKind.Object, "an object");
        var child = Child(property);
        return Value.TryGetProperty(property, out var found) && found.ValueKind != JsonValueKind.Null
            ? child with { Value = found }
            : null;
    }

    public PayloadElement Required(string property) =>
        Optional(property) ?? throw Child(property).Error("is missing");

    public PayloadElement RequiredObject(string property) => Required(property).ExpectKind(JsonValueKind.Object, "an object");

    public string RequiredString(string property, int maxLength)
    {
        var text = Required(property).AsString(maxLength);
        return text.Length > 0 ? text : throw Child(property).Error("is empty");
    }

    public string? OptionalString(string property, int maxLength) => Optional(property)?.AsString(maxLength);

    public string AsString(int maxLength)
    {
        ExpectKind(JsonValueKind.String, "a string");
        var text = Value.GetString() ?? string.Empty;
        return text.Length <= maxLength
            ? text
            : throw Error(Invariant($"is {text.Length:N0} characters long; the limit is {maxLength:N0}"));
    }

    public DateTimeOffset RequiredTimestamp(string property) => Required(property).AsTimestamp();

    public DateTimeOffset? OptionalTimestamp(string property) => Optional(property)?.AsTimestamp();

    public DateTimeOffset AsTimestamp()
    {
        ExpectKind(JsonValueKind.String, "an ISO 8601 timestamp string");
        return Value.TryGetDateTimeOffset(out var parsed)
            ? parsed.ToUniversalTime()
            : throw Error($"'{Shorten(Value.GetString())}' is not an ISO 8601 timestamp");
    }

    public IReadOnlyList<PayloadElement> Items(int maxItems, string expected = "an array")
    {
        ExpectKind(JsonValueKind.Array, expected);
        var length = Value.GetArrayLength();
        if (length > maxItems)
        {
            throw Error(Invariant($"has {length:N0} entries; the limit is {maxItems:N0}"));
        }

        var items = new List<PayloadElement>(length);
        var index = 0;
        foreach (var item in Value.EnumerateArray())
        {
            items.Add(Item(index++, item));
        }

        return items;
    }

    /// <summary>
    /// Reads an object of scalar values as strings (numbers keep their JSON text, booleans become "true"/"false").
    /// Null values are skipped. With <paramref name="skipNested"/> nested objects and arrays are ignored
    /// (for free-form context objects); otherwise they are an error.
    /// </summary>
    public FrozenDictionary<string, string> ScalarMap(bool skipNested, bool stringsOnly = false)
    {
        ExpectKind(JsonValueKind.Object, "an object");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in Value.EnumerateObject())
        {
            var child = Child(property.Name) with { Value = property.Value };
            if (property.Name.Length > AlertLimits.MaxLabelKeyLength)
            {
                throw Error(Invariant($"has a key {property.Name.Length:N0} characters long; the limit is {AlertLimits.MaxLabelKeyLength:N0}"));
            }

            if (map.Count >= AlertLimits.MaxLabels)
            {
                throw Error(Invariant($"has more than {AlertLimits.MaxLabels:N0} entries"));
            }

            var value = child.ScalarText(skipNested, stringsOnly);
            if (value is not null)
            {
                map[property.Name] = value;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string? ScalarText(bool skipNested, bool stringsOnly = false)
    {
        switch (Value.ValueKind)
        {
            case JsonValueKind.String:
                return AsString(AlertLimits.MaxLabelValueLength);
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False when !stringsOnly:
                return Value.GetRawText();
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object or JsonValueKind.Array when skipNested:
                return null;
            default:
                throw Error(stringsOnly ? $"must be a string, got {Describe(Value.ValueKind)}" : $"must be a string, number or boolean, got {Describe(Value.ValueKind)}");
        }
    }

    public PayloadElement ExpectKind(JsonValueKind kind, string expected) =>
        Value.ValueKind == kind ? this : throw Error($"must be {expected}, got {Describe(Value.ValueKind)}");

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Formats numbers in messages the same way on every server ("100,000"), whatever its culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Shorten(string? text) =>
        text is null ? string.Empty : text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}

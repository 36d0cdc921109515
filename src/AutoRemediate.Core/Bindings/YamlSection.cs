using System.Globalization;
using System.Text.RegularExpressions;
using AutoRemediate.Core.Alerts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AutoRemediate.Core.Bindings;

/// <summary>
/// One YAML mapping checked against its <see cref="SchemaSection"/>: unknown keys (with a suggestion) and missing
/// required keys are reported on creation; the typed getters report wrong types at the value's position and
/// return null, so parsing continues and every error in the file is collected.
/// </summary>
internal sealed partial class YamlSection
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);

    private YamlSection(YamlMappingNode node, string where, BindingErrorList errors)
    {
        Node = node;
        Where = where;
        Errors = errors;
    }

    public YamlMappingNode Node { get; }

    /// <summary>Names the mapping in messages, e.g. "binding 'checkout-5xx-restart' guardrails".</summary>
    public string Where { get; }

    public BindingErrorList Errors { get; }

    public Mark Start => Node.Start;

    public static YamlSection? Create(YamlNode node, SchemaSection schema, string where, BindingErrorList errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node.Start, $"{where} must be a mapping, got {Describe(node)}");
            return null;
        }

        var section = new YamlSection(mapping, where, errors);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                errors.Add(keyNode.Start, $"keys in {where} must be plain names, got {Describe(keyNode)}");
                continue;
            }

            if (!schema.Keys.Contains(key, StringComparer.Ordinal))
            {
                var hint = DidYouMean.Suggest(key, schema.Keys);
                errors.Add(keyNode.Start, hint.Length > 0
                    ? $"unknown key '{key}' in {where}{hint}"
                    : $"unknown key '{key}' in {where}; expected one of: {string.Join(", ", schema.Keys)}");
                continue;
            }

            section.entries[key] = (scalarKey, value);
        }

        foreach (var required in schema.Required)
        {
            if (section.Get(required) is null && !section.entries.ContainsKey(required))
            {
                errors.Add(mapping.Start, $"missing required key '{required}' in {where}");
            }
            else if (section.entries.TryGetValue(required, out var entry) && IsNull(entry.Value))
            {
                errors.Add(entry.Value.Start, $"'{required}' in {where} needs a value");
            }
        }

        return section;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "nothing (null)",
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } scalar => $"the string \"{scalar.Value}\"",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an unsupported node",
    };

    /// <summary>True for a lower-case name of 1–64 letters, digits and '-' with a letter or digit at each end (binding ids, window and SLO names).</summary>
    public static bool IsName(string value) => NamePattern().IsMatch(value);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The value node of <paramref name="key"/>, or null when absent or null.</summary>
    public YamlNode? Get(string key) =>
        entries.TryGetValue(key, out var entry) && !IsNull(entry.Value) ? entry.Value : null;

    /// <summary>Reads the required 'schemaVersion', reporting a version this build does not read.</summary>
    public void CheckSchemaVersion(int supported)
    {
        if (Int("schemaVersion", 1, int.MaxValue) is { } version && version != supported)
        {
            Errors.Add(Get("schemaVersion")!.Start, $"unsupported schemaVersion {version}; this version of AutoRemediate reads schemaVersion {supported}");
        }
    }

    public YamlSection? Section(string key, SchemaSection schema) =>
        Get(key) is { } node ? Create(node, schema, $"{Where} {key}", Errors) : null;

    public (string Value, Mark At)? String(string key)
    {
        switch (Get(key))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } value } scalar:
                return (value, scalar.Start);
            case var other:
                Errors.Add(other.Start, $"'{key}' in {Where} must be a string, got {Describe(other)}");
                return null;
        }
    }

    public int? Int(string key, int min, int max)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }

            Errors.Add(node.Start, $"'{key}' in {Where} must be between {min} and {max}, got {value}");
            return null;
        }

        Errors.Add(node.Start, $"'{key}' in {Where} must be an integer, got {Describe(node)}");
        return null;
    }

    public double? Number(string key, double exclusiveMin, double max, string meaning)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value > exclusiveMin && value <= max)
        {
            return value;
        }

        Errors.Add(node.Start, $"'{key}' in {Where} must be a number above {exclusiveMin} and at most {max} ({meaning}), got {Describe(node)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text } when text.Equals("true", StringComparison.OrdinalIgnoreCase):
                return true;
            case YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text } when text.Equals("false", StringComparison.OrdinalIgnoreCase):
                return false;
            default:
                Errors.Add(node.Start, $"'{key}' in {Where} must be true or false, got {Describe(node)}");
                return null;
        }
    }

    public TimeSpan? Duration(string key)
    {
        if (String(key) is not { } text)
        {
            return null;
        }

        var parsed = DurationParser.TryParse(text.Value);
        if (parsed is null)
        {
            Errors.Add(text.At, $"'{key}' in {Where} must be {DurationParser.Expected}, got '{text.Value}'");
        }

        return parsed;
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        if (String(key) is not { } text)
        {
            return null;
        }

        var found = values.FirstOrDefault(v => v.Key.Equals(text.Value, StringComparison.OrdinalIgnoreCase));
        if (found.Key is not null)
        {
            return found.Value;
        }

        Errors.Add(text.At, $"'{text.Value}' is not a valid '{key}' in {Where}; expected one of {string.Join(", ", values.Keys)}{DidYouMean.Suggest(text.Value, values.Keys)}");
        return null;
    }

    public IReadOnlyList<(string Value, Mark At)>? StringList(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(node.Start, $"'{key}' in {Where} must be a list of strings, got {Describe(node)}");
            return null;
        }

        var items = new List<(string, Mark)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value } && !IsNull(item))
            {
                items.Add((value, item.Start));
            }
            else
            {
                Errors.Add(item.Start, $"items of '{key}' in {Where} must be strings, got {Describe(item)}");
            }
        }

        return items;
    }

    /// <summary>A mapping of names to scalar nodes (labels, parameters), reported entry by entry.</summary>
    public IReadOnlyList<(string Key, YamlScalarNode Value)>? ScalarMap(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Errors.Add(node.Start, $"'{key}' in {Where} must be a mapping of names to values, got {Describe(node)}");
            return null;
        }

        var items = new List<(string, YamlScalarNode)>();
        foreach (var (entryKey, value) in mapping.Children)
        {
            if (entryKey is YamlScalarNode { Value: { } name } && value is YamlScalarNode scalar && !IsNull(scalar))
            {
                items.Add((name, scalar));
            }
            else
            {
                Errors.Add(value.Start, $"'{key}.{(entryKey as YamlScalarNode)?.Value}' in {Where} must be a single value (string, number or boolean), got {Describe(value)}");
            }
        }

        return items;
    }

    /// <summary>The allow and deny lists of the scope section under <paramref name="key"/>; unrestricted when it is absent.</summary>
    public ScopeRules Scope(string key) =>
        Section(key, BindingSchema.Scope) is { } scope
            ? new ScopeRules(scope.ScopePrefixes("allow"), scope.ScopePrefixes("deny"))
            : ScopeRules.Unrestricted;

    /// <summary>Scope entries are ARM id prefixes (subscription, resource group or resource), stored lower-case.</summary>
    public string[] ScopePrefixes(string key)
    {
        var prefixes = new List<string>();
        foreach (var (value, at) in StringList(key) ?? [])
        {
            if (AzureResourceId.TryParse(value.TrimEnd('/'), out var id, out var error))
            {
                prefixes.Add(id.Normalized);
            }
            else
            {
                Errors.Add(at, $"{Where} {key}: {error}");
            }
        }

        return [.. prefixes];
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

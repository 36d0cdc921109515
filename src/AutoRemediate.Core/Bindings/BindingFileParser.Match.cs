using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Bindings;

/// <summary>The <c>match</c> section.</summary>
internal sealed partial class BindingFileParser
{
    private static readonly FrozenDictionary<string, AlertSource> Sources = new Dictionary<string, AlertSource>(StringComparer.Ordinal)
    {
        ["azureMonitor"] = AlertSource.AzureMonitor,
        ["eventGrid"] = AlertSource.EventGrid,
        ["alertmanager"] = AlertSource.Alertmanager,
        ["grafana"] = AlertSource.Grafana,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, SignalType> Signals = new Dictionary<string, SignalType>(StringComparer.Ordinal)
    {
        ["metric"] = SignalType.Metric,
        ["log"] = SignalType.Log,
        ["activityLog"] = SignalType.ActivityLog,
        ["resourceHealth"] = SignalType.ResourceHealth,
        ["serviceHealth"] = SignalType.ServiceHealth,
        ["event"] = SignalType.Event,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private BindingMatch? ParseMatch(YamlSection section)
    {
        var before = errors.Errors.Count;
        var source = section.Enum("source", Sources);
        var signal = section.Enum("signalType", Signals);
        var ruleName = Glob(section, "ruleName");

        string? resourceType = null;
        if (section.String("resourceType") is { } type)
        {
            resourceType = type.Value.ToLowerInvariant();
            if (!ResourceTypePattern().IsMatch(resourceType))
            {
                errors.Add(type.At, $"'{type.Value}' in {section.Where} is not a resource type like microsoft.web/sites");
            }
        }

        SeverityRange? severity = null;
        if (section.Section("severity", BindingSchema.SeverityRange) is { } range)
        {
            var min = range.Int("min", 0, 4) ?? 0;
            var max = range.Int("max", 0, 4) ?? 4;
            if (min > max)
            {
                errors.Add(range.Start, $"severity min {min} is greater than max {max} in {section.Where}");
            }

            severity = new SeverityRange(min, max);
        }

        var labels = GlobMap(section, "labels");
        var custom = GlobMap(section, "customProperties");

        if (ruleName is null && resourceType is null && labels.Count == 0 && custom.Count == 0 && errors.Errors.Count == before)
        {
            errors.Add(section.Start, $"{section.Where} must constrain at least one of ruleName, resourceType, labels or customProperties; a catch-all binding would remediate every alert");
        }

        return errors.Errors.Count > before
            ? null
            : new BindingMatch
            {
                Source = source,
                SignalType = signal,
                RuleName = ruleName,
                ResourceType = resourceType,
                Severity = severity,
                Labels = labels,
                CustomProperties = custom,
            };
    }

    private GlobPattern? Glob(YamlSection section, string key)
    {
        if (section.String(key) is not { } text)
        {
            return null;
        }

        if (GlobPattern.TryCreate(text.Value, out var glob, out var error))
        {
            return glob;
        }

        errors.Add(text.At, $"{error} (in {section.Where} {key})");
        return null;
    }

    private FrozenDictionary<string, GlobPattern> GlobMap(YamlSection section, string key)
    {
        var map = new Dictionary<string, GlobPattern>(StringComparer.Ordinal);
        foreach (var (name, value) in section.ScalarMap(key) ?? [])
        {
            if (GlobPattern.TryCreate(value.Value, out var glob, out var error))
            {
                map[name] = glob;
            }
            else
            {
                errors.Add(value.Start, $"{error} (in {section.Where} {key}.{name})");
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^[a-z0-9]+(\.[a-z0-9]+)+(/[a-z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceTypePattern();
}

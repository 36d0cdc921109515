using System.Collections.Frozen;
using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>Azure Monitor common alert schema: metric, log search (Log Alerts V2) and activity log / Resource Health alerts.</summary>
public sealed partial class AlertNormalizer
{
    // Activity log context fields worth matching on; the rest (ids, timestamps) only add noise to the labels.
    private static readonly string[] ActivityLogContextFields = ["operationName", "eventSource", "level", "status"];

    private static Alert ReadAzureMonitor(PayloadElement root, string sha)
    {
        var data = root.RequiredObject("data");
        var essentials = data.RequiredObject("essentials");

        var alertId = essentials.RequiredString("alertId", AlertLimits.MaxIdentityLength);
        var rule = essentials.RequiredString("alertRule", AlertLimits.MaxNameLength);

        var severityText = essentials.RequiredString("severity", AlertLimits.MaxNameLength);
        var severity = SeverityScale.FromAzure(severityText)
            ?? throw essentials.Child("severity").Error($"'{PayloadElement.Shorten(severityText)}' is not one of Sev0, Sev1, Sev2, Sev3, Sev4");

        var monitoringService = essentials.OptionalString("monitoringService", AlertLimits.MaxNameLength) ?? string.Empty;
        var signal = ReadAzureSignalType(essentials, monitoringService);

        var conditionText = essentials.RequiredString("monitorCondition", AlertLimits.MaxNameLength);
        var state = conditionText switch
        {
            "Fired" => AlertState.Fired,
            "Resolved" => AlertState.Resolved,
            _ => throw essentials.Child("monitorCondition").Error($"'{PayloadElement.Shorten(conditionText)}' is not Fired or Resolved"),
        };

        var targetsAt = essentials.Required("alertTargetIDs");
        var targets = targetsAt.Items(AlertLimits.MaxTargetsPerAlert, "an array of strings")
            .Select(item => item.Value.ValueKind == JsonValueKind.String
                ? ParseResourceId(item)
                : throw targetsAt.Error($"must be an array of strings, but item {item.Path[(targetsAt.Path.Length)..]} is {PayloadElement.Describe(item.Value.ValueKind)}"))
            .ToArray();

        var fired = essentials.RequiredTimestamp("firedDateTime");
        var resolved = state == AlertState.Resolved ? essentials.OptionalTimestamp("resolvedDateTime") : null;

        var description = essentials.OptionalString("description", AlertLimits.MaxDescriptionLength);
        var custom = data.Optional("customProperties")?.ScalarMap(skipNested: false) ?? FrozenDictionary<string, string>.Empty;
        var labels = data.Optional("alertContext") is { } context
            ? ReadAzureLabels(context, signal)
            : FrozenDictionary<string, string>.Empty;

        return Build(
            essentials,
            AlertSource.AzureMonitor,
            alertId,
            rule,
            severity,
            signal,
            state,
            targets,
            (fired, resolved),
            (labels, custom),
            string.IsNullOrWhiteSpace(description) ? $"{rule} ({monitoringService})" : description,
            sha);
    }

    private static SignalType ReadAzureSignalType(PayloadElement essentials, string monitoringService)
    {
        var text = essentials.RequiredString("signalType", AlertLimits.MaxNameLength);
        return text switch
        {
            "Metric" => SignalType.Metric,
            "Log" => SignalType.Log,
            "Activity Log" when monitoringService.Equals("Resource Health", StringComparison.OrdinalIgnoreCase) => SignalType.ResourceHealth,
            "Activity Log" when monitoringService.Replace(" ", string.Empty, StringComparison.Ordinal)
                .Equals("ServiceHealth", StringComparison.OrdinalIgnoreCase) => SignalType.ServiceHealth,
            "Activity Log" => SignalType.ActivityLog,
            _ => throw essentials.Child("signalType").Error($"'{PayloadElement.Shorten(text)}' is not Metric, Log or Activity Log"),
        };
    }

    /// <summary>
    /// Metric and log alerts: the dimensions of every condition (first one wins on a name clash).
    /// Activity log alerts: a few context fields plus the scalar <c>properties</c> (e.g. currentHealthStatus).
    /// </summary>
    private static FrozenDictionary<string, string> ReadAzureLabels(PayloadElement context, SignalType signal)
    {
        context.ExpectKind(JsonValueKind.Object, "an object");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (signal is SignalType.Metric or SignalType.Log)
        {
            if (context.Optional("condition") is { Value.ValueKind: JsonValueKind.Object } condition
                && condition.Optional("allOf") is { Value.ValueKind: JsonValueKind.Array } allOf)
            {
                foreach (var criterion in allOf.Items(AlertLimits.MaxLabels))
                {
                    ReadDimensions(criterion, labels);
                }
            }
        }
        else
        {
            foreach (var field in ActivityLogContextFields)
            {
                if (context.Optional(field)?.ScalarText(skipNested: true) is { } value)
                {
                    labels.TryAdd(field, value);
                }
            }

            if (context.Optional("properties") is { Value.ValueKind: JsonValueKind.Object } properties)
            {
                foreach (var (key, value) in properties.ScalarMap(skipNested: true))
                {
                    labels.TryAdd(key, value);
                }
            }
        }

        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void ReadDimensions(PayloadElement criterion, Dictionary<string, string> labels)
    {
        criterion.ExpectKind(JsonValueKind.Object, "an object");
        if (criterion.Optional("dimensions") is not { } dimensions)
        {
            return;
        }

        foreach (var dimension in dimensions.Items(AlertLimits.MaxLabels))
        {
            var name = dimension.ExpectKind(JsonValueKind.Object, "an object with name and value").RequiredString("name", AlertLimits.MaxLabelKeyLength);
            var value = dimension.Required("value").ScalarText(skipNested: false) ?? string.Empty;
            if (labels.Count >= AlertLimits.MaxLabels)
            {
                throw dimensions.Error($"has more than {AlertLimits.MaxLabels} dimensions");
            }

            labels.TryAdd(name, value);
        }
    }
}

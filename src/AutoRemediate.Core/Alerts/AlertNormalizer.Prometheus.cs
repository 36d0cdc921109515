using System.Collections.Frozen;
using System.Globalization;

namespace AutoRemediate.Core.Alerts;

/// <summary>Prometheus Alertmanager v4 and Grafana unified alerting share a shape: a group with an <c>alerts</c> array.</summary>
public sealed partial class AlertNormalizer
{
    /// <summary>The label that ties a Prometheus/Grafana alert to an Azure resource.</summary>
    internal const string AzureResourceIdLabel = "azure_resource_id";

    private static Alert[] ReadPrometheusStyle(PayloadElement root, AlertSource source, string sha)
    {
        var alerts = root.Required("alerts").Items(AlertLimits.MaxAlertsPerPayload);
        if (alerts.Count == 0)
        {
            throw root.Child("alerts").Error("is an empty array; there is nothing to remediate");
        }

        return alerts.Select(alert => ReadPrometheusAlert(alert, source, sha)).ToArray();
    }

    private static Alert ReadPrometheusAlert(PayloadElement alert, AlertSource source, string sha)
    {
        alert.ExpectKind(System.Text.Json.JsonValueKind.Object, "an object");
        var statusText = alert.RequiredString("status", AlertLimits.MaxNameLength);
        var state = statusText switch
        {
            "firing" => AlertState.Fired,
            "resolved" => AlertState.Resolved,
            _ => throw alert.Child("status").Error($"'{PayloadElement.Shorten(statusText)}' is not firing or resolved"),
        };

        var labelsAt = alert.RequiredObject("labels");
        var labels = labelsAt.ScalarMap(skipNested: false, stringsOnly: true);
        var ruleName = labels.GetValueOrDefault("alertname");
        if (string.IsNullOrEmpty(ruleName))
        {
            throw labelsAt.Child("alertname").Error("is missing");
        }

        var annotations = alert.Optional("annotations")?.ScalarMap(skipNested: false, stringsOnly: true)
            ?? FrozenDictionary<string, string>.Empty;
        var fingerprint = alert.RequiredString("fingerprint", AlertLimits.MaxIdentityLength);
        var startsAt = alert.RequiredTimestamp("startsAt");

        // Prometheus writes the zero time for "no end yet".
        var endsAt = alert.OptionalTimestamp("endsAt") is { Year: > 1 } end ? end : (DateTimeOffset?)null;

        AzureResourceId[] targets = labels.ContainsKey(AzureResourceIdLabel)
            ? [ParseResourceId(labelsAt.Required(AzureResourceIdLabel))]
            : [];

        var description = annotations.GetValueOrDefault("summary")
            ?? annotations.GetValueOrDefault("description")
            ?? ruleName;

        return Build(
            alert,
            source,
            $"{fingerprint}@{startsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}",
            ruleName,
            SeverityScale.FromLabel(labels.GetValueOrDefault("severity")),
            SignalType.Metric,
            state,
            targets,
            (startsAt, state == AlertState.Resolved ? endsAt : null),
            (labels, annotations),
            description,
            sha);
    }
}

using System.Security.Cryptography;
using System.Text.Json;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Turns a webhook request body into normalised <see cref="Alert"/>s. The format is detected from the content,
/// not from the URL or headers, so one endpoint serves every sender and a misrouted sender still gets a precise
/// answer. Detection order: a JSON array is an Event Grid delivery (CloudEvents 1.0 when its events carry
/// <c>specversion</c>, else the Event Grid event schema); an object with <c>specversion</c> is one CloudEvent; an
/// object with <c>schemaId</c> is Azure Monitor;
/// an object with <c>alerts</c> and <c>orgId</c> (or Grafana's <c>title</c>/<c>state</c>) is Grafana;
/// an object with <c>alerts</c> and <c>version</c> is Alertmanager. A payload is accepted whole or rejected
/// whole: one bad alert in a group rejects the group, so a broken sender is noticed instead of half-served.
/// </summary>
/// <remarks>
/// Never throws for any input: every problem becomes an <see cref="AlertPayloadRejected"/>. The type is stateless
/// and thread-safe.
/// </remarks>
public sealed partial class AlertNormalizer
{
    private const string CommonAlertSchemaId = "azureMonitorCommonAlertSchema";
    private const string UnknownPayload = "unknown payload: none of Azure Monitor common alert schema, Event Grid, Alertmanager v4, Grafana";

    /// <summary>Normalises a raw request body.</summary>
    /// <param name="body">The request body bytes exactly as received.</param>
    public AlertNormalizationResult Normalize(ReadOnlySpan<byte> body)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(body));
        try
        {
            using var document = Parse(body);
            return Dispatch(PayloadElement.Root(document.RootElement), sha);
        }
        catch (AlertPayloadException rejection)
        {
            return new AlertPayloadRejected(rejection.Message, rejection.Pointer, sha);
        }
        catch (Exception unexpected) when (unexpected is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // Defence in depth: the readers check kinds before reading, but a hostile body must never turn into
            // a 500; it is reported as unreadable instead.
            return new AlertPayloadRejected($"the payload could not be read: {unexpected.Message}", null, sha);
        }
    }

    private static AlertNormalizationResult Dispatch(PayloadElement root, string sha)
    {
        switch (root.Value.ValueKind)
        {
            case JsonValueKind.Array:
                return ReadEvents(root, sha);
            case JsonValueKind.Object when root.Has(SpecVersionProperty):
                return ReadCloudEvents([root], sha);
            case JsonValueKind.Object when root.Has("schemaId"):
                var schemaId = root.Required("schemaId").AsString(AlertLimits.MaxNameLength);
                return schemaId == CommonAlertSchemaId
                    ? new AlertsAccepted([ReadAzureMonitor(root, sha)], sha)
                    : throw new AlertPayloadException(
                        $"{UnknownPayload} (schemaId '{PayloadElement.Shorten(schemaId)}' is not '{CommonAlertSchemaId}'; enable the common alert schema on the action group)",
                        "/schemaId");
            case JsonValueKind.Object when root.Has("alerts") && (root.Has("orgId") || root.Has("title") || root.Has("state")):
                return new AlertsAccepted(ReadPrometheusStyle(root, AlertSource.Grafana, sha), sha);
            case JsonValueKind.Object when root.Has("alerts") && root.Has("version"):
                var version = root.Required("version").AsString(AlertLimits.MaxNameLength);
                return version == "4"
                    ? new AlertsAccepted(ReadPrometheusStyle(root, AlertSource.Alertmanager, sha), sha)
                    : throw new AlertPayloadException($"Alertmanager webhook version '{PayloadElement.Shorten(version)}' is not supported; expected '4'", "/version");
            case JsonValueKind.Object:
                throw new AlertPayloadException(UnknownPayload);
            default:
                throw new AlertPayloadException($"{UnknownPayload} (the body is {PayloadElement.Describe(root.Value.ValueKind)}, not a JSON object or array)");
        }
    }

    private static Alert Build(
        PayloadElement at,
        AlertSource source,
        string identity,
        string ruleName,
        int severity,
        SignalType signal,
        AlertState state,
        IReadOnlyList<AzureResourceId> targets,
        (DateTimeOffset Fired, DateTimeOffset? Resolved) times,
        (IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Custom) maps,
        string description,
        string sha)
    {
        if (description.Length > AlertLimits.MaxDescriptionLength)
        {
            throw at.Error(PayloadElement.Invariant($"has a description {description.Length:N0} characters long; the limit is {AlertLimits.MaxDescriptionLength:N0}"));
        }

        return new Alert
        {
            Source = source,
            Identity = identity,
            RuleName = ruleName,
            Severity = severity,
            SignalType = signal,
            State = state,
            TargetResourceIds = targets,
            FiredAt = times.Fired,
            ResolvedAt = times.Resolved,
            Labels = maps.Labels,
            CustomProperties = maps.Custom,
            Description = description,
            BodySha256 = sha,
        };
    }

    private static AzureResourceId ParseResourceId(PayloadElement at)
    {
        var text = at.AsString(AzureResourceId.MaxLength + 1);
        return AzureResourceId.TryParse(text, out var id, out var error)
            ? id
            : throw new AlertPayloadException($"{at.Name}: {error}", at.Pointer);
    }
}

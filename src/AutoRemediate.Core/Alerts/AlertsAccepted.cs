namespace AutoRemediate.Core.Alerts;

/// <summary>The body was understood; it carried one or more alerts (an Alertmanager group yields one per alert).</summary>
/// <param name="Alerts">The normalised alerts, in payload order; never empty.</param>
/// <param name="BodySha256">Lower-case hex SHA-256 of the raw body bytes.</param>
public sealed record AlertsAccepted(IReadOnlyList<Alert> Alerts, string BodySha256)
    : AlertNormalizationResult(BodySha256);

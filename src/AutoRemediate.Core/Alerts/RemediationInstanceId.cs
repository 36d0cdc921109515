using System.Security.Cryptography;
using System.Text;

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// The orchestration instance id of the remediation for an alert: deterministic, so a redelivered webhook or the
/// later "resolved" notification maps to the same remediation instead of starting a second one.
/// </summary>
/// <remarks>
/// Format: a source prefix (<c>am-</c> Azure Monitor, <c>eg-</c> Event Grid, <c>pm-</c> Prometheus Alertmanager,
/// <c>gf-</c> Grafana) followed by the first 32 lower-case hex digits (128 bits) of SHA-256 over
/// "&lt;source&gt;\n&lt;identity&gt;" in UTF-8. Only [a-z0-9-], 35 characters: safe as a table key, blob name and
/// queue message id. Azure Monitor identities are ARM ids and are lower-cased first, because ARM ids are
/// case-insensitive and the fired and resolved notifications must agree.
/// </remarks>
/// <param name="Value">The id text.</param>
public readonly record struct RemediationInstanceId(string Value)
{
    /// <summary>The id of the remediation for <paramref name="alert"/>.</summary>
    public static RemediationInstanceId From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return From(alert.Source, alert.Identity);
    }

    /// <summary>The id for a source and the sender's alert identity.</summary>
    public static RemediationInstanceId From(AlertSource source, string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var (prefix, key) = source switch
        {
            AlertSource.AzureMonitor => ("am-", identity.ToLowerInvariant()),
            AlertSource.EventGrid => ("eg-", identity),
            AlertSource.Alertmanager => ("pm-", identity),
            AlertSource.Grafana => ("gf-", identity),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown alert source"),
        };

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{key}"));
        return new RemediationInstanceId(prefix + Convert.ToHexStringLower(hash)[..32]);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}

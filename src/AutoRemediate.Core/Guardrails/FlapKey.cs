using System.Security.Cryptography;
using System.Text;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Guardrails;

/// <summary>
/// Identifies "the same alert" across firings for flap detection. Azure Monitor issues a new alertId on every
/// firing, so the key is the source, rule name and sorted normalised targets, not the identity:
/// "flap-" + the first 32 hex digits of SHA-256 over those.
/// </summary>
/// <param name="Value">The key text; storage-key safe.</param>
public readonly record struct FlapKey(string Value)
{
    /// <summary>The key of <paramref name="alert"/>.</summary>
    public static FlapKey From(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var targets = alert.TargetResourceIds.Select(t => t.Normalized).Order(StringComparer.Ordinal);
        var text = $"{alert.Source}\n{alert.RuleName.ToLowerInvariant()}\n{string.Join('\n', targets)}";
        return new FlapKey("flap-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32]);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}

namespace AutoRemediate.Core.Alerts;

/// <summary>
/// Maps sender severities onto the Azure Sev0–Sev4 scale (0 = most severe).
/// </summary>
/// <remarks>
/// Prometheus and Grafana have no standard, so the <c>severity</c> label is mapped by common convention:
/// critical/page/p1 → 0, error/high/major/p2 → 1, warning/warn/medium/p3 → 2, info/informational/low/minor/p4 → 3,
/// debug/verbose/none/p5 → 4; "sev0"–"sev4" and "0"–"4" map to themselves. A missing or unrecognised label maps to
/// <see cref="Unknown"/> (3, informational) so that an unlabelled alert never satisfies a binding restricted to
/// high severities by accident.
/// </remarks>
internal static class SeverityScale
{
    /// <summary>Most severe value.</summary>
    public const int Critical = 0;

    /// <summary>Least severe value.</summary>
    public const int Verbose = 4;

    /// <summary>Severity used when a label is missing or not recognised.</summary>
    public const int Unknown = 3;

    /// <summary>Maps an Azure "Sev0".."Sev4" value; null when it is not one.</summary>
    public static int? FromAzure(string? value) => value switch
    {
        "Sev0" => 0,
        "Sev1" => 1,
        "Sev2" => 2,
        "Sev3" => 3,
        "Sev4" => 4,
        _ => null,
    };

    /// <summary>Maps a Prometheus/Grafana <c>severity</c> label value (case-insensitive).</summary>
    public static int FromLabel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "critical" or "page" or "p1" or "sev0" or "0" => 0,
        "error" or "high" or "major" or "p2" or "sev1" or "1" => 1,
        "warning" or "warn" or "medium" or "p3" or "sev2" or "2" => 2,
        "info" or "informational" or "low" or "minor" or "p4" or "sev3" or "3" => 3,
        "debug" or "verbose" or "none" or "p5" or "sev4" or "4" => 4,
        _ => Unknown,
    };
}

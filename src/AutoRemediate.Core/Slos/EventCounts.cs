using System.Globalization;

namespace AutoRemediate.Core.Slos;

/// <summary>Bad and total events counted over one window.</summary>
/// <param name="Bad">Events that failed the SLI.</param>
/// <param name="Total">All events (good and bad).</param>
public readonly record struct EventCounts(double Bad, double Total)
{
    /// <summary>Why these counts cannot be used, or null when they can: negative or non-finite counts, or more bad than total events.</summary>
    public string? Problem =>
        !double.IsFinite(Bad) || !double.IsFinite(Total) ? $"counts must be finite numbers, got bad {Text(Bad)} and total {Text(Total)}"
        : Bad < 0 || Total < 0 ? $"counts cannot be negative, got bad {Text(Bad)} and total {Text(Total)}"
        : Bad > Total ? $"bad events ({Text(Bad)}) exceed total events ({Text(Total)}); the two counts do not describe the same events"
        : null;

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

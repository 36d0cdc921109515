using System.Collections.Immutable;

namespace AutoRemediate.Core.Guardrails.State;

/// <summary>A flap key's row.</summary>
/// <param name="LastRemediatedAt">When a remediation of the alert last started.</param>
/// <param name="Refirings">When the alert fired again after a remediation, within the retention, oldest first.</param>
internal sealed record FlapGuardrailRow(DateTimeOffset? LastRemediatedAt, ImmutableArray<DateTimeOffset> Refirings) : GuardrailRow
{
    /// <summary>The row before anything was stored.</summary>
    public static FlapGuardrailRow Empty { get; } = new(null, []);

    /// <summary>
    /// The notification ids of the re-firings counted within the retention, with when each was counted; kept only
    /// to recognise a retried write (<see cref="AlertRefiredChange.NotificationId"/>).
    /// </summary>
    public ImmutableSortedDictionary<string, DateTimeOffset> Notifications { get; init; } = ImmutableSortedDictionary.Create<string, DateTimeOffset>(StringComparer.Ordinal);
}

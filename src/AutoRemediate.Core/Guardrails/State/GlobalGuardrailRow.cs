using System.Collections.Immutable;

namespace AutoRemediate.Core.Guardrails.State;

/// <summary>The global row: the kill switch and the remediations running now.</summary>
/// <param name="KillSwitch">The kill switch, with who last changed it, when and why.</param>
/// <param name="Running">Running remediations started with an id, by id, with their start time.</param>
/// <param name="UntrackedRunning">Running remediations started without an id.</param>
internal sealed record GlobalGuardrailRow(KillSwitchState KillSwitch, ImmutableSortedDictionary<string, DateTimeOffset> Running, int UntrackedRunning) : GuardrailRow
{
    /// <summary>The row before anything was stored.</summary>
    public static GlobalGuardrailRow Empty { get; } = new(KillSwitchState.Off, ImmutableSortedDictionary.Create<string, DateTimeOffset>(StringComparer.Ordinal), 0);

    /// <summary>How many remediations are running.</summary>
    public int RunningCount => Running.Count + UntrackedRunning;
}

using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Guardrails;

/// <summary>A window between two instants, e.g. a Black Friday freeze. Start inclusive, end exclusive.</summary>
/// <param name="Start">When it begins.</param>
/// <param name="End">When it ends.</param>
public sealed record OneOffSchedule(DateTimeOffset Start, DateTimeOffset End) : WindowSchedule
{
    /// <inheritdoc />
    public override bool IsActive(DateTimeOffset now) => now >= Start && now < End;

    /// <inheritdoc />
    public override string Describe() => $"{DurationText.Timestamp(Start)} – {DurationText.Timestamp(End)}";
}

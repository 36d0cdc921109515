namespace AutoRemediate.Core.Toil;

/// <summary>One outcome's share of a <see cref="ToilRollup"/>: how many occurrences, and their effort.</summary>
public sealed class ToilOutcomeTally
{
    /// <summary>Occurrences with this outcome.</summary>
    public int Count { get; set; }

    /// <summary>Their manual effort.</summary>
    public ToilEffort Effort { get; set; } = new();
}

namespace AutoRemediate.Core.Toil;

/// <summary>
/// A sum of manual effort kept apart from the assumption for occurrences without a price: the minutes of occurrences
/// that carry <c>manualEffortMinutes</c>, and how many carry none. A report prices the latter with its own
/// <see cref="ToilReportSettings.UnmatchedEffortMinutes"/>, so a rollup holds no setting.
/// </summary>
public sealed class ToilEffort
{
    /// <summary>Σ <c>manualEffortMinutes</c> of the priced occurrences (whole minutes: sums are exact in any order).</summary>
    public long Minutes { get; set; }

    /// <summary>Occurrences without <c>manualEffortMinutes</c>.</summary>
    public int Unpriced { get; set; }

    /// <summary>The effort in minutes with unpriced occurrences at <paramref name="unmatchedEffortMinutes"/> each.</summary>
    public double Total(int unmatchedEffortMinutes) => Minutes + ((double)Unpriced * unmatchedEffortMinutes);

    /// <summary>Adds (sign 1) or takes out (sign −1) one occurrence's effort.</summary>
    public void Apply(int? manualEffortMinutes, int sign)
    {
        if (manualEffortMinutes is { } minutes)
        {
            Minutes += sign * (long)minutes;
        }
        else
        {
            Unpriced += sign;
        }
    }

    /// <summary>Adds another sum.</summary>
    public void Merge(ToilEffort other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Minutes += other.Minutes;
        Unpriced += other.Unpriced;
    }
}

using System.Text.Json.Serialization;

namespace AutoRemediate.Core.Toil;

/// <summary>
/// A mergeable histogram of non-negative durations in minutes with logarithmic buckets, after DDSketch (Masson, Rim
/// and Lee, VLDB 2019): bucket <c>i</c> holds the values in (γ^(i−1), γ^i] with γ = (1 + α) / (1 − α), and reports
/// them as 2γ^i / (γ + 1), which is within relative error α of every value in the bucket; zero has a bucket of its own.
/// Buckets are ordered like the values they hold, so the bucket holding rank r holds the exact nearest-rank value v
/// and the reported quantile is within α·v of it. α = <see cref="RelativeAccuracy"/>.
/// </summary>
/// <remarks>
/// Counts add and subtract exactly, so sketches merge across days and shards in any order, and a ledger row rewritten
/// with another duration can be taken out again. WARNING: stored in the toil rollups; changing α or the bucket
/// formula makes stored buckets mean other values (bump the rollup format so days are re-rolled).
/// </remarks>
public sealed class DurationSketch
{
    /// <summary>α: the largest relative error of a reported quantile, 1 %.</summary>
    public const double RelativeAccuracy = 0.01;

    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double LogGamma = Math.Log(Gamma);

    /// <summary>How many zero durations were added.</summary>
    [JsonInclude]
    public long Zeros { get; private set; }

    /// <summary>Count per bucket index; buckets that hold nothing are left out.</summary>
    [JsonInclude]
    public Dictionary<int, long> Buckets { get; private set; } = [];

    /// <summary>How many durations the sketch holds.</summary>
    [JsonIgnore]
    public long Count => Zeros + Buckets.Values.Sum();

    /// <summary>Adds one duration (minutes ≥ 0).</summary>
    public void Add(double minutes) => Apply(minutes, 1);

    /// <summary>Takes out one duration added before.</summary>
    public void Remove(double minutes) => Apply(minutes, -1);

    /// <summary>Adds every duration of <paramref name="other"/>.</summary>
    public void Merge(DurationSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Zeros += other.Zeros;
        foreach (var (bucket, count) in other.Buckets)
        {
            Shift(bucket, count);
        }
    }

    /// <summary>
    /// The nearest-rank quantile (0 &lt; <paramref name="fraction"/> ≤ 1): the reported value of the bucket holding
    /// rank ⌈fraction × n⌉; null when empty.
    /// </summary>
    public double? Quantile(double fraction)
    {
        var count = Count;
        if (count <= 0)
        {
            return null;
        }

        var rank = Math.Clamp((long)Math.Ceiling(fraction * count), 1, count);
        if (rank <= Zeros)
        {
            return 0;
        }

        var seen = Zeros;
        foreach (var (bucket, n) in Buckets.OrderBy(p => p.Key))
        {
            seen += n;
            if (seen >= rank)
            {
                return ValueOf(bucket);
            }
        }

        return ValueOf(Buckets.Keys.Max());
    }

    /// <summary>The bucket of a positive duration: ⌈log_γ(minutes)⌉.</summary>
    public static int BucketOf(double minutes) => (int)Math.Ceiling(Math.Log(minutes) / LogGamma);

    /// <summary>The value a bucket reports: 2γ^i / (γ + 1).</summary>
    public static double ValueOf(int bucket) => 2 * Math.Pow(Gamma, bucket) / (Gamma + 1);

    private void Apply(double minutes, int sign)
    {
        if (double.IsNaN(minutes) || minutes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "a duration is a non-negative number of minutes");
        }

        if (minutes == 0)
        {
            Zeros += sign;
        }
        else
        {
            Shift(BucketOf(minutes), sign);
        }
    }

    private void Shift(int bucket, long by)
    {
        var count = Buckets.GetValueOrDefault(bucket) + by;
        if (count == 0)
        {
            Buckets.Remove(bucket);
        }
        else
        {
            Buckets[bucket] = count;
        }
    }
}

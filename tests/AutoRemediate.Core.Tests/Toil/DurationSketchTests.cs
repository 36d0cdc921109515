using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Tests.Toil;

/// <summary>The duration sketch: its quantiles stay within 1 % of the exact nearest-rank values, and counts add and subtract exactly.</summary>
public sealed class DurationSketchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Quantiles_of_values_spread_over_eight_decades_are_within_one_percent_of_the_exact_nearest_rank_values(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 5_000).Select(_ => Math.Pow(10, (random.NextDouble() * 8) - 3)).ToList();
        var sketch = Sketch(values);
        values.Sort();

        foreach (var fraction in new[] { 0.0001, 0.1, 0.5, 0.9, 0.99, 1.0 })
        {
            var exact = ToilReportBuilder.NearestRank(values, fraction);
            var sketched = sketch.Quantile(fraction)!.Value;
            Assert.True(Math.Abs(sketched - exact) <= DurationSketch.RelativeAccuracy * exact, $"p{fraction}: {sketched} vs exact {exact}");
        }
    }

    [Fact]
    public void Every_bucket_reports_a_value_within_one_percent_of_both_its_edges()
    {
        for (var bucket = -500; bucket <= 1_000; bucket++)
        {
            var upper = Math.Pow((1 + DurationSketch.RelativeAccuracy) / (1 - DurationSketch.RelativeAccuracy), bucket);
            var lower = upper * (1 - DurationSketch.RelativeAccuracy) / (1 + DurationSketch.RelativeAccuracy);
            var reported = DurationSketch.ValueOf(bucket);
            Assert.InRange(reported, lower, upper);
            Assert.True((upper - reported) / upper <= DurationSketch.RelativeAccuracy + 1e-12 && (reported - lower) / lower <= DurationSketch.RelativeAccuracy + 1e-12);
        }
    }

    [Fact]
    public void Sketches_merged_in_any_order_answer_like_one_sketch_of_every_value()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 900).Select(_ => random.NextDouble() * 600).ToList();
        var whole = Sketch(values);
        var merged = Sketch(values.Skip(600));
        merged.Merge(Sketch(values.Take(300)));
        merged.Merge(Sketch(values.Skip(300).Take(300)));

        Assert.Equal((whole.Count, whole.Zeros), (merged.Count, merged.Zeros));
        Assert.Equal(whole.Buckets.OrderBy(p => p.Key), merged.Buckets.OrderBy(p => p.Key));
    }

    [Fact]
    public void Removing_a_value_added_before_leaves_the_sketch_as_if_it_was_never_added()
    {
        var sketch = Sketch([1.5, 20, 300]);
        sketch.Add(7.25);

        sketch.Remove(7.25);

        Assert.Equal(Sketch([1.5, 20, 300]).Buckets.OrderBy(p => p.Key), sketch.Buckets.OrderBy(p => p.Key));
        Assert.Equal(3, sketch.Count);
    }

    [Fact]
    public void Zero_durations_count_in_a_bucket_of_their_own_and_report_zero()
    {
        var sketch = Sketch([0, 0, 0, 12]);

        Assert.Equal((0.0, 12.0), (sketch.Quantile(0.5)!.Value, Math.Round(sketch.Quantile(1)!.Value)));
        Assert.Equal(3, sketch.Zeros);
    }

    [Fact]
    public void Empty_sketch_has_no_quantile_and_negative_durations_are_refused()
    {
        var sketch = new DurationSketch();

        Assert.Null(sketch.Quantile(0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(-1));
    }

    private static DurationSketch Sketch(IEnumerable<double> values)
    {
        var sketch = new DurationSketch();
        foreach (var value in values)
        {
            sketch.Add(value);
        }

        return sketch;
    }
}

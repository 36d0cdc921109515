namespace AutoRemediate.Benchmarks.Storm;

/// <summary>How many requests of one kind, and their summed time from forwarding to the answer's last byte.</summary>
internal readonly record struct KindCount(long Count, double Milliseconds)
{
    public static KindCount operator -(KindCount after, KindCount before) => new(after.Count - before.Count, after.Milliseconds - before.Milliseconds);
}

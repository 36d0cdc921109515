namespace AutoRemediate.Benchmarks.Storm;

/// <summary>One webhook call: when it was sent (since the phase began), how long it took, and its HTTP status (0: no answer).</summary>
internal readonly record struct IntakeResult(TimeSpan SentAt, double Milliseconds, int Status)
{
    public bool Accepted => Status == 202;
}

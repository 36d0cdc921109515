namespace AutoRemediate.AzureFakes.State;

/// <summary>A scripted metric value at a time.</summary>
/// <param name="TimeStamp">The grain's start.</param>
/// <param name="Value">The value, reported under whichever aggregation the query asks for.</param>
public sealed record FakeMetricPoint(DateTimeOffset TimeStamp, double Value);

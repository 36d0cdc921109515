namespace AutoRemediate.Benchmarks.Storm;

/// <summary>Sizes and time limits of the storm scenario; every loop is bounded by count and by time.</summary>
internal sealed record StormSettings(
    int Alerts,
    int Backlog,
    int BurstInFlight,
    int ProbePerSecond,
    TimeSpan ProbeDuration,
    int ProbeMaxInFlight,
    TimeSpan Settle,
    TimeSpan IdleWindow,
    TimeSpan StormLimit,
    TimeSpan BacklogLimit,
    TimeSpan PollInterval,
    TimeSpan Bucket)
{
    public static StormSettings Full { get; } = new(
        Alerts: 500,
        Backlog: 2000,
        BurstInFlight: 32,
        ProbePerSecond: 100,
        ProbeDuration: TimeSpan.FromSeconds(30),
        ProbeMaxInFlight: 256,
        Settle: TimeSpan.FromSeconds(10),
        IdleWindow: TimeSpan.FromSeconds(60),
        StormLimit: TimeSpan.FromMinutes(20),
        BacklogLimit: TimeSpan.FromMinutes(5),
        PollInterval: TimeSpan.FromSeconds(5),
        Bucket: TimeSpan.FromSeconds(10));

    public static StormSettings Quick { get; } = Full with
    {
        Alerts = 100,
        Backlog = 300,
        ProbeDuration = TimeSpan.FromSeconds(10),
        IdleWindow = TimeSpan.FromSeconds(30),
        StormLimit = TimeSpan.FromMinutes(4),
        BacklogLimit = TimeSpan.FromMinutes(2),
    };
}

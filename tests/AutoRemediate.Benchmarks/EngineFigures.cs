namespace AutoRemediate.Benchmarks;

/// <summary>What the engine benchmark measured.</summary>
internal sealed record EngineFigures(
    Distribution ScheduleToFirstActivityMs,
    double OrchestrationsPerSecond,
    double RequestsPerActivityStep,
    IReadOnlyDictionary<string, long> RequestsByOperation);

using AutoRemediate.Core.Toil;

namespace AutoRemediate.Benchmarks;

/// <summary>What <see cref="ToilBench"/> measured of the report from day rollups.</summary>
/// <param name="RollingUp">Rolling up the seeded rows: one re-roll per day of the window, as the closing re-roll does.</param>
/// <param name="ReportMs">Each timed 30-day report from the rollups, in milliseconds (the first, cold one included).</param>
/// <param name="PeakManagedBytes">Managed heap peak during those reports.</param>
/// <param name="PeakWorkingSetBytes">Working set peak during those reports.</param>
/// <param name="AllocatedBytes">Bytes allocated by one report, on average.</param>
/// <param name="Report">The report from rollups.</param>
/// <param name="Agrees">Equal to the report over the raw rows, but for percentiles within the sketch's bound.</param>
internal sealed record ToilRollupFigures(
    TimeSpan RollingUp, IReadOnlyList<double> ReportMs, long PeakManagedBytes, long PeakWorkingSetBytes, long AllocatedBytes, ToilReport Report, bool Agrees);

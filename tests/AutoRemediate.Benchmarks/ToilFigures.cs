using AutoRemediate.Core.Toil;

namespace AutoRemediate.Benchmarks;

/// <summary>What <see cref="ToilBench"/> measured.</summary>
/// <param name="ReportingCpu">This process's CPU time during the report (the rest of the wall time is Azurite's).</param>
/// <param name="Arithmetic">The same rows straight into the report builder, without storage.</param>
/// <param name="MatchesArithmetic">Whether the report read from Azurite equals the one built without storage.</param>
/// <param name="Rollups">The same window's report from day rollups, measured in the same run.</param>
internal sealed record ToilFigures(
    int Rows, TimeSpan Seeding, TimeSpan Reporting, TimeSpan ReportingCpu, int RowsCounted, long ManagedBaselineBytes, long PeakManagedBytes,
    long PeakWorkingSetBytes, long AllocatedBytes, ToilReport Report, TimeSpan Arithmetic, bool MatchesArithmetic, ToilRollupFigures Rollups);

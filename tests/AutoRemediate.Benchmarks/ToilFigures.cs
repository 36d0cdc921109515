using AutoRemediate.Core.Toil;

namespace AutoRemediate.Benchmarks;

/// <summary>What <see cref="ToilBench"/> measured.</summary>
internal sealed record ToilFigures(
    int Rows, TimeSpan Seeding, TimeSpan Reporting, int RowsCounted, long ManagedBaselineBytes, long PeakManagedBytes,
    long PeakWorkingSetBytes, long AllocatedBytes, ToilReport Report);

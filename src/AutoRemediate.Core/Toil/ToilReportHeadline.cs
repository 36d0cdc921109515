namespace AutoRemediate.Core.Toil;

/// <summary>One line of the report list: a stored report's window and headline figures.</summary>
public sealed record ToilReportHeadline(
    string WindowId, ToilWindowKind Kind, DateTimeOffset From, DateTimeOffset To, DateTimeOffset GeneratedAt,
    int Occurrences, double HoursAvoided, double HoursRemaining, double? OccurrenceCoverage)
{
    /// <summary>The headline of <paramref name="report"/>.</summary>
    public static ToilReportHeadline Of(ToilReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.WindowId, report.Kind, report.From, report.To, report.GeneratedAt,
            report.Occurrences.Total, report.HoursAvoided, report.HoursRemaining.Total, report.OccurrenceCoverage);
    }
}

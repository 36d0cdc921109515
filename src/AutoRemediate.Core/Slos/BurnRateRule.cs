namespace AutoRemediate.Core.Slos;

/// <summary>
/// One multiwindow burn-rate alert rule: it fires when both <see cref="LongWindow"/> and <see cref="ShortWindow"/>
/// burn the error budget at least <see cref="Factor"/> times as fast as the SLO allows. The long window makes the
/// alert significant; the short one makes it stop soon after the burning stops.
/// </summary>
/// <param name="Name">A name unique within the SLO, e.g. <c>page-1h</c>.</param>
/// <param name="Severity">Page or ticket.</param>
/// <param name="LongWindow">The window that must burn at the factor, e.g. 1 h.</param>
/// <param name="ShortWindow">The shorter window that must burn at the factor too, e.g. 5 min.</param>
/// <param name="Factor">The burn rate at or above which both windows count as burning, e.g. 14.4.</param>
public sealed record BurnRateRule(string Name, BurnRateSeverity Severity, TimeSpan LongWindow, TimeSpan ShortWindow, double Factor)
{
    /// <summary>
    /// The Google SRE workbook's defaults for a 30-day SLO, used when an SLO lists no alerts: page at 14.4× over
    /// 1 h/5 min (2 % of a 30-day budget in an hour), page at 6× over 6 h/30 min (5 % in six hours), ticket at 1×
    /// over 3 d/6 h (10 % in three days).
    /// </summary>
    public static IReadOnlyList<BurnRateRule> WorkbookDefaults { get; } =
    [
        new("page-1h", BurnRateSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 14.4),
        new("page-6h", BurnRateSeverity.Page, TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 6),
        new("ticket-3d", BurnRateSeverity.Ticket, TimeSpan.FromDays(3), TimeSpan.FromHours(6), 1),
    ];

    /// <summary>
    /// True when <paramref name="burnRate"/> reaches the factor. Compared with a relative tolerance of 1e-9 because
    /// 1 − 0.999 is not exactly 0.001 in binary: a window burning at exactly 14.4× would otherwise compute as
    /// 14.399999… and not fire.
    /// </summary>
    public bool IsMetBy(double burnRate) => burnRate >= Factor * (1 - 1e-9);
}

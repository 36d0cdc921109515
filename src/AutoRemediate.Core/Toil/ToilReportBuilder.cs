namespace AutoRemediate.Core.Toil;

/// <summary>
/// Computes a <see cref="ToilReport"/> from ledger rows, day rollups and manual entries without keeping the rows: every
/// row or rollup is summed into one <see cref="ToilRollup"/>. Built from rows only, the report's percentiles are exact
/// (one double per measured duration is kept); once a rollup is added they come from the rollups' sketches (within
/// <see cref="DurationSketch.RelativeAccuracy"/>). Rows outside the window are ignored. The definitions are in
/// docs/toil.md; keep the two in step.
/// </summary>
public sealed class ToilReportBuilder
{
    private const int DaysInFlight = 8;
    private readonly ToilWindow _window;
    private readonly ToilReportSettings _settings;
    private readonly ToilRollup _sums = new();
    private readonly Dictionary<string, (int Entries, double Minutes)> _categories = new(StringComparer.Ordinal);
    private readonly List<double> _automatedMinutes = [];
    private readonly List<double> _manualMinutes = [];
    private readonly List<double> _approvalMinutes = [];
    private double _manualLogMinutes;
    private bool _sketched;

    /// <summary>A builder for <paramref name="window"/> with the given assumptions.</summary>
    public ToilReportBuilder(ToilWindow window, ToilReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(settings);
        _window = window;
        _settings = settings;
    }

    /// <summary>Counts one ledger row (ignored when received outside the window).</summary>
    public void Add(ToilOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        if (!_window.Contains(occurrence.OccurredAt))
        {
            return;
        }

        _sums.Add(occurrence);
        AddDuration(occurrence.IsAutomated ? _automatedMinutes : _manualMinutes, occurrence.TimeToRemediate);
        AddDuration(_approvalMinutes, occurrence.ApprovalLatency);
    }

    /// <summary>Counts the rollup of UTC day <paramref name="day"/> (ignored when the day is outside the window).</summary>
    public void Add(DateOnly day, ToilRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        if (!_window.Contains(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)))
        {
            return;
        }

        _sums.Merge(rollup);
        _sketched = true;
    }

    /// <summary>Counts one manual toil log entry (ignored when done outside the window).</summary>
    public void Add(ManualToilEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_window.Contains(entry.At))
        {
            return;
        }

        _manualLogMinutes += entry.Minutes;
        var (entries, minutes) = _categories.GetValueOrDefault(entry.Category);
        _categories[entry.Category] = (entries + 1, minutes + entry.Minutes);
    }

    /// <summary>The report of everything added so far.</summary>
    public ToilReport Build(DateTimeOffset generatedAt)
    {
        var automated = Count(ToilOutcome.AutoRemediated) + Count(ToilOutcome.RemediatedAfterApproval);
        var all = _sums.Outcomes.Values.Sum(t => t.Count);
        var actionable = all - Count(ToilOutcome.Suppressed) - Count(ToilOutcome.ResolvedBeforeAction);
        var rulesSeen = _sums.Rules.Values.Count(r => r.Occurrences > 0);
        var rulesWithBinding = _sums.Rules.Values.Count(r => r.Occurrences > 0 && r.WithBinding > 0);
        var remainingMinutes = Effort(ToilOutcome.Unmatched) + Effort(ToilOutcome.Escalated) + Effort(ToilOutcome.Failed)
            + Effort(ToilOutcome.DryRun) + _sums.HumanMinutes + _manualLogMinutes;
        return new ToilReport
        {
            WindowId = _window.Id,
            Kind = _window.Kind,
            From = _window.Start,
            To = _window.End,
            GeneratedAt = generatedAt,
            Occurrences = new ToilOutcomeCounts(
                all, Count(ToilOutcome.AutoRemediated), Count(ToilOutcome.RemediatedAfterApproval), Count(ToilOutcome.DryRun),
                Count(ToilOutcome.Escalated), Count(ToilOutcome.Failed), Count(ToilOutcome.Unmatched), Count(ToilOutcome.Suppressed),
                Count(ToilOutcome.ResolvedBeforeAction)),
            HoursAvoided = Hours(Effort(ToilOutcome.AutoRemediated) + Effort(ToilOutcome.RemediatedAfterApproval)),
            HoursRemaining = new ToilHoursRemaining(
                Hours(Effort(ToilOutcome.Unmatched)), Hours(Effort(ToilOutcome.Escalated)), Hours(Effort(ToilOutcome.Failed)),
                Hours(Effort(ToilOutcome.DryRun)), Hours(_sums.HumanMinutes), Hours(_manualLogMinutes), Hours(remainingMinutes)),
            DryRunHoursAtStake = Hours(Effort(ToilOutcome.DryRun)),
            OccurrenceCoverage = Rate(automated, actionable),
            RuleCoverage = Rate(rulesWithBinding, rulesSeen),
            RulesSeen = rulesSeen,
            RulesWithBinding = rulesWithBinding,
            AutomatedTimeToRemediate = Stats(_automatedMinutes, _sums.AutomatedTimeToRemediate),
            ManualTimeToRemediate = Stats(_manualMinutes, _sums.ManualTimeToRemediate),
            ApprovalLatency = Stats(_approvalMinutes, _sums.ApprovalLatency),
            Runbooks =
            [
                .. _sums.Runbooks.Where(p => p.Value.Occurrences > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new RunbookFigures(
                    p.Key, p.Value.Remediated, p.Value.Failed, p.Value.Escalated, p.Value.DryRuns,
                    Rate(p.Value.Remediated, p.Value.Remediated + p.Value.Failed), Hours(p.Value.Avoided.Total(_settings.UnmatchedEffortMinutes)))),
            ],
            TopUnautomatedRules =
            [
                .. _sums.Rules.Where(p => p.Value.Manual > 0)
                    .Select(p => (Rule: p.Key, Tally: p.Value, Minutes: p.Value.ManualEffort.Total(_settings.UnmatchedEffortMinutes)))
                    .OrderByDescending(r => r.Minutes).ThenByDescending(r => r.Tally.Manual).ThenBy(r => r.Rule, StringComparer.Ordinal)
                    .Take(_settings.TopRules)
                    .Select(r => new UnautomatedRule(
                        r.Rule, r.Tally.Manual, r.Tally.ManualUnmatched, Hours(r.Minutes),
                        r.Tally.ManualBindings.Where(b => b.Value > 0).OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal)
                            .Select(b => b.Key).FirstOrDefault())),
            ],
            ManualToil =
            [
                .. _categories.OrderByDescending(p => p.Value.Minutes).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new ManualToilCategory(p.Key, p.Value.Entries, Hours(p.Value.Minutes))),
            ],
            Settings = _settings,
        };
    }

    /// <summary>The report of <paramref name="window"/> from the ledger, streamed: rows are counted as they arrive, never collected.</summary>
    public static async Task<ToilReport> ComputeAsync(
        IToilLedger ledger, ToilWindow window, ToilReportSettings settings, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(window);
        var builder = new ToilReportBuilder(window, settings);
        await foreach (var occurrence in ledger.ReadOccurrencesAsync(window.Start, window.End, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(occurrence);
        }

        await foreach (var entry in ledger.ReadManualAsync(window.Start, window.End, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(entry);
        }

        return builder.Build(generatedAt);
    }

    /// <summary>Nearest-rank percentile (0 &lt; <paramref name="fraction"/> ≤ 1) of sorted values: the value at rank ⌈fraction × n⌉.</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>
    /// The report of <paramref name="window"/> from the day rollups (one read per day of the window) and the manual log:
    /// what the timer, the API and the dashboard use. Percentiles come from the rollups' sketches.
    /// </summary>
    public static async Task<ToilReport> ComputeFromRollupsAsync(
        IToilRollups rollups, IToilLedger ledger, ToilWindow window, ToilReportSettings settings, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollups);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(window);
        var builder = new ToilReportBuilder(window, settings);
        var first = DateOnly.FromDateTime(window.Start.UtcDateTime);
        var days = Enumerable.Range(0, DateOnly.FromDateTime(window.End.UtcDateTime).DayNumber - first.DayNumber).Select(first.AddDays).ToList();

        // A few days at a time: each read is a round trip or a handful, and the sums are added in day order all the same.
        foreach (var chunk in days.Chunk(DaysInFlight))
        {
            var read = await Task.WhenAll(chunk.Select(day => rollups.ReadDayAsync(day, cancellationToken))).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                builder.Add(chunk[i], read[i]);
            }
        }

        await foreach (var entry in ledger.ReadManualAsync(window.Start, window.End, cancellationToken).ConfigureAwait(false))
        {
            builder.Add(entry);
        }

        return builder.Build(generatedAt);
    }

    private int Count(ToilOutcome outcome) => _sums.Outcomes.TryGetValue(outcome, out var tally) ? tally.Count : 0;

    private double Effort(ToilOutcome outcome) =>
        _sums.Outcomes.TryGetValue(outcome, out var tally) ? tally.Effort.Total(_settings.UnmatchedEffortMinutes) : 0;

    private static void AddDuration(List<double> minutes, TimeSpan? duration)
    {
        if (ToilRollup.CountedMinutes(duration) is { } value)
        {
            minutes.Add(value);
        }
    }

    private DurationStats Stats(List<double> exact, DurationSketch sketch)
    {
        if (_sketched)
        {
            return sketch.Count <= 0
                ? DurationStats.Empty
                : new DurationStats((int)sketch.Count, Round(sketch.Quantile(0.5)!.Value, 2), Round(sketch.Quantile(0.9)!.Value, 2));
        }

        if (exact.Count == 0)
        {
            return DurationStats.Empty;
        }

        exact.Sort();
        return new DurationStats(exact.Count, Round(NearestRank(exact, 0.5), 2), Round(NearestRank(exact, 0.9), 2));
    }

    private static double Hours(double minutes) => Round(minutes / 60, 2);

    private static double? Rate(int part, int whole) => whole == 0 ? null : Round(part / (double)whole, 4);

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}

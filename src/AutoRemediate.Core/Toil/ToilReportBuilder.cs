namespace AutoRemediate.Core.Toil;

/// <summary>
/// Computes a <see cref="ToilReport"/> from a stream of ledger rows and manual entries without keeping the rows:
/// counters and sums per outcome, rule and runbook, and one double per measured duration (for exact percentiles).
/// Rows outside the window are ignored. The definitions are in docs/toil.md; keep the two in step.
/// </summary>
public sealed class ToilReportBuilder
{
    private readonly ToilWindow _window;
    private readonly ToilReportSettings _settings;
    private readonly int[] _counts = new int[Enum.GetValues<ToilOutcome>().Length];
    private readonly double[] _effortByOutcome = new double[Enum.GetValues<ToilOutcome>().Length];
    private readonly Dictionary<string, RuleTally> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunbookTally> _runbooks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Entries, double Minutes)> _categories = new(StringComparer.Ordinal);
    private readonly List<double> _automatedMinutes = [];
    private readonly List<double> _manualMinutes = [];
    private readonly List<double> _approvalMinutes = [];
    private double _approvalReviewMinutes;
    private double _manualLogMinutes;

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

        var effort = EffortMinutes(occurrence);
        _counts[(int)occurrence.Outcome]++;
        _effortByOutcome[(int)occurrence.Outcome] += effort;
        _approvalReviewMinutes += occurrence.HumanMinutes;
        AddDuration(occurrence.IsAutomated ? _automatedMinutes : _manualMinutes, occurrence.TimeToRemediate);
        AddDuration(_approvalMinutes, occurrence.ApprovalLatency);

        var rule = _rules.TryGetValue(occurrence.RuleName, out var existing) ? existing : _rules[occurrence.RuleName] = new RuleTally();
        rule.HasBinding |= occurrence.BindingId is not null;
        if (occurrence.IsManual)
        {
            rule.Add(occurrence, effort);
        }

        if (occurrence.Runbook is { } name)
        {
            var runbook = _runbooks.TryGetValue(name, out var tally) ? tally : _runbooks[name] = new RunbookTally();
            runbook.Add(occurrence, effort);
        }
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
        var actionable = _counts.Sum() - Count(ToilOutcome.Suppressed) - Count(ToilOutcome.ResolvedBeforeAction);
        var remainingMinutes = Effort(ToilOutcome.Unmatched) + Effort(ToilOutcome.Escalated) + Effort(ToilOutcome.Failed)
            + Effort(ToilOutcome.DryRun) + _approvalReviewMinutes + _manualLogMinutes;
        var rulesWithBinding = _rules.Values.Count(r => r.HasBinding);
        return new ToilReport
        {
            WindowId = _window.Id,
            Kind = _window.Kind,
            From = _window.Start,
            To = _window.End,
            GeneratedAt = generatedAt,
            Occurrences = new ToilOutcomeCounts(
                _counts.Sum(), Count(ToilOutcome.AutoRemediated), Count(ToilOutcome.RemediatedAfterApproval), Count(ToilOutcome.DryRun),
                Count(ToilOutcome.Escalated), Count(ToilOutcome.Failed), Count(ToilOutcome.Unmatched), Count(ToilOutcome.Suppressed),
                Count(ToilOutcome.ResolvedBeforeAction)),
            HoursAvoided = Hours(Effort(ToilOutcome.AutoRemediated) + Effort(ToilOutcome.RemediatedAfterApproval)),
            HoursRemaining = new ToilHoursRemaining(
                Hours(Effort(ToilOutcome.Unmatched)), Hours(Effort(ToilOutcome.Escalated)), Hours(Effort(ToilOutcome.Failed)),
                Hours(Effort(ToilOutcome.DryRun)), Hours(_approvalReviewMinutes), Hours(_manualLogMinutes), Hours(remainingMinutes)),
            DryRunHoursAtStake = Hours(Effort(ToilOutcome.DryRun)),
            OccurrenceCoverage = Rate(automated, actionable),
            RuleCoverage = Rate(rulesWithBinding, _rules.Count),
            RulesSeen = _rules.Count,
            RulesWithBinding = rulesWithBinding,
            AutomatedTimeToRemediate = Stats(_automatedMinutes),
            ManualTimeToRemediate = Stats(_manualMinutes),
            ApprovalLatency = Stats(_approvalMinutes),
            Runbooks = [.. _runbooks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value.Figures(p.Key))],
            TopUnautomatedRules =
            [
                .. _rules.Where(p => p.Value.ManualOccurrences > 0)
                    .OrderByDescending(p => p.Value.ManualMinutes).ThenByDescending(p => p.Value.ManualOccurrences).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Take(_settings.TopRules)
                    .Select(p => p.Value.Unautomated(p.Key)),
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

    private double EffortMinutes(ToilOccurrence occurrence) => occurrence.ManualEffortMinutes ?? _settings.UnmatchedEffortMinutes;

    private int Count(ToilOutcome outcome) => _counts[(int)outcome];

    private double Effort(ToilOutcome outcome) => _effortByOutcome[(int)outcome];

    private static void AddDuration(List<double> minutes, TimeSpan? duration)
    {
        // A clock step between hosts can make an end precede its start; such a value says nothing and is dropped.
        if (duration is { } value && value >= TimeSpan.Zero)
        {
            minutes.Add(value.TotalMinutes);
        }
    }

    private static DurationStats Stats(List<double> minutes)
    {
        if (minutes.Count == 0)
        {
            return DurationStats.Empty;
        }

        minutes.Sort();
        return new DurationStats(minutes.Count, Round(NearestRank(minutes, 0.5), 2), Round(NearestRank(minutes, 0.9), 2));
    }

    private static double Hours(double minutes) => Round(minutes / 60, 2);

    private static double? Rate(int part, int whole) => whole == 0 ? null : Round(part / (double)whole, 4);

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private sealed class RuleTally
    {
        private readonly Dictionary<string, int> _bindings = new(StringComparer.Ordinal);
        private int _unmatched;

        public bool HasBinding { get; set; }

        public int ManualOccurrences { get; private set; }

        public double ManualMinutes { get; private set; }

        public void Add(ToilOccurrence occurrence, double effort)
        {
            ManualOccurrences++;
            ManualMinutes += effort;
            if (occurrence.BindingId is { } binding)
            {
                _bindings[binding] = _bindings.GetValueOrDefault(binding) + 1;
            }
            else
            {
                _unmatched++;
            }
        }

        public UnautomatedRule Unautomated(string rule) => new(
            rule, ManualOccurrences, _unmatched, Hours(ManualMinutes),
            _bindings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault());
    }

    private sealed class RunbookTally
    {
        private int _remediated;
        private int _failed;
        private int _escalated;
        private int _dryRuns;
        private double _avoidedMinutes;

        public void Add(ToilOccurrence occurrence, double effort)
        {
            switch (occurrence.Outcome)
            {
                case ToilOutcome.AutoRemediated or ToilOutcome.RemediatedAfterApproval:
                    _remediated++;
                    _avoidedMinutes += effort;
                    break;
                case ToilOutcome.Failed:
                    _failed++;
                    break;
                case ToilOutcome.Escalated:
                    _escalated++;
                    break;
                case ToilOutcome.DryRun:
                    _dryRuns++;
                    break;
            }
        }

        public RunbookFigures Figures(string runbook) =>
            new(runbook, _remediated, _failed, _escalated, _dryRuns, Rate(_remediated, _remediated + _failed), Hours(_avoidedMinutes));
    }
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace AutoRemediate.Core.Toil;

/// <summary>
/// The sums a toil report needs over a set of ledger rows (a day, or one shard of a day): counts and effort per
/// outcome, rule and runbook, approval minutes, and the three duration distributions as <see cref="DurationSketch"/>es.
/// Everything in it adds and subtracts exactly, so rollups merge in any order and a rewritten row can be taken out
/// (<see cref="Remove"/>) and put back changed. It holds no setting: effort without a price is counted, not priced.
/// </summary>
/// <remarks>WARNING: stored as JSON in the toil ledger; add members, never rename one.</remarks>
public sealed class ToilRollup
{
    /// <summary>Ledger rows absorbed.</summary>
    [JsonInclude]
    public int Rows { get; private set; }

    /// <summary>Counts and effort per outcome; outcomes with no occurrence are left out.</summary>
    [JsonInclude]
    public Dictionary<ToilOutcome, ToilOutcomeTally> Outcomes { get; private set; } = [];

    /// <summary>Σ <c>humanMinutes</c> (approval review).</summary>
    [JsonInclude]
    public double HumanMinutes { get; private set; }

    /// <summary>Per alert rule.</summary>
    [JsonInclude]
    public Dictionary<string, ToilRuleTally> Rules { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Per runbook.</summary>
    [JsonInclude]
    public Dictionary<string, ToilRunbookTally> Runbooks { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Received to the end of the run, for automated occurrences.</summary>
    [JsonInclude]
    public DurationSketch AutomatedTimeToRemediate { get; private set; } = new();

    /// <summary>Received to resolved, for manual occurrences whose resolution was seen.</summary>
    [JsonInclude]
    public DurationSketch ManualTimeToRemediate { get; private set; } = new();

    /// <summary>Approval request to decision.</summary>
    [JsonInclude]
    public DurationSketch ApprovalLatency { get; private set; } = new();

    /// <summary>A duration as a report counts it: minutes, or null when unknown or negative (a clock step between hosts says nothing).</summary>
    public static double? CountedMinutes(TimeSpan? duration) => duration is { } value && value >= TimeSpan.Zero ? value.TotalMinutes : null;

    /// <summary>Absorbs one ledger row.</summary>
    public void Add(ToilOccurrence occurrence) => Apply(occurrence, 1);

    /// <summary>Takes out a row absorbed before (exactly as it was then), e.g. before absorbing its rewritten version.</summary>
    public void Remove(ToilOccurrence occurrence) => Apply(occurrence, -1);

    /// <summary>Adds everything <paramref name="other"/> holds.</summary>
    public void Merge(ToilRollup other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Rows += other.Rows;
        HumanMinutes += other.HumanMinutes;
        foreach (var (outcome, tally) in other.Outcomes)
        {
            var mine = Outcome(outcome);
            mine.Count += tally.Count;
            mine.Effort.Merge(tally.Effort);
        }

        foreach (var (name, tally) in other.Rules)
        {
            var mine = Rule(name);
            mine.Occurrences += tally.Occurrences;
            mine.WithBinding += tally.WithBinding;
            mine.Manual += tally.Manual;
            mine.ManualEffort.Merge(tally.ManualEffort);
            mine.ManualUnmatched += tally.ManualUnmatched;
            foreach (var (binding, count) in tally.ManualBindings)
            {
                mine.ManualBindings[binding] = mine.ManualBindings.GetValueOrDefault(binding) + count;
            }
        }

        foreach (var (name, tally) in other.Runbooks)
        {
            var mine = Runbook(name);
            mine.Occurrences += tally.Occurrences;
            mine.Remediated += tally.Remediated;
            mine.Failed += tally.Failed;
            mine.Escalated += tally.Escalated;
            mine.DryRuns += tally.DryRuns;
            mine.Avoided.Merge(tally.Avoided);
        }

        AutomatedTimeToRemediate.Merge(other.AutomatedTimeToRemediate);
        ManualTimeToRemediate.Merge(other.ManualTimeToRemediate);
        ApprovalLatency.Merge(other.ApprovalLatency);
    }

    /// <summary>
    /// Every figure this rollup holds that differs from <paramref name="expected"/>, in words; empty when they agree.
    /// Sums of fractional minutes are compared to 1e-6 of a minute (their order of addition differs).
    /// </summary>
    public IReadOnlyList<string> DifferencesFrom(ToilRollup expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var mine = Figures().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var theirs = expected.Figures().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return
        [
            .. mine.Keys.Union(theirs.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(key => (key, have: mine.GetValueOrDefault(key), want: theirs.GetValueOrDefault(key)))
                .Where(d => Math.Abs(d.have - d.want) > 1e-6)
                .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.key}: {d.have:0.######} here, {d.want:0.######} expected")),
        ];
    }

    private IEnumerable<KeyValuePair<string, double>> Figures()
    {
        yield return new("rows", Rows);
        yield return new("humanMinutes", HumanMinutes);
        foreach (var (outcome, t) in Outcomes)
        {
            yield return new($"outcome {outcome} count", t.Count);
            yield return new($"outcome {outcome} effort minutes", t.Effort.Minutes);
            yield return new($"outcome {outcome} effort unpriced", t.Effort.Unpriced);
        }

        foreach (var (name, t) in Rules)
        {
            yield return new($"rule '{name}' occurrences", t.Occurrences);
            yield return new($"rule '{name}' with binding", t.WithBinding);
            yield return new($"rule '{name}' manual", t.Manual);
            yield return new($"rule '{name}' manual effort minutes", t.ManualEffort.Minutes);
            yield return new($"rule '{name}' manual effort unpriced", t.ManualEffort.Unpriced);
            yield return new($"rule '{name}' manual unmatched", t.ManualUnmatched);
            foreach (var (binding, count) in t.ManualBindings)
            {
                yield return new($"rule '{name}' manual via binding '{binding}'", count);
            }
        }

        foreach (var (name, t) in Runbooks)
        {
            yield return new($"runbook '{name}' occurrences", t.Occurrences);
            yield return new($"runbook '{name}' remediated", t.Remediated);
            yield return new($"runbook '{name}' failed", t.Failed);
            yield return new($"runbook '{name}' escalated", t.Escalated);
            yield return new($"runbook '{name}' dry runs", t.DryRuns);
            yield return new($"runbook '{name}' avoided minutes", t.Avoided.Minutes);
            yield return new($"runbook '{name}' avoided unpriced", t.Avoided.Unpriced);
        }

        foreach (var (label, sketch) in new[] { ("automatedTimeToRemediate", AutomatedTimeToRemediate), ("manualTimeToRemediate", ManualTimeToRemediate), ("approvalLatency", ApprovalLatency) })
        {
            yield return new($"{label} zero", sketch.Zeros);
            foreach (var (bucket, count) in sketch.Buckets)
            {
                yield return new(string.Create(CultureInfo.InvariantCulture, $"{label} bucket {bucket} (~{DurationSketch.ValueOf(bucket):0.###} min)"), count);
            }
        }
    }

    private void Apply(ToilOccurrence o, int sign)
    {
        ArgumentNullException.ThrowIfNull(o);
        Rows += sign;
        HumanMinutes += sign * o.HumanMinutes;
        var outcome = Outcome(o.Outcome);
        outcome.Count += sign;
        outcome.Effort.Apply(o.ManualEffortMinutes, sign);
        ApplyDuration(o.IsAutomated ? AutomatedTimeToRemediate : ManualTimeToRemediate, o.TimeToRemediate, sign);
        ApplyDuration(ApprovalLatency, o.ApprovalLatency, sign);

        var rule = Rule(o.RuleName);
        rule.Occurrences += sign;
        rule.WithBinding += o.BindingId is null ? 0 : sign;
        if (o.IsManual)
        {
            rule.Manual += sign;
            rule.ManualEffort.Apply(o.ManualEffortMinutes, sign);
            if (o.BindingId is { } binding)
            {
                rule.ManualBindings[binding] = rule.ManualBindings.GetValueOrDefault(binding) + sign;
            }
            else
            {
                rule.ManualUnmatched += sign;
            }
        }

        if (o.Runbook is { } name)
        {
            var runbook = Runbook(name);
            runbook.Occurrences += sign;
            switch (o.Outcome)
            {
                case ToilOutcome.AutoRemediated or ToilOutcome.RemediatedAfterApproval:
                    runbook.Remediated += sign;
                    runbook.Avoided.Apply(o.ManualEffortMinutes, sign);
                    break;
                case ToilOutcome.Failed:
                    runbook.Failed += sign;
                    break;
                case ToilOutcome.Escalated:
                    runbook.Escalated += sign;
                    break;
                case ToilOutcome.DryRun:
                    runbook.DryRuns += sign;
                    break;
            }
        }

        if (sign < 0)
        {
            Prune(o);
        }
    }

    private static void ApplyDuration(DurationSketch sketch, TimeSpan? duration, int sign)
    {
        if (CountedMinutes(duration) is { } minutes)
        {
            if (sign > 0)
            {
                sketch.Add(minutes);
            }
            else
            {
                sketch.Remove(minutes);
            }
        }
    }

    /// <summary>Drops the entries a removal left empty, so equal sums serialise alike and a removed rule stops counting as seen.</summary>
    private void Prune(ToilOccurrence o)
    {
        if (Outcomes[o.Outcome] is { Count: 0, Effort: { Minutes: 0, Unpriced: 0 } })
        {
            Outcomes.Remove(o.Outcome);
        }

        var rule = Rules[o.RuleName];
        if (o.BindingId is { } binding && rule.ManualBindings.GetValueOrDefault(binding, -1) == 0)
        {
            rule.ManualBindings.Remove(binding);
        }

        if (rule is { Occurrences: 0, WithBinding: 0, Manual: 0, ManualUnmatched: 0, ManualEffort: { Minutes: 0, Unpriced: 0 }, ManualBindings.Count: 0 })
        {
            Rules.Remove(o.RuleName);
        }

        if (o.Runbook is { } name && Runbooks[name] is { Occurrences: 0, Remediated: 0, Failed: 0, Escalated: 0, DryRuns: 0, Avoided: { Minutes: 0, Unpriced: 0 } })
        {
            Runbooks.Remove(name);
        }
    }

    private ToilOutcomeTally Outcome(ToilOutcome outcome) =>
        Outcomes.TryGetValue(outcome, out var tally) ? tally : Outcomes[outcome] = new ToilOutcomeTally();

    private ToilRuleTally Rule(string name) => Rules.TryGetValue(name, out var tally) ? tally : Rules[name] = new ToilRuleTally();

    private ToilRunbookTally Runbook(string name) => Runbooks.TryGetValue(name, out var tally) ? tally : Runbooks[name] = new ToilRunbookTally();
}

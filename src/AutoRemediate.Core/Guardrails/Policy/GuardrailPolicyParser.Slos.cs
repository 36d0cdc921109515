using System.Collections.Frozen;
using System.Globalization;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Slos;
using YamlDotNet.RepresentationModel;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>
/// SLOs: a target strictly between 0 and 1 (a 100 % objective has no budget: every bad event would be an infinite
/// burn, so it is refused rather than treated as always exhausted), a window, one event source, and burn-rate
/// <c>alerts</c> (the SRE workbook's defaults when the key is absent; an empty list turns alerting off).
/// </summary>
internal sealed partial class GuardrailPolicyParser
{
    /// <summary>No SLO burns faster than 1 / (1 − target); a million covers a 99.9999 % target.</summary>
    private const double MaxFactor = 1_000_000;

    private static readonly FrozenDictionary<string, BurnRateSeverity> Severities = new Dictionary<string, BurnRateSeverity>(StringComparer.Ordinal)
    {
        ["page"] = BurnRateSeverity.Page,
        ["ticket"] = BurnRateSeverity.Ticket,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private SloDefinition? ParseSlo(YamlSection section)
    {
        var before = errors.Errors.Count;
        var name = Name(section);
        var target = section.Number("target", 0, 1, "the objective as a fraction of good events, e.g. 0.999");
        if (target is 1)
        {
            errors.Add(section.Get("target")!.Start, $"'target' in {section.Where} must be below 1: a 100% objective has no error budget to gate on");
            target = null;
        }

        var window = section.Duration("window");
        var source = ParseSource(section);
        var rules = section.Get("alerts") is null ? BurnRateRule.WorkbookDefaults : ParseAlerts(section, target, window);
        if (section.Get("alerts") is null)
        {
            CheckDefaultsFit(section, target, window);
        }

        return errors.Errors.Count > before || name is null || target is null || window is null || source is null || rules is null
            ? null
            : new SloDefinition(name, target.Value, window.Value, source) { AlertRules = rules };
    }

    private SloBudgetSource? ParseSource(YamlSection section)
    {
        var metric = section.Section("metric", GuardrailPolicySchema.Metric);
        var logs = section.Section("logAnalytics", GuardrailPolicySchema.LogAnalytics);
        if ((section.Get("metric") is null) == (section.Get("logAnalytics") is null))
        {
            errors.Add(section.Start, $"{section.Where} needs exactly one budget source: 'metric' (resourceId, bad, total) or 'logAnalytics' (workspaceId, query)");
            return null;
        }

        if (metric is not null)
        {
            var resource = metric.String("resourceId");
            if (resource is { } r && !AzureResourceId.TryParse(r.Value, out _, out var error))
            {
                errors.Add(r.At, $"'resourceId' in {metric.Where}: {error}");
            }

            return resource is null || metric.String("bad") is not { } bad || metric.String("total") is not { } total
                ? null
                : new MetricBudgetSource(resource.Value.Value, bad.Value, total.Value);
        }

        return logs?.String("workspaceId") is { } workspace && logs.String("query") is { } query
            ? new LogQueryBudgetSource(workspace.Value, query.Value)
            : null;
    }

    private List<BurnRateRule>? ParseAlerts(YamlSection slo, double? target, TimeSpan? sloWindow)
    {
        if (slo.Get("alerts") is not YamlSequenceNode sequence)
        {
            errors.Add(slo.Get("alerts")!.Start, $"'alerts' in {slo.Where} must be a list of burn-rate rules, got {YamlSection.Describe(slo.Get("alerts")!)}");
            return null;
        }

        var rules = new List<BurnRateRule>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (node, index) in sequence.Children.Select((n, i) => (n, i)))
        {
            if (YamlSection.Create(node, GuardrailPolicySchema.BurnRateAlert, $"{slo.Where} alerts[{index}]", errors) is not { } section
                || ParseAlert(section, slo, target, sloWindow) is not { } rule)
            {
                continue;
            }

            if (seen.TryGetValue(rule.Name, out var firstLine))
            {
                errors.Add(node.Start, $"duplicate alert name '{rule.Name}' in {slo.Where}: already defined at line {firstLine}; give each rule a 'name'");
                continue;
            }

            seen[rule.Name] = (int)node.Start.Line;
            rules.Add(rule);
        }

        return rules;
    }

    private BurnRateRule? ParseAlert(YamlSection section, YamlSection slo, double? target, TimeSpan? sloWindow)
    {
        var before = errors.Errors.Count;
        var name = Name(section);
        var severity = section.Enum("severity", Severities);
        var longWindow = section.Duration("longWindow");
        var shortWindow = section.Duration("shortWindow");
        var factor = section.Number("factor", 0, MaxFactor, "the burn rate both windows must reach, e.g. 14.4");
        if (longWindow is { } l && shortWindow is { } s && s >= l)
        {
            errors.Add(section.Get("shortWindow")!.Start, $"'shortWindow' in {section.Where} must be shorter than its 'longWindow' ({section.String("longWindow")!.Value.Value})");
        }

        if (longWindow is { } lw && sloWindow is { } w && lw > w)
        {
            errors.Add(section.Get("longWindow")!.Start, $"'longWindow' in {section.Where} must not be longer than the SLO window ({slo.String("window")!.Value.Value})");
        }

        if (factor is { } f && target is { } t && f > 1 / (1 - t))
        {
            errors.Add(section.Get("factor")!.Start, $"'factor' {Figure(f)} in {section.Where} can never fire: with target {Figure(t)} the highest possible burn rate is {Figure(1 / (1 - t))}");
        }

        return errors.Errors.Count > before || severity is null || longWindow is null || shortWindow is null || factor is null
            ? null
            : new BurnRateRule(name ?? $"{severity.Value.ToString().ToLowerInvariant()}-{section.String("longWindow")!.Value.Value.ToLowerInvariant()}", severity.Value, longWindow.Value, shortWindow.Value, factor.Value);
    }

    private void CheckDefaultsFit(YamlSection slo, double? target, TimeSpan? window)
    {
        var unreachable = BurnRateRule.WorkbookDefaults.Where(r => target is { } t && r.Factor > 1 / (1 - t)).Select(r => $"{r.Name} ({Figure(r.Factor)}×)").ToList();
        if (unreachable.Count > 0)
        {
            errors.Add(slo.Get("target")!.Start,
                $"with target {Figure(target!.Value)} in {slo.Where} the highest possible burn rate is {Figure(1 / (1 - target.Value))}, so the default alert(s) {string.Join(", ", unreachable)} can never fire; list 'alerts' for this SLO");
        }

        var tooLong = BurnRateRule.WorkbookDefaults.Where(r => window is { } w && r.LongWindow > w).Select(r => r.Name).ToList();
        if (tooLong.Count > 0)
        {
            errors.Add(slo.Get("window")!.Start,
                $"the default alert(s) {string.Join(", ", tooLong)} look back further than the {slo.String("window")!.Value.Value} window of {slo.Where}; list 'alerts' for this SLO");
        }
    }

    private static string Figure(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

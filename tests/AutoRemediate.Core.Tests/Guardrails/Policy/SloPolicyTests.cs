using System.Text;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Core.Incidents;
using AutoRemediate.Core.Slos;

namespace AutoRemediate.Core.Tests.Guardrails.Policy;

/// <summary>SLOs in the policy file: burn-rate alert rules, their defaults, incident grouping, and every error at its line.</summary>
public sealed class SloPolicyTests
{
    private const string Source = "logAnalytics: { workspaceId: w, query: q }";

    [Fact]
    public void Shipped_policy_keeps_workbook_defaults_for_checkout_and_its_own_rules_for_orders()
    {
        var policy = GuardrailPolicyLoader.Load(new BindingFile("guardrails.yaml", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "runbooks", "policy", "guardrails.yaml")))).EnsureSuccess();

        Assert.Same(BurnRateRule.WorkbookDefaults, policy.Slos[0].AlertRules);
        Assert.Equal(["page-fast", "page-slow", "ticket"], policy.Slos[1].AlertRules.Select(r => r.Name));
        Assert.Equal(IncidentGrouping.Default, policy.Incidents);
    }

    [Fact]
    public void Listed_alerts_are_parsed_and_an_unnamed_rule_is_named_after_severity_and_long_window()
    {
        var slo = Load($$"""
            schemaVersion: 1
            slos:
              - name: s
                target: 0.999
                window: 28d
                {{Source}}
                alerts:
                  - { name: fast, severity: page, longWindow: 1h, shortWindow: 5m, factor: 14.4 }
                  - { severity: ticket, longWindow: 2d, shortWindow: 4h, factor: 1.5 }
            """).Policy!.Slos[0];

        Assert.Equal(TimeSpan.FromDays(28), slo.Window);
        Assert.Equal(
            [
                new BurnRateRule("fast", BurnRateSeverity.Page, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 14.4),
                new BurnRateRule("ticket-2d", BurnRateSeverity.Ticket, TimeSpan.FromDays(2), TimeSpan.FromHours(4), 1.5),
            ],
            slo.AlertRules);
    }

    [Fact]
    public void An_empty_alert_list_turns_alerting_off_and_absent_alerts_mean_the_workbook_defaults()
    {
        var policy = Load($$"""
            schemaVersion: 1
            slos:
              - { name: quiet, target: 0.99, window: 30d, alerts: [], {{Source}} }
              - { name: loud, target: 0.99, window: 30d, {{Source}} }
            """).Policy!;

        Assert.Empty(policy.Slos[0].AlertRules);
        Assert.Equal(["page-1h", "page-6h", "ticket-3d"], policy.Slos[1].AlertRules.Select(r => r.Name));
    }

    [Fact]
    public void Incident_grouping_is_read_from_the_policy()
    {
        var policy = Load("""
            schemaVersion: 1
            incidents: { groupBy: resourceGroup, gap: 45m }
            """).Policy!;

        Assert.Equal(new IncidentGrouping(IncidentGroupBy.ResourceGroup, TimeSpan.FromMinutes(45)), policy.Incidents);
    }

    [Fact]
    public void Every_slo_and_alert_error_names_its_line()
    {
        var errors = Errors($$"""
            schemaVersion: 1
            slos:
              - { name: a, target: 0, window: 30d, {{Source}} }
              - { name: b, target: 1.5, window: 30d, {{Source}} }
              - { name: c, target: 0.99, window: 30d, metric: Http5xx }
              - { name: d, target: 0.99, window: 30d, metric: { promql: "rate(x)" } }
              - name: e
                target: 0.99
                window: 7d
                {{Source}}
                alerts:
                  - { severity: page, longWindow: 1h, shortWindow: 1h, factor: 14.4 }
                  - { severity: page, longWindow: 6h, shortWindow: 30m, factor: 0 }
                  - { severity: page, longWindow: 8d, shortWindow: 1h, factor: -2 }
                  - { severity: page, longWindow: 2h, shortWindow: 5m, factor: 150 }
                  - { severity: sms, longWindow: 3h, shortWindow: soon, factor: 2 }
                  - { name: x, severity: page, longWindow: 4h, shortWindow: 5m, factor: 2 }
                  - { name: x, severity: page, longWindow: 5h, shortWindow: 5m, factor: 2 }
              - { name: f, target: 0.9, window: 30d, {{Source}} }
              - { name: g, target: 0.99, window: 1d, {{Source}} }
            incidents: { groupBy: rule, gap: never }
            """);

        Assert.Contains(errors, e => e.StartsWith("3:", StringComparison.Ordinal) && e.Contains("'target' in slo 'a' must be a number above 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("4:", StringComparison.Ordinal) && e.Contains("'target' in slo 'b' must be a number above 0 and at most 1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("5:", StringComparison.Ordinal) && e.Contains("slo 'c' metric must be a mapping", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("6:", StringComparison.Ordinal) && e.Contains("unknown key 'promql' in slo 'd' metric", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("12:", StringComparison.Ordinal) && e.Contains("'shortWindow' in slo 'e' alerts[0] must be shorter than its 'longWindow' (1h)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("13:", StringComparison.Ordinal) && e.Contains("'factor' in slo 'e' alerts[1] must be a number above 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("14:", StringComparison.Ordinal) && e.Contains("'factor' in slo 'e' alerts[2] must be a number above 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("14:", StringComparison.Ordinal) && e.Contains("'longWindow' in slo 'e' alerts[2] must not be longer than the SLO window (7d)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("15:", StringComparison.Ordinal) && e.Contains("'factor' 150 in slo 'e' alerts[3] can never fire: with target 0.99 the highest possible burn rate is 100", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("16:", StringComparison.Ordinal) && e.Contains("'sms' is not a valid 'severity'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("16:", StringComparison.Ordinal) && e.Contains("'shortWindow' in slo 'e' alerts[4] must be a duration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("18:", StringComparison.Ordinal) && e.Contains("duplicate alert name 'x' in slo 'e': already defined at line 17", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("19:", StringComparison.Ordinal) && e.Contains("highest possible burn rate is 10, so the default alert(s) page-1h (14.4×) can never fire", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("20:", StringComparison.Ordinal) && e.Contains("the default alert(s) ticket-3d look back further than the 1d window of slo 'g'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("21:", StringComparison.Ordinal) && e.Contains("'rule' is not a valid 'groupBy'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("21:", StringComparison.Ordinal) && e.Contains("'gap' in incidents must be a duration", StringComparison.Ordinal));
    }

    private static GuardrailPolicyLoadResult Load(string yaml) => GuardrailPolicyLoader.Load(new BindingFile("p.yaml", Encoding.UTF8.GetBytes(yaml)));

    private static IReadOnlyList<string> Errors(string yaml) => Load(yaml).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray();
}

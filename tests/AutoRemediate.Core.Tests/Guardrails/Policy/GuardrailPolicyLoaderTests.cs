using System.Text;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Guardrails.Policy;

/// <summary>The guardrail policy file: what it defines, every error with its line, and the binding cross-check.</summary>
public sealed class GuardrailPolicyLoaderTests
{
    private static readonly string ShippedPath = Path.Combine(AppContext.BaseDirectory, "runbooks", "policy", "guardrails.yaml");

    [Fact]
    public void Shipped_policy_loads_and_the_shipped_bindings_only_name_what_it_defines()
    {
        var policy = GuardrailPolicyLoader.Load(new BindingFile("runbooks/policy/guardrails.yaml", File.ReadAllBytes(ShippedPath))).Policy;

        Assert.NotNull(policy);
        Assert.Equal(["black-friday", "weekend-freeze"], policy.Windows.Select(w => w.Name));
        Assert.Equal(["checkout-availability", "orders-processing"], policy.Slos.Select(s => s.Name));
        Assert.IsType<MetricBudgetSource>(policy.Slos[0].Source);
        Assert.IsType<LogQueryBudgetSource>(policy.Slos[1].Source);
        Assert.Empty(new BindingLoader(BindingLoader.BuiltInRunbooks, policy.Names).Load(TestBindings.RepositoryFiles()).Errors);
    }

    [Fact]
    public void One_off_window_is_converted_from_its_time_zone_and_recurring_spans_parse()
    {
        var policy = Load("""
            schemaVersion: 1
            windows:
              - { name: black-friday, kind: freeze, from: "2026-11-27 00:00", to: "2026-11-30 08:00", timeZone: Europe/Berlin }
              - { name: weekend, kind: maintenance, recurring: "Fri 18:00-Mon 06:00", timeZone: Europe/Berlin }
              - { name: nights, kind: freeze, recurring: "Tue,Thu 22:00-02:00", timeZone: UTC, appliesToAllBindings: true }
            """).Policy!;

        var oneOff = Assert.IsType<OneOffSchedule>(policy.Windows[0].Schedule);
        Assert.Equal((new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero)), (oneOff.Start, oneOff.End));
        Assert.Equal(new WeeklySpanSchedule(DayOfWeek.Friday, new TimeOnly(18, 0), DayOfWeek.Monday, new TimeOnly(6, 0), "Europe/Berlin"), policy.Windows[1].Schedule);
        Assert.Equal(ChangeWindowKind.Maintenance, policy.Windows[1].Kind);
        Assert.IsType<RecurringSchedule>(policy.Windows[2].Schedule);
        Assert.True(policy.Windows[2].AppliesToAllBindings);
    }

    [Theory]
    [InlineData(2026, 11, 20, 17, 30, true)]  // Friday 18:30 in Berlin (UTC+1 in winter)
    [InlineData(2026, 11, 21, 12, 0, true)]   // Saturday
    [InlineData(2026, 11, 23, 4, 59, true)]   // Monday 05:59 local
    [InlineData(2026, 11, 23, 5, 0, false)]   // Monday 06:00 local: closed
    [InlineData(2026, 11, 20, 16, 59, false)] // Friday 17:59 local
    [InlineData(2026, 7, 10, 16, 30, true)]   // summer Friday 18:30 local (UTC+2)
    public void Weekend_span_follows_the_local_clock(int year, int month, int day, int hour, int minute, bool expected)
    {
        var schedule = new WeeklySpanSchedule(DayOfWeek.Friday, new TimeOnly(18, 0), DayOfWeek.Monday, new TimeOnly(6, 0), "Europe/Berlin");
        var now = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);

        Assert.Equal(expected, schedule.IsActive(now));
    }

    [Fact]
    public void Every_error_names_its_line_and_parsing_goes_on()
    {
        var errors = Errors("""
            schemaVersion: 1
            dryrun: true
            windows:
              - { name: a, kind: freeze, recurring: "Someday 18:00", timeZone: Europe/Berlin }
              - { name: b, kind: freeze, from: "2026-11-27 00:00", to: "2026-11-26 00:00", timeZone: Europe/Berlin }
              - { name: c, kind: freeze, from: "2026-11-27 00:00", to: "2026-11-28 00:00", timeZone: Mars/Olympus }
              - { name: d, kind: frozen, recurring: "Fri 18:00-Mon 06:00", timeZone: UTC }
              - { name: e, kind: freeze, recurring: "Fri 18:00-Mon 06:00", from: "2026-11-27 00:00", timeZone: UTC }
              - { name: e, kind: freeze, recurring: "Sat 00:00-00:00", timeZone: UTC }
              - { name: e, kind: freeze, recurring: "Sat 00:00-00:00", timeZone: UTC }
            slos:
              - { name: s1, target: 1, window: 30d, metric: { resourceId: /subscriptions/x, bad: Http5xx, total: Requests } }
              - { name: s2, target: 0.99, window: 7d }
              - { name: S3, target: 0.99, window: forever, logAnalytics: { workspaceId: w, query: q } }
            """);

        Assert.Contains(errors, e => e.StartsWith("2:1: unknown key 'dryrun'", StringComparison.Ordinal) && e.Contains("dryRun", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("4:", StringComparison.Ordinal) && e.Contains("'recurring' in window 'a' must look like", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("5:", StringComparison.Ordinal) && e.Contains("'to' in window 'b' must be after 'from'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("6:", StringComparison.Ordinal) && e.Contains("unknown time zone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("7:", StringComparison.Ordinal) && e.Contains("'frozen' is not a valid 'kind'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("8:", StringComparison.Ordinal) && e.Contains("both 'recurring' and 'from'/'to'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("10:", StringComparison.Ordinal) && e.Contains("duplicate window name 'e': already defined at line 9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("12:", StringComparison.Ordinal) && e.Contains("must be below 1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("12:", StringComparison.Ordinal) && e.Contains("'resourceId' in slo 's1' metric", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("13:", StringComparison.Ordinal) && e.Contains("exactly one budget source", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("14:", StringComparison.Ordinal) && e.Contains("name 'S3'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("14:", StringComparison.Ordinal) && e.Contains("'window' in slo 'S3' must be a duration", StringComparison.Ordinal));
    }

    [Fact]
    public void Binding_naming_an_undefined_window_or_slo_is_an_error_at_the_name()
    {
        var policy = Load("""
            schemaVersion: 1
            windows:
              - { name: black-friday, kind: freeze, recurring: "Sat 00:00-00:00", timeZone: UTC }
            """).Policy!;
        var binding = """
            schemaVersion: 1
            bindings:
              - id: b1
                version: 1
                owner: team
                match: { ruleName: "*" }
                runbook: { name: restart }
                manualEffortMinutes: 5
                guardrails:
                  freezeWindows: [black-friday, cyber-monday]
                  errorBudget: { slo: checkout-availability, threshold: 0.2 }
            """;

        var errors = new BindingLoader(BindingLoader.BuiltInRunbooks, policy.Names).Load([new BindingFile("b.yaml", Encoding.UTF8.GetBytes(binding))]).Errors;

        Assert.Equal(
            [
                "b.yaml:10:37: window 'cyber-monday' is not defined in the guardrail policy (p.yaml); defined: black-friday",
                "b.yaml:11:27: SLO 'checkout-availability' is not defined in the guardrail policy (p.yaml); it defines none",
            ],
            errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData(0.999, 0, 1000, 1.0)]
    [InlineData(0.999, 1, 2000, 0.5)]
    [InlineData(0.99, 50, 1000, 0.0)]
    [InlineData(0.99, 0, 0, 1.0)]
    public void Remaining_budget_is_the_unspent_share_of_allowed_failures(double target, double bad, double total, double expected)
    {
        var slo = new SloDefinition("s", target, TimeSpan.FromDays(30), new LogQueryBudgetSource("w", "q"));

        Assert.Equal(expected, slo.RemainingBudget(bad, total), precision: 9);
    }

    private static GuardrailPolicyLoadResult Load(string yaml) => GuardrailPolicyLoader.Load(new BindingFile("p.yaml", Encoding.UTF8.GetBytes(yaml)));

    private static IReadOnlyList<string> Errors(string yaml) => Load(yaml).Errors.Select(e => $"{e.Line}:{e.Column}: {e.Message}").ToArray();
}

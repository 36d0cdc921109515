using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Bindings;

public sealed class VerificationBindingTests
{
    // The verification section starts on line 11; its first key is on line 12, column 7.
    private const string Binding = """
        schemaVersion: 1
        bindings:
          - id: web-restart
            version: 1
            owner: team-web
            match:
              ruleName: "*-http5xx"
            runbook:
              name: restart
            manualEffortMinutes: 5
            verification:

        """;

    private static string With(params string[] lines) => Binding + string.Join("\n", lines.Select(l => "      " + l));

    [Fact]
    public void Metric_verification_loads_with_default_wait_and_window()
    {
        var binding = Assert.Single(TestBindings.Load(("b.yaml", With("metric: Http5xx", "aggregation: total", "threshold: 10", "comparison: lessThan"))).EnsureSuccess().Bindings);

        var verification = binding.Verification!;
        Assert.Equal("Http5xx", verification.Metric);
        Assert.Equal("Total", verification.Aggregation);
        Assert.Equal(10, verification.Threshold);
        Assert.Equal(VerificationComparison.LessThan, verification.Comparison);
        Assert.Equal(VerificationSettings.DefaultWait, verification.Wait);
        Assert.Equal(VerificationSettings.DefaultWindow, verification.Window);
    }

    [Fact]
    public void Log_query_verification_keeps_query_workspace_and_durations()
    {
        var yaml = With("logQuery: \"AppRequests | where Success == false | count\"", "workspaceId: ws-1", "threshold: 5", "comparison: lessThanOrEqual", "window: 15m", "wait: 90s");

        var verification = Assert.Single(TestBindings.Load(("b.yaml", yaml)).EnsureSuccess().Bindings).Verification!;

        Assert.Null(verification.Metric);
        Assert.Equal("ws-1", verification.WorkspaceId);
        Assert.StartsWith("AppRequests", verification.LogQuery, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(15), verification.Window);
        Assert.Equal(TimeSpan.FromSeconds(90), verification.Wait);
    }

    [Fact]
    public void A_binding_without_verification_has_none()
    {
        var yaml = Binding.Replace("    verification:\n", string.Empty, StringComparison.Ordinal);

        Assert.Null(Assert.Single(TestBindings.Load(("b.yaml", yaml)).EnsureSuccess().Bindings).Verification);
    }

    [Fact]
    public void Both_metric_and_log_query_are_refused_at_the_section()
    {
        var errors = TestBindings.Errors(With("metric: Http5xx", "logQuery: \"x\"", "workspaceId: ws-1", "threshold: 1", "comparison: lessThan"));

        Assert.Contains(errors, e => e.StartsWith("12:7:", StringComparison.Ordinal) && e.Contains("exactly one of 'metric' or 'logQuery'", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_query_without_workspace_is_refused_with_its_line()
    {
        var error = Assert.Single(TestBindings.Errors(With("logQuery: \"x\"", "threshold: 1", "comparison: lessThan")));

        Assert.StartsWith("12:", error, StringComparison.Ordinal);
        Assert.Contains("needs 'workspaceId'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_comparison_is_refused_with_a_suggestion()
    {
        var error = Assert.Single(TestBindings.Errors(With("metric: Http5xx", "threshold: 1", "comparison: lesThan")));

        Assert.StartsWith("14:", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'lessThan'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_aggregation_lists_the_choices_and_suggests_the_nearest()
    {
        var error = Assert.Single(TestBindings.Errors(With("metric: Http5xx", "aggregation: totl", "threshold: 1", "comparison: lessThan")));

        Assert.Equal("13:20: 'totl' is not a valid 'aggregation' in binding 'web-restart' verification; expected one of average, minimum, maximum, total, count (did you mean 'total'?)", error);
    }

    [Fact]
    public void Aggregation_is_read_in_any_case()
    {
        var binding = Assert.Single(TestBindings.Load(("b.yaml", With("metric: Http5xx", "aggregation: MAXimum", "threshold: 10", "comparison: lessThan"))).EnsureSuccess().Bindings);

        Assert.Equal("Maximum", binding.Verification!.Aggregation);
    }

    [Fact]
    public void Aggregation_with_a_log_query_is_refused_at_the_aggregation()
    {
        var error = Assert.Single(TestBindings.Errors(With("logQuery: \"x\"", "workspaceId: ws-1", "aggregation: count", "threshold: 1", "comparison: lessThan")));

        Assert.Equal("14:20: binding 'web-restart' verification 'aggregation' applies to 'metric' only", error);
    }

    [Fact]
    public void Missing_threshold_is_reported()
    {
        var error = Assert.Single(TestBindings.Errors(With("metric: Http5xx", "comparison: lessThan")));

        Assert.Contains("missing required key 'threshold'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VerificationComparison.LessThan, 9.9, true)]
    [InlineData(VerificationComparison.LessThan, 10, false)]
    [InlineData(VerificationComparison.LessThanOrEqual, 10, true)]
    [InlineData(VerificationComparison.GreaterThan, 10, false)]
    [InlineData(VerificationComparison.GreaterThanOrEqual, 10, true)]
    public void Comparison_decides_whether_the_value_passes(VerificationComparison comparison, double value, bool passes)
    {
        var settings = new VerificationSettings { Metric = "m", Threshold = 10, Comparison = comparison };

        Assert.Equal(passes, settings.Passes(value));
    }
}

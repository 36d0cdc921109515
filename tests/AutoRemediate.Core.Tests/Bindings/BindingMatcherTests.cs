using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Tests.Support;
using static AutoRemediate.Core.Tests.Support.TestAlerts;
using static AutoRemediate.Core.Tests.Support.TestBindings;

namespace AutoRemediate.Core.Tests.Bindings;

public sealed class BindingMatcherTests
{
    private const string StorageAccount = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st";

    [Fact]
    public void Source_rule_matches_only_that_source()
    {
        var binding = Binding(match: new BindingMatch { Source = AlertSource.Grafana, RuleName = Glob("*") });

        Assert.True(Match(Alert(source: AlertSource.Grafana), binding).IsMatched);
        Assert.Equal(
            "no binding matched alert 'checkout-api-http5xx' from AzureMonitor; closest was 'b', which failed on source: alert is from AzureMonitor, binding wants Grafana",
            Match(Alert(), binding).Reason);
    }

    [Theory]
    [InlineData("checkout-*", "checkout-api-http5xx", true)]
    [InlineData("*-HTTP5XX", "checkout-api-http5xx", true)]
    [InlineData("checkout-api-http5x?", "checkout-api-http5xx", true)]
    [InlineData("checkout-api-http5x?", "checkout-api-http5x", false)]
    [InlineData("orders-*", "checkout-api-http5xx", false)]
    [InlineData("*a*b*c*", "xaybzc", true)]
    [InlineData("*a*b*c*", "xaybz", false)]
    public void Rule_name_glob_supports_star_and_question_mark_case_insensitively(string pattern, string rule, bool matches)
    {
        Assert.Equal(matches, Match(Alert(rule: rule), Binding(match: new BindingMatch { RuleName = Glob(pattern) })).IsMatched);
    }

    [Fact]
    public void Signal_type_rule_matches_only_that_signal()
    {
        var binding = Binding(match: new BindingMatch { SignalType = SignalType.Log, RuleName = Glob("*") });

        Assert.True(Match(Alert(signal: SignalType.Log), binding).IsMatched);
        Assert.Contains("signalType: alert is Metric, binding wants Log", Match(Alert(), binding).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resource_type_rule_compares_any_target_type()
    {
        var binding = Binding(match: new BindingMatch { ResourceType = "microsoft.web/sites" });

        Assert.True(Match(Alert(targets: [StorageAccount, CheckoutSite]), binding).IsMatched);
        Assert.Contains(
            "resourceType: alert targets microsoft.storage/storageaccounts, binding wants microsoft.web/sites",
            Match(Alert(targets: [StorageAccount]), binding).Reason,
            StringComparison.Ordinal);
        Assert.Contains("resourceType: alert has no target resource", Match(Alert(targets: []), binding).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_range_is_inclusive()
    {
        var binding = Binding(match: new BindingMatch { RuleName = Glob("*"), Severity = new SeverityRange(0, 1) });

        Assert.True(Match(Alert(severity: 1), binding).IsMatched);
        Assert.Contains("severity: Sev2 is outside Sev0–Sev1", Match(Alert(severity: 2), binding).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_rules_need_the_label_and_a_matching_value()
    {
        var binding = Binding(match: new BindingMatch { Labels = Globs(("QueueName", "*-poison")) });

        Assert.True(Match(Alert(labels: Map(("QueueName", "orders-poison"))), binding).IsMatched);
        Assert.Contains("labels.QueueName: 'orders' does not match '*-poison'", Match(Alert(labels: Map(("QueueName", "orders"))), binding).Reason, StringComparison.Ordinal);
        Assert.Contains("labels.QueueName: the alert has no QueueName", Match(Alert(), binding).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_property_rules_compare_equality_without_wildcards()
    {
        var binding = Binding(match: new BindingMatch { CustomProperties = Globs(("environment", "prod")) });

        Assert.True(Match(Alert(custom: Map(("environment", "PROD"))), binding).IsMatched);
        Assert.False(Match(Alert(custom: Map(("environment", "prod-eu"))), binding).IsMatched);
    }

    [Fact]
    public void More_specific_binding_wins_regardless_of_priority_and_order()
    {
        var generic = Binding("generic", new BindingMatch { RuleName = Glob("*") }, priority: 100);
        var specific = Binding("specific", new BindingMatch { RuleName = Glob("checkout-api-http5xx"), ResourceType = "microsoft.web/sites" });

        var result = Match(Alert(), generic, specific);

        Assert.Equal("specific", result.Binding!.Id);
        Assert.Equal(
            "matched binding 'specific' v1 (runbooks/test.yaml) with specificity 3, priority 0; it beat 'generic' (specificity 1, priority 100)",
            result.Reason);
    }

    [Fact]
    public void Exact_rule_name_is_more_specific_than_a_glob()
    {
        var glob = Binding("a-glob", new BindingMatch { RuleName = Glob("checkout-*") });
        var exact = Binding("z-exact", new BindingMatch { RuleName = Glob("checkout-api-http5xx") });

        Assert.Equal("z-exact", Match(Alert(), glob, exact).Binding!.Id);
    }

    [Fact]
    public void Equal_specificity_is_decided_by_priority()
    {
        var low = Binding("a-low", new BindingMatch { RuleName = Glob("checkout-*") }, priority: 1);
        var high = Binding("z-high", new BindingMatch { RuleName = Glob("*-http5xx") }, priority: 5);

        Assert.Equal("z-high", Match(Alert(), low, high).Binding!.Id);
    }

    [Fact]
    public void Full_tie_is_decided_by_id_so_file_order_never_matters()
    {
        var first = Binding("alpha", new BindingMatch { RuleName = Glob("checkout-*") });
        var second = Binding("beta", new BindingMatch { RuleName = Glob("*-http5xx") });

        Assert.Equal("alpha", Match(Alert(), second, first).Binding!.Id);
        Assert.Equal("alpha", Match(Alert(), first, second).Binding!.Id);
    }

    [Fact]
    public void Disabled_binding_never_matches_and_is_mentioned()
    {
        var result = Match(Alert(), Binding("off", enabled: false));

        Assert.False(result.IsMatched);
        Assert.EndsWith("disabled binding(s) 'off' would also match", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_catalog_says_so()
    {
        Assert.Equal("no binding matched alert 'checkout-api-http5xx' from AzureMonitor: no bindings are loaded", Match(Alert()).Reason);
    }

    [Fact]
    public void Unmatched_reason_names_the_closest_binding_and_all_its_failures()
    {
        var near = Binding("near", new BindingMatch { Source = AlertSource.AzureMonitor, RuleName = Glob("orders-*"), ResourceType = "microsoft.web/sites" });
        var far = Binding("far", new BindingMatch { Source = AlertSource.Grafana, RuleName = Glob("orders-*") });

        Assert.Equal(
            "no binding matched alert 'checkout-api-http5xx' from AzureMonitor; closest was 'near', which failed on ruleName: 'checkout-api-http5xx' does not match 'orders-*'",
            Match(Alert(), near, far).Reason);
    }
}

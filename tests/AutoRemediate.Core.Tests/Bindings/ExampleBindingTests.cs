using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Tests.Alerts;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Bindings;

public sealed class ExampleBindingTests
{
    private static readonly BindingCatalog Shipped = new BindingLoader(BindingLoader.BuiltInRunbooks).Load(TestBindings.RepositoryFiles()).EnsureSuccess();

    [Fact]
    public void Every_shipped_binding_file_loads_without_errors()
    {
        var result = new BindingLoader(BindingLoader.BuiltInRunbooks).Load(TestBindings.RepositoryFiles());

        Assert.Empty(result.Errors);
        Assert.Equal(5, TestBindings.RepositoryFiles().Count);
        Assert.Equal(7, result.Catalog!.Bindings.Count);
    }

    [Theory]
    [InlineData("azure-monitor-metric-appservice-5xx-fired.json", "checkout-5xx-restart")]
    [InlineData("azure-monitor-metric-appservice-5xx-resolved.json", "checkout-5xx-restart")]
    [InlineData("azure-monitor-metric-vmss-cpu-fired.json", "orders-workers-scale-out")]
    [InlineData("azure-monitor-log-queue-poison-fired.json", "orders-poison-drain")]
    [InlineData("azure-monitor-activitylog-resourcehealth-vm-fired.json", "billing-vm-restart")]
    [InlineData("eventgrid-keyvault-certificate-near-expiry.json", "tls-certificate-rotation")]
    [InlineData("alertmanager-v4-crashloop-firing.json", "payments-crashloop-restart")]
    [InlineData("grafana-unified-latency-firing.json", "checkout-latency-scale-out")]
    public void Each_sample_alert_matches_its_shipped_binding(string sample, string bindingId)
    {
        var result = new BindingMatcher(Shipped).Match(Samples.Single(sample));

        Assert.True(result.IsMatched, result.Reason);
        Assert.Equal(bindingId, result.Binding!.Id);
    }

    [Fact]
    public void Shipped_bindings_carry_the_file_hash_and_line()
    {
        var binding = Shipped.Find("payments-crashloop-restart")!;

        Assert.Equal("runbooks/restart.yaml", binding.SourceFile);
        Assert.Matches("^[0-9a-f]{64}$", binding.ContentHash);
        Assert.Equal(Shipped.Find("checkout-5xx-restart")!.ContentHash, binding.ContentHash);
        Assert.Equal(47, binding.SourceLine);
    }

    [Fact]
    public void Shipped_binding_values_are_parsed_with_their_types()
    {
        var binding = Shipped.Find("checkout-5xx-restart")!;

        Assert.Equal(TimeSpan.FromMinutes(30), binding.Guardrails.Cooldown);
        Assert.Equal(new FlapDetectionSettings(3, TimeSpan.FromHours(2)), binding.Guardrails.FlapDetection);
        Assert.Equal(new ErrorBudgetGate("checkout-availability", 0.2, ErrorBudgetAction.RequireApproval), binding.Guardrails.ErrorBudget);
        Assert.Equal(["/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-checkout-prod"], binding.Guardrails.Scope.Allow);
        Assert.Equal(["black-friday"], binding.Guardrails.FreezeWindows);
        Assert.Equal(false, binding.Runbook.Parameters["softRestart"]);
        Assert.Equal("Http5xx", binding.Verification!.Metric);
        Assert.Equal("Total", binding.Verification.Aggregation);
        Assert.Equal(VerificationComparison.LessThan, binding.Verification.Comparison);
        Assert.Equal(TimeSpan.FromMinutes(3), binding.Verification.Wait);
        Assert.False(binding.DryRun);
        Assert.Equal(TimeSpan.FromMinutes(20), binding.Approval.Timeout);
    }

    [Fact]
    public void Catalog_version_changes_when_a_file_changes()
    {
        var files = TestBindings.RepositoryFiles();
        var changed = files.Select(f => f.Path.EndsWith("grafana-latency.yaml", StringComparison.Ordinal)
            ? f with { Content = f.Content.ToArray().Concat("\n# edited\n"u8.ToArray()).ToArray() }
            : f);

        var edited = new BindingLoader(BindingLoader.BuiltInRunbooks).Load(changed).EnsureSuccess();

        Assert.NotEqual(Shipped.Version, edited.Version);
        Assert.Equal(Shipped.Version, new BindingLoader(BindingLoader.BuiltInRunbooks).Load(files).EnsureSuccess().Version);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Resources;
using AutoRemediate.AzureFakes.State;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Functions.Guardrails;
using AutoRemediate.Functions.Tests.Support;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Tests.Guardrails;

/// <summary>Target tags, fleet size and error budgets read through our real Azure clients from the fake Azure server.</summary>
public sealed class GuardrailInputReaderTests : IAsyncLifetime
{
    private const string Workspace = "00000000-0000-0000-0000-0000000000aa";
    private FakeAzureClients azure = null!;

    public async Task InitializeAsync() => azure = await FakeAzureClients.StartAsync();

    public async Task DisposeAsync() => await azure.DisposeAsync();

    [Fact]
    public async Task Opted_out_target_is_blocked_by_scope_with_its_tag_named()
    {
        var site = azure.Server.State.AddResource(FakeAzureState.ResourceId("Microsoft.Web/sites", "checkout"), "Microsoft.Web/sites", tags: new Dictionary<string, string> { ["autoremediate"] = "off" });

        var verdict = await ScopeVerdictAsync(site);

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Contains("tagged autoremediate=off", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_whose_tags_cannot_be_read_is_blocked_with_the_reason()
    {
        var missing = FakeAzureState.ResourceId("Microsoft.Web/sites", "gone");

        var verdict = await ScopeVerdictAsync(missing);

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Contains("could not be read (the resource does not exist)", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains(azure.Server.Requests, r => r.Method == "GET" && r.Status == 404);
    }

    [Fact]
    public async Task Fleet_size_of_a_site_is_its_App_Service_plan_worker_count()
    {
        var plan = azure.Server.State.AddAppServicePlan("plan-checkout", workers: 4);
        var site = azure.Server.State.AddResource(
            FakeAzureState.ResourceId("Microsoft.Web/sites", "checkout"), "Microsoft.Web/sites", new JsonObject { ["serverFarmId"] = plan });

        var inputs = await ReadAsync(Binding("blastRadius: { maxTargetsPerRun: 2, maxFleetSharePercent: 50 }"), site);

        Assert.Equal((4, (string?)null), (inputs.FleetSize, inputs.FleetSizeUnknownReason));
        Assert.Empty(inputs.UnreadableTargetTags);
    }

    [Fact]
    public async Task Sites_on_one_App_Service_plan_read_the_plan_once()
    {
        var plan = azure.Server.State.AddAppServicePlan("plan-checkout", workers: 4);
        var sites = new[] { "checkout", "checkout-admin" }.Select(name => azure.Server.State.AddResource(
            FakeAzureState.ResourceId("Microsoft.Web/sites", name), "Microsoft.Web/sites", new JsonObject { ["serverFarmId"] = plan })).ToArray();

        var inputs = await CreateSut(GuardrailPolicy()).ReadAsync(
            Binding("blastRadius: { maxTargetsPerRun: 2, maxFleetSharePercent: 50 }"), Plan(sites), DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal((4, (string?)null), (inputs.FleetSize, inputs.FleetSizeUnknownReason));
        Assert.Single(azure.Server.Requests, r => r.Method == "GET" && r.Path.Equals(plan, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Target_of_a_type_with_no_resolvable_API_version_is_blocked_as_unreadable()
    {
        var cache = FakeAzureState.ResourceId("Microsoft.Cache/redis", "orders");

        var verdict = await ScopeVerdictAsync(cache);

        Assert.Equal(GuardrailOutcome.Block, verdict.Outcome);
        Assert.Contains("lists no API version", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_budget_is_computed_from_the_SLO_metrics_over_its_window()
    {
        var site = azure.Server.State.AddResource(FakeAzureState.ResourceId("Microsoft.Web/sites", "checkout"), "Microsoft.Web/sites");
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        azure.Server.State.SetMetric(site, "Http5xx", "Count", [new FakeMetricPoint(yesterday, 1)]);
        azure.Server.State.SetMetric(site, "Requests", "Count", [new FakeMetricPoint(yesterday, 1500), new FakeMetricPoint(yesterday.AddHours(1), 500)]);
        var policy = Policy(new SloDefinition("checkout-availability", 0.999, TimeSpan.FromDays(30), new MetricBudgetSource(site, "Http5xx", "Requests")));

        var inputs = await ReadAsync(Binding("errorBudget: { slo: checkout-availability, threshold: 0.2 }"), site, policy);

        Assert.Equal(0.5, inputs.ErrorBudgetRemaining["checkout-availability"], precision: 9);
    }

    [Fact]
    public async Task Error_budget_is_computed_from_a_log_query_and_a_bad_result_shape_is_named()
    {
        var site = azure.Server.State.AddResource(FakeAzureState.ResourceId("Microsoft.Web/sites", "checkout"), "Microsoft.Web/sites");
        azure.Server.State.SetLogQueryResult(Workspace, "OrderEvents", [("bad", "long"), ("total", "long")], [[5L, 1000L]]);
        azure.Server.State.SetLogQueryResult(Workspace, "Broken", [("failures", "long")], [[5L]]);
        var policy = Policy(
            new SloDefinition("orders", 0.99, TimeSpan.FromDays(7), new LogQueryBudgetSource(Workspace, "OrderEvents | summarize bad = 1, total = 2")),
            new SloDefinition("broken", 0.99, TimeSpan.FromDays(7), new LogQueryBudgetSource(Workspace, "Broken | count")));

        var orders = await ReadAsync(Binding("errorBudget: { slo: orders, threshold: 0.1 }"), site, policy);
        var broken = await ReadAsync(Binding("errorBudget: { slo: broken, threshold: 0.1 }"), site, policy);

        Assert.Equal(0.5, orders.ErrorBudgetRemaining["orders"], precision: 9);
        Assert.Contains("must return one row with numeric columns 'bad' and 'total'", broken.ErrorBudgetUnknownReasons["broken"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Azure_disabled_nothing_is_read_and_every_input_says_not_checked()
    {
        var site = FakeAzureState.ResourceId("Microsoft.Web/sites", "checkout");

        var inputs = await ReadAsync(Binding("errorBudget: { slo: checkout-availability, threshold: 0.2 }"), site, enabled: false);

        Assert.Equal(GuardrailInputReader.Disabled, inputs.TargetTagsNotChecked);
        Assert.Equal(GuardrailInputReader.Disabled, inputs.ErrorBudgetUnknownReasons["checkout-availability"]);
        Assert.Empty(azure.Server.Requests);
    }

    private async Task<GuardrailVerdict> ScopeVerdictAsync(string target)
    {
        var binding = Binding("cooldown: 30m");
        var plan = Plan(target);
        var inputs = await CreateSut(GuardrailPolicy()).ReadAsync(binding, plan, DateTimeOffset.UtcNow, CancellationToken.None);
        var context = inputs.ApplyTo(new GuardrailContext { Now = DateTimeOffset.UtcNow });
        var alert = ((AlertsAccepted)new AlertNormalizer().Normalize(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"))).Alerts.Single();
        return new GuardrailEngine().Evaluate(new GuardrailRequest(alert, binding, plan, context)).Verdicts.Single(v => v.Name == "scope");
    }

    private Task<GuardrailInputs> ReadAsync(RunbookBinding binding, string target, GuardrailPolicy? policy = null, bool enabled = true) =>
        CreateSut(policy ?? GuardrailPolicy(), enabled).ReadAsync(binding, Plan(target), DateTimeOffset.UtcNow, CancellationToken.None);

    private GuardrailInputReader CreateSut(GuardrailPolicy policy, bool enabled = true) => new(
        policy,
        Options.Create(new AzureActuatorOptions { Enabled = enabled }),
        azure.Get<IAzureResourceClient>(),
        azure.Get<IAppServiceClient>(),
        azure.Get<IComputeClient>(),
        new SloBudgetReader(azure.Get<IMetricsQueryClient>(), azure.Get<ILogAnalyticsQueryClient>()));

    private static GuardrailPolicy GuardrailPolicy() => new("test policy");

    private static GuardrailPolicy Policy(params SloDefinition[] slos) => new("test policy") { Slos = slos };

    private static RemediationPlan Plan(params string[] targets) =>
        new("restart", ["restart"], [.. targets.Select(t => AzureResourceId.TryParse(t, out var id, out var error) ? id : throw new ArgumentException(error))], RunbookRisk.Low);

    private static RunbookBinding Binding(string guardrail) => new BindingLoader(BindingLoader.BuiltInRunbooks).Load([new BindingFile("b.yaml", Encoding.UTF8.GetBytes($"""
        schemaVersion: 1
        bindings:
          - id: b1
            version: 1
            owner: team
            match: {"{"} ruleName: "*" {"}"}
            runbook: {"{"} name: restart {"}"}
            manualEffortMinutes: 5
            guardrails:
              {guardrail}
        """))]).EnsureSuccess().Bindings.Single();
}

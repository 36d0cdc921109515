using System.Text;
using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Azure.Configuration;
using AutoRemediate.Azure.Monitoring;
using AutoRemediate.Azure.Resources;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.Policy;
using AutoRemediate.Core.Guardrails.State;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Guardrails;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Runbooks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>The run start against the fake Azure and an in-memory guardrail state that loses the first race.</summary>
public sealed class StartRunActivityTests : IAsyncLifetime
{
    private const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/checkout-api-prod";
    private FakeAzureClients azure = null!;

    public async Task InitializeAsync() => azure = await FakeAzureClients.StartAsync();

    public async Task DisposeAsync() => await azure.DisposeAsync();

    [Fact]
    public async Task Start_that_loses_a_state_race_reevaluates_on_fresh_state_without_reading_Azure_again()
    {
        azure.Server.State.AddResource(Site, "Microsoft.Web/sites");
        var memory = GuardrailStateStore.CreateInMemory();
        var store = Substitute.For<IGuardrailStateStore>();
        store.LoadAsync(default!, default, default).ReturnsForAnyArgs(call => memory.LoadAsync(call.ArgAt<GuardrailStateQuery>(0), call.ArgAt<DateTimeOffset>(1), call.ArgAt<CancellationToken>(2)));
        store.ApplyAsync(default!, default, default).ReturnsForAnyArgs(GuardrailApplyOutcome.Conflict, GuardrailApplyOutcome.Applied);
        var alert = ((AlertsAccepted)new AlertNormalizer().Normalize(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"))).Alerts.Single();

        var start = await CreateSut(store).RunAsync(
            Contexts.Activity(StartRunActivity.Name, "rem-1"), new GuardrailCheck("rem-1", alert, "b1", Approved: false));

        Assert.True(start.Started, start.Evaluation.Summary);
        await store.ReceivedWithAnyArgs(2).LoadAsync(default!, default, default);
        await store.ReceivedWithAnyArgs(2).ApplyAsync(default!, default, default);
        Assert.Single(azure.Server.Requests, r => r.Method == "GET" && r.Path.Equals(Site, StringComparison.OrdinalIgnoreCase));
    }

    private StartRunActivity CreateSut(IGuardrailStateStore store)
    {
        var policy = new GuardrailPolicy("test policy");
        var restart = Substitute.For<IRunbook>();
        restart.Name.Returns("restart");
        restart.Risk.Returns(RunbookRisk.Low);
        var inputs = new GuardrailInputReader(
            policy,
            Options.Create(new AzureActuatorOptions()),
            azure.Get<IAzureResourceClient>(),
            azure.Get<IAppServiceClient>(),
            azure.Get<IComputeClient>(),
            new SloBudgetReader(azure.Get<IMetricsQueryClient>(), azure.Get<ILogAnalyticsQueryClient>()));
        var evaluator = new GuardrailEvaluator(Catalog(), new RunbookCatalog([restart]), policy, inputs, store, TimeProvider.System);
        return new StartRunActivity(evaluator, store, NullLogger<StartRunActivity>.Instance);
    }

    private static BindingCatalog Catalog() => new BindingLoader(BindingLoader.BuiltInRunbooks).Load([new BindingFile("b.yaml", Encoding.UTF8.GetBytes("""
        schemaVersion: 1
        bindings:
          - id: b1
            version: 1
            owner: team
            match: { ruleName: "*" }
            runbook: { name: restart }
            manualEffortMinutes: 5
            guardrails:
              cooldown: 30m
        """))]).EnsureSuccess();
}

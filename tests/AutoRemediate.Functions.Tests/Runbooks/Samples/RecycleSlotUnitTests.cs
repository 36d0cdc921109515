using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Errors;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Actions;
using AutoRemediate.Samples.RecycleSlot;
using Azure.Core;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AutoRemediate.Functions.Tests.Runbooks.Samples;

/// <summary>The sample runbook's code alone: its activity against a substituted App Service port, its orchestration code against a substituted context.</summary>
public sealed class RecycleSlotUnitTests
{
    private const string Site = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/checkout-api-prod";
    private const string Slot = Site + "/slots/warmup";

    private readonly IAppServiceClient _appService = Substitute.For<IAppServiceClient>();
    private readonly TaskOrchestrationContext _context = Substitute.For<TaskOrchestrationContext>();
    private readonly IRunbookJournal _journal = Substitute.For<IRunbookJournal>();

    [Fact]
    public async Task Activity_restarts_the_slot_through_the_App_Service_port_and_reports_the_request()
    {
        _appService.RestartAsync(Arg.Any<ResourceIdentifier>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(new AzureActionResult(new ArmRequest("POST", new Uri($"https://management.azure.com{Slot}/restart"), null, default), 200, new AzureRequestIds("req-1", "corr-1"), false));

        var result = await RunActivityAsync(new RecycleSlotOrder(Slot, DryRun: false, SoftRestart: true));

        await _appService.Received(1).RestartAsync(new ResourceIdentifier(Slot), true, Arg.Any<CancellationToken>());
        Assert.True(result.Succeeded);
        Assert.Equal($"POST {Slot}/restart", result.Operation);
        Assert.Equal("req-1", result.RequestId);
    }

    [Fact]
    public async Task Activity_turns_an_Azure_refusal_into_a_failed_step_naming_the_status()
    {
        _appService.RestartAsync(Arg.Any<ResourceIdentifier>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new AzureRequestException("refused", 409, "Conflict", "slot is swapping", new AzureRequestIds("req-2", null)));

        var result = await RunActivityAsync(new RecycleSlotOrder(Slot, DryRun: false, SoftRestart: false));

        Assert.False(result.Succeeded);
        Assert.Equal("409 Conflict: slot is swapping", result.Error);
        Assert.Equal("req-2", result.RequestId);
    }

    [Fact]
    public async Task Runbook_orders_the_parameter_slot_of_each_site_passing_dry_run_and_soft_restart_on()
    {
        _context.CallActivityAsync<AzureStepResult>(Arg.Any<TaskName>(), Arg.Any<object?>(), Arg.Any<TaskOptions?>()).Returns(Succeeded());

        var result = await new RecycleSlotRunbook().RunAsync(Execution(dryRun: true, Site));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        await _context.Received(1).CallActivityAsync<AzureStepResult>(
            new TaskName(RecycleSlotActivity.Name), new RecycleSlotOrder(Slot, DryRun: true, SoftRestart: true), Arg.Any<TaskOptions?>());
        Assert.Equal(
            [AuditRecordKind.ActionStarted, AuditRecordKind.ActionSucceeded, AuditRecordKind.Verification],
            _journal.ReceivedCalls().SelectMany(c => (RunbookStep[])c.GetArguments()[0]!).Select(s => s.Kind));
    }

    [Fact]
    public async Task Runbook_escalates_a_target_that_is_not_a_site_before_changing_anything()
    {
        var vm = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-1";

        var result = await new RecycleSlotRunbook().RunAsync(Execution(dryRun: false, Site, vm));

        Assert.Equal(RunbookOutcome.Escalated, result.Outcome);
        Assert.Contains("vm-1 is not an App Service site", result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(_context.ReceivedCalls(), c => c.GetMethodInfo().Name == nameof(TaskOrchestrationContext.CallActivityAsync));
    }

    [Fact]
    public async Task Runbook_stops_at_the_first_refused_site_and_fails()
    {
        var second = Site.Replace("checkout-api-prod", "checkout-api-eu", StringComparison.Ordinal);
        _context.CallActivityAsync<AzureStepResult>(Arg.Any<TaskName>(), Arg.Any<object?>(), Arg.Any<TaskOptions?>())
            .Returns(Succeeded() with { Succeeded = false, Error = "409 Conflict: slot is swapping" });

        var result = await new RecycleSlotRunbook().RunAsync(Execution(dryRun: false, Site, second));

        Assert.Equal(RunbookOutcome.Failed, result.Outcome);
        Assert.Contains("could not recycle slot warmup of checkout-api-prod: 409 Conflict", result.Summary, StringComparison.Ordinal);
        await _context.Received(1).CallActivityAsync<AzureStepResult>(Arg.Any<TaskName>(), Arg.Any<object?>(), Arg.Any<TaskOptions?>());
    }

    private Task<AzureStepResult> RunActivityAsync(RecycleSlotOrder order)
    {
        var activity = new RecycleSlotActivity(_appService, Substitute.For<IAzureDryRun>(), TimeProvider.System, NullLogger<RecycleSlotActivity>.Instance);
        return activity.RunAsync(Substitute.For<TaskActivityContext>(), order);
    }

    private RunbookExecution Execution(bool dryRun, params string[] targets) =>
        new(_context, RecycleSlotInputs.Input("rs-unit", dryRun, targets), _journal);

    private static AzureStepResult Succeeded() => new(true, $"POST {Slot}/restart", TimeSpan.FromSeconds(1), "req-1", null, "Succeeded", []);
}

// A runbook of your own in one file: the order, the runbook, its activity and their registration. (The project keeps
// one type per file; a sample you copy as a whole reads better as one page.)
using AutoRemediate.Azure.AppService;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Runbooks;
using AutoRemediate.Runbooks.Hosting;
using Azure.Core;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Samples.RecycleSlot;

/// <summary>What the activity is asked to do: restart one deployment slot.</summary>
/// <param name="Target">The slot's resource id.</param>
/// <param name="DryRun">Record the request instead of sending it.</param>
/// <param name="SoftRestart">Apply configuration and restart only if needed.</param>
public sealed record RecycleSlotOrder(string Target, bool DryRun, bool SoftRestart) : RunbookOrder(Target, DryRun);

/// <summary>
/// <c>recycle-slot</c>: restarts one deployment slot (parameter <c>slot</c>, default <c>staging</c>) of each alerting
/// App Service site, e.g. the warm-up slot whose stuck worker keeps a swap from completing, then verifies.
/// </summary>
/// <remarks>Orchestration code: members are pure functions of the input; the base class makes the durable calls.</remarks>
public sealed class RecycleSlotRunbook : TargetRunbook<RecycleSlotOrder>
{
    /// <summary>The name bindings use.</summary>
    public const string RunbookName = "recycle-slot";

    /// <inheritdoc />
    public override string Name => RunbookName;

    /// <inheritdoc />
    public override RunbookRisk Risk => RunbookRisk.Low;

    /// <inheritdoc />
    public override IReadOnlyList<string> AzureActions { get; } =
        ["Microsoft.Web/sites/slots/restart/action", "Microsoft.Insights/metrics/read"];

    /// <inheritdoc />
    protected override string ActivityName => RecycleSlotActivity.Name;

    /// <inheritdoc />
    protected override string? Reject(RunbookInput input, string target) =>
        new ResourceIdentifier(target).ResourceType == "Microsoft.Web/sites" ? null : $"{target} is not an App Service site";

    /// <inheritdoc />
    protected override RecycleSlotOrder CreateOrder(RunbookInput input, string target) =>
        new(SlotOf(input, target), input.DryRun, input.Parameter("softRestart", "false") == "true");

    /// <inheritdoc />
    protected override string Describe(RunbookInput input, string target) =>
        $"recycle slot {Slot(input)} of {new ResourceIdentifier(target).Name}";

    private static string Slot(RunbookInput input) => input.Parameter("slot", "staging");

    private static string SlotOf(RunbookInput input, string site) =>
        new ResourceIdentifier(site).AppendChildResource("slots", Slot(input)).ToString();
}

/// <summary>Restarts one slot: the only code that talks to Azure, through a port a unit test can substitute.</summary>
/// <param name="appService">The live App Service client.</param>
/// <param name="dryRun">Dry-run sessions.</param>
/// <param name="time">Times the call.</param>
/// <param name="logger">Logs the call.</param>
public sealed class RecycleSlotActivity(IAppServiceClient appService, IAzureDryRun dryRun, TimeProvider time, ILogger<RecycleSlotActivity> logger)
    : RunbookActivity<RecycleSlotOrder>(dryRun, time, logger)
{
    /// <summary>The name histories store: never rename it.</summary>
    public const string Name = "RecycleSlot";

    /// <inheritdoc />
    protected override Task<AzureActionResult> ChangeAsync(RecycleSlotOrder order, AzureDryRunSession? dryRun) =>
        (dryRun?.AppService ?? appService).RestartAsync(new ResourceIdentifier(order.Target), order.SoftRestart);
}

/// <summary>Registers the runbook and its activity.</summary>
public static class RecycleSlotRegistration
{
    /// <summary>Adds <c>recycle-slot</c> to the runbooks bindings can name.</summary>
    /// <param name="engine">The builder from <c>services.AddDurableTasks()</c>.</param>
    public static DurableTasksBuilder AddRecycleSlotRunbook(this DurableTasksBuilder engine) =>
        engine.AddRunbook<RecycleSlotRunbook>().AddActivity<RecycleSlotActivity>(RecycleSlotActivity.Name);
}

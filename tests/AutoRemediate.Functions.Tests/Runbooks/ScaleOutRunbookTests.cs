using System.Text;
using System.Text.Json.Nodes;
using AutoRemediate.Azure.Compute;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Runbooks;

/// <summary>The VMSS CPU sample through the webhook and the scale-out runbook against the fake Azure.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScaleOutRunbookTests(AzuriteFixture azurite)
{
    private const string ScaleSet = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-orders-prod/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-orders-workers";
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json");
    private static readonly byte[] Resolved = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Fired)
        .Replace("\"monitorCondition\": \"Fired\",", "\"monitorCondition\": \"Resolved\", \"resolvedDateTime\": \"2026-11-20T04:10:00Z\",", StringComparison.Ordinal));

    private async Task<RunbookTestBed> BedAsync(int capacity, double cpuAfterScaleOut)
    {
        var bed = await RunbookTestBed.StartAsync(azurite, "scale-out");
        bed.State.AddScaleSetAt(ScaleSet, capacity);
        bed.SetMetric(ScaleSet, "Percentage CPU", cpuAfterScaleOut);
        return bed;
    }

    private static int Capacity(RunbookTestBed bed) => bed.State.Resource(ScaleSet)!["sku"]!["capacity"]!.GetValue<int>();

    private static IEnumerable<int> CapacitiesSent(RunbookTestBed bed) =>
        bed.Azure.Requests.Where(r => r.Method == "PATCH").Select(r => JsonNode.Parse(r.Body!)!["sku"]!["capacity"]!.GetValue<int>());

    /// <summary>Fires the alert, waits for the scale-out to <paramref name="scaledTo"/>, runs <paramref name="meanwhile"/>, resolves it, and waits for the end.</summary>
    private static async Task<(RemediationSummary Summary, List<AuditRecord> Chain)> ScaleOutThenResolveAsync(RunbookTestBed bed, int scaledTo, Func<Task>? meanwhile = null)
    {
        var id = await bed.App.PostAlertAsync(Fired);
        await RunbookTestBed.EventuallyAsync(() => Capacity(bed) == scaledTo, $"the scale-out to {scaledTo}");
        await (meanwhile?.Invoke() ?? Task.CompletedTask);
        await bed.App.PostAlertAsync(Resolved);
        return await bed.EndAsync(id);
    }

    [Fact]
    public async Task Scale_out_stops_at_the_maximum_and_scales_back_to_the_baseline_after_the_alert_resolves()
    {
        await using var bed = await BedAsync(capacity: 9, cpuAfterScaleOut: 20);

        var (summary, chain) = await ScaleOutThenResolveAsync(bed, scaledTo: 10);

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.Equal([10, 9], CapacitiesSent(bed));
        Assert.Equal(9, Capacity(bed));
        var scaledOut = chain.First(r => r.Kind == AuditRecordKind.ActionSucceeded);
        Assert.Equal("9", scaledOut.Details["baseline"]);
        Assert.Equal("10", scaledOut.Details["desired"]);
        Assert.Contains("scaled back to 9", summary.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_the_maximum_scale_out_escalates_and_changes_nothing()
    {
        await using var bed = await BedAsync(capacity: 10, cpuAfterScaleOut: 20);

        var (summary, chain) = await bed.RemediateAsync(Fired);

        Assert.Equal(RemediationStage.Escalated, summary.Outcome);
        Assert.Contains("the binding's maximum is 10", summary.Reason, StringComparison.Ordinal);
        Assert.Empty(CapacitiesSent(bed));
        Assert.Contains(chain, r => r.Kind == AuditRecordKind.Escalated);
        Assert.DoesNotContain(chain, r => r.Kind == AuditRecordKind.ActionStarted);
    }

    [Fact]
    public async Task A_capacity_someone_set_after_the_scale_out_is_left_alone_and_the_reason_audited()
    {
        await using var bed = await BedAsync(capacity: 4, cpuAfterScaleOut: 20);

        // A person scales the set through ARM, as the portal or CLI would, while the scale-out holds.
        var (summary, chain) = await ScaleOutThenResolveAsync(
            bed, scaledTo: 6, () => bed.App.Factory.Services.GetRequiredService<IComputeClient>().SetCapacityAsync(new ResourceIdentifier(ScaleSet), 7));

        Assert.Equal(RemediationStage.Completed, summary.Outcome);
        Assert.Equal(7, Capacity(bed));
        Assert.Equal([6, 7], CapacitiesSent(bed));
        var skipped = chain.Single(r => r.Kind == AuditRecordKind.Cancelled);
        Assert.Equal("7", skipped.Details["current"]);
        Assert.Contains("someone changed it", skipped.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_verification_rolls_back_to_the_baseline_and_escalates()
    {
        await using var bed = await BedAsync(capacity: 4, cpuAfterScaleOut: 95);

        var (summary, chain) = await bed.RemediateAsync(Fired);

        Assert.Equal(RemediationStage.Failed, summary.Outcome);
        Assert.Equal([6, 4], CapacitiesSent(bed));
        Assert.Equal(4, Capacity(bed));
        Assert.Equal("failed", chain.Last(r => r.Kind == AuditRecordKind.Verification).Details["verdict"]);
        Assert.Equal(2, chain.Count(r => r.Kind == AuditRecordKind.ActionSucceeded));
        Assert.Contains("rolled back to the baseline 4", chain.Single(r => r.Kind == AuditRecordKind.Escalated).Summary, StringComparison.Ordinal);
    }
}

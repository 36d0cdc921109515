using AutoRemediate.AzureFakes.Server;
using AutoRemediate.Core.Audit;
using AutoRemediate.Runbooks;
using AutoRemediate.Samples.RecycleSlot;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Runbooks.Samples;

/// <summary>The sample runbook registered with <c>AddRunbook</c>, run by the real engine on Azurite against the fake Azure.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecycleSlotEngineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeAzureServer _azure = null!;
    private RunbookEngineHost _bed = null!;
    private string _site = null!;
    private string _slot = null!;

    public async Task InitializeAsync()
    {
        _azure = await FakeAzureServer.StartAsync();
        _site = _azure.State.AddWebApp("checkout-api-prod", "warmup");
        _slot = $"{_site}/slots/warmup";
        _bed = await RunbookEngineHost.StartAsync(azurite, _azure, addRunbooks: engine => engine.AddRecycleSlotRunbook());
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        await _azure.DisposeAsync();
    }

    [Fact]
    public async Task Dry_run_records_the_slot_restart_it_would_send_and_sends_nothing()
    {
        var result = await _bed.RunAsync(RecycleSlotInputs.Input("recycle-dry", dryRun: true, _site));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        Assert.StartsWith("dry run: recorded the requests to recycle slot warmup of checkout-api-prod", result.Summary, StringComparison.Ordinal);
        Assert.Equal(0, _azure.State.RestartCount(_slot));
        Assert.DoesNotContain(_azure.Requests, r => r.Method == "POST");
        var done = Assert.Single(_bed.Steps, s => s.Kind == AuditRecordKind.ActionSucceeded);
        Assert.Contains("/slots/warmup/restart", done.Details!["plannedRequests"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Live_run_restarts_the_slot_once_and_audits_Azures_request_id()
    {
        var result = await _bed.RunAsync(RecycleSlotInputs.Input("recycle-live", dryRun: false, _site));

        Assert.Equal(RunbookOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, _azure.State.RestartCount(_slot));
        Assert.Equal(0, _azure.State.RestartCount(_site));
        var sent = Assert.Single(_azure.Requests, r => r.Method == "POST");
        Assert.EndsWith("/slots/warmup/restart", sent.Path, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("softRestart=true", sent.Query, StringComparison.OrdinalIgnoreCase);
        var done = Assert.Single(_bed.Steps, s => s.Kind == AuditRecordKind.ActionSucceeded);
        Assert.Equal(sent.RequestId, done.AzureRequestId);
        Assert.Equal(
            [AuditRecordKind.ActionStarted, AuditRecordKind.ActionSucceeded, AuditRecordKind.Verification],
            _bed.Steps.Select(s => s.Kind));
    }
}

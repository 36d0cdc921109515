using Microsoft.DurableTask;
using AutoRemediate.Functions.Engine;
using AutoRemediate.Core.Approvals;
using Microsoft.DurableTask.Client;
using DurableTask.Core.History;
using AutoRemediate.Functions.Approvals;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>One test's world: a fake Teams server and the app (with its worker) posting to it.</summary>
internal sealed class ApprovalTestBed : IAsyncDisposable
{
    private ApprovalTestBed(FakeTeamsServer teams, ApprovalAppFactory app)
    {
        Teams = teams;
        App = app;
    }

    public FakeTeamsServer Teams { get; }

    public ApprovalAppFactory App { get; }

    public HttpClient Http => field ??= App.CreateClient();

    public IApprovalService Approvals => App.Services.GetRequiredService<IApprovalService>();

    public IApprovalStore Store => App.Services.GetRequiredService<IApprovalStore>();

    public static async Task<ApprovalTestBed> StartAsync(AzuriteFixture azurite, string? localApprover = null, int? kestrelPort = null)
    {
        var teams = await FakeTeamsServer.StartAsync();
        var app = new ApprovalAppFactory(azurite, teams, localApprover, kestrelPort);
        if (kestrelPort is null)
        {
            _ = app.Server; // starts the host and its worker
        }
        else
        {
            app.StartOnKestrel();
        }

        return new ApprovalTestBed(teams, app);
    }

    /// <summary>Starts a remediation that asks for approval, and returns the card Teams received for it.</summary>
    public async Task<RecordedPost> StartRemediationAsync(ApprovalRequest request)
    {
        await App.Client.ScheduleNewOrchestrationInstanceAsync(ApprovalProbeOrchestrator.Name, request, new StartOrchestrationOptions(request.RemediationId));
        return await Teams.WaitForTeamsPostAsync(request.RemediationId, "Approval needed");
    }

    public async Task<ApprovalDecided> CompletionAsync(ApprovalRequest request)
    {
        var final = await App.Client.WaitForInstanceCompletionAsync(request.RemediationId, TimeSpan.FromSeconds(60));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        return final.ReadOutputAs<ApprovalDecided>()!;
    }

    /// <summary>True when an ApprovalDecided event reached the remediation's history.</summary>
    public async Task<bool> EventRaisedAsync(ApprovalRequest request) =>
        (await App.Client.GetOrchestrationHistoryAsync(request.RemediationId)).OfType<EventRaisedEvent>().Any(e => e.Name == ApprovalDecided.EventName);

    public async Task<ApprovalRecord> RecordAsync(ApprovalRequest request) => (await Store.GetAsync(request.RequestId, default))!;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Teams.DisposeAsync();
    }
}

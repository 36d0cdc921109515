using AutoRemediate.Core.Audit;
using AutoRemediate.Durable.Store;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>A binding that always needs approval, with an approvals gateway substituted for the approvals service.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationApprovalTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly byte[] Resolved = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-resolved.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Alert_resolved_while_awaiting_approval_ends_resolved_before_action_with_no_action()
    {
        var gateway = Gateway();
        await using var app = App(gateway);
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);

        await app.PostAlertAsync(Resolved);

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(RemediationStage.ResolvedBeforeAction, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        var chain = await app.ChainAsync(id);
        Assert.Contains(chain, r => r.Kind == AuditRecordKind.ApprovalRequested);
        Assert.Equal([AuditRecordKind.Cancelled, AuditRecordKind.Outcome], chain.TakeLast(2).Select(r => r.Kind));
        Assert.DoesNotContain(chain, r => r.Kind is AuditRecordKind.ActionStarted or AuditRecordKind.ActionSucceeded);
        await gateway.Received(1).RequestAsync(Arg.Is<ApprovalAsk>(a => a.RemediationId == id), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Approved_remediation_runs_the_dry_run_and_audits_the_decision()
    {
        await using var app = App(Gateway());
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);

        await app.Client.RaiseEventAsync(id, ApprovalDecision.EventName, new ApprovalDecision(id, $"{id}-approval", "Approved", DateTimeOffset.UtcNow));

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        Assert.Equal(RemediationStage.Completed, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        var kinds = (await app.ChainAsync(id)).Select(r => r.Kind).ToList();
        Assert.True(kinds.IndexOf(AuditRecordKind.ApprovalRequested) < kinds.IndexOf(AuditRecordKind.ApprovalDecided));
        Assert.True(kinds.IndexOf(AuditRecordKind.ApprovalDecided) < kinds.IndexOf(AuditRecordKind.ActionStarted));
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);
    }

    [Fact]
    public async Task Rejected_remediation_ends_Rejected_without_acting()
    {
        await using var app = App(Gateway());
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);

        await app.Client.RaiseEventAsync(id, ApprovalDecision.EventName, new ApprovalDecision(id, $"{id}-approval", "Rejected", DateTimeOffset.UtcNow));

        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(RemediationStage.Rejected, final.ReadOutputAs<RemediationSummary>()!.Outcome);
        Assert.DoesNotContain(await app.ChainAsync(id), r => r.Kind == AuditRecordKind.ActionStarted);
    }

    private static IApprovalGateway Gateway()
    {
        var gateway = Substitute.For<IApprovalGateway>();
        gateway.RequestAsync(Arg.Any<ApprovalAsk>(), Arg.Any<CancellationToken>()).Returns(new Uri("https://approvals.example/requests/1"));
        return gateway;
    }

    private RemediationApp App(IApprovalGateway gateway) =>
        new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "approval"), services => services.AddSingleton(gateway));

    private static async Task WaitForStageAsync(RemediationApp app, string id, RemediationStage stage)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (true)
        {
            var instance = await app.Client.GetInstanceAsync(id, cancellationToken: deadline.Token);
            if (instance?.ReadCustomStatusAs<RemediationStatus>()?.Stage == stage)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}

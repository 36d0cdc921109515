using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Toil;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Lifecycle decisions that need an instance state the engine only reaches slowly (ended).</summary>
public sealed class RemediationDispatcherTests
{
    private readonly IRemediationStarter port = Substitute.For<IRemediationStarter>();

    [Theory]
    [InlineData("azure-monitor-metric-appservice-5xx-fired.json")]
    [InlineData("azure-monitor-metric-appservice-5xx-resolved.json")]
    public async Task Notification_for_an_ended_remediation_is_acknowledged_and_raises_nothing(string sample)
    {
        var request = Request(sample);
        port.StartAsync(request, Arg.Any<CancellationToken>()).Returns(false);
        port.FindAsync(request.InstanceId, Arg.Any<CancellationToken>()).Returns(Instance(request, OrchestrationRuntimeStatus.Completed));

        var receipt = await new RemediationDispatcher(port, Substitute.For<IToilLedger>(), NullLogger<RemediationDispatcher>.Instance).DispatchAsync(request, CancellationToken.None);

        Assert.Equal(RemediationDisposition.Ended, receipt.Status);
        Assert.True(receipt.AlreadyExisted);
        await port.DidNotReceiveWithAnyArgs().RaiseAsync(default!, default!, default!, default);
    }

    [Fact]
    public async Task Resolved_notification_never_starts_a_remediation()
    {
        var request = Request("azure-monitor-metric-appservice-5xx-resolved.json");

        var receipt = await new RemediationDispatcher(port, Substitute.For<IToilLedger>(), NullLogger<RemediationDispatcher>.Instance).DispatchAsync(request, CancellationToken.None);

        Assert.Equal(RemediationDisposition.ResolvedWithoutRemediation, receipt.Status);
        await port.DidNotReceiveWithAnyArgs().StartAsync(default!, default);
    }

    private static RemediationRequest Request(string sample)
    {
        var accepted = (AlertsAccepted)new AlertNormalizer().Normalize(WebhookApp.Sample(sample));
        var alert = accepted.Alerts.Single();
        return new RemediationRequest(RemediationInstanceId.From(alert).Value, alert, DateTimeOffset.UtcNow, accepted.BodySha256, "test");
    }

    private static RemediationInstance Instance(RemediationRequest request, OrchestrationRuntimeStatus status) =>
        new(request.InstanceId, status, request, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, "{}");
}

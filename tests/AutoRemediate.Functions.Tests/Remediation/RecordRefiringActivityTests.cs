using AutoRemediate.Core.Alerts;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Guardrails.State;
using Microsoft.DurableTask;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Remediation.Steps;
using AutoRemediate.Functions.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoRemediate.Functions.Tests.Remediation;

/// <summary>The re-firing activity runs at least once; each notification must feed flap detection once.</summary>
public sealed class RecordRefiringActivityTests
{
    private static readonly Alert Alert = ((AlertsAccepted)new AlertNormalizer().Normalize(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"))).Alerts.Single();
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 3, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Retried_activity_counts_the_same_notification_once_and_a_new_one_again()
    {
        var store = GuardrailStateStore.CreateInMemory();
        var sut = new RecordRefiringActivity(store, NullLogger<RecordRefiringActivity>.Instance);
        var context = Contexts.Activity(RecordRefiringActivity.Name, "am-1");

        var first = await sut.RunAsync(context, Notification("aaaa", Received));
        var retried = await sut.RunAsync(context, Notification("aaaa", Received));
        var next = await sut.RunAsync(context, Notification("bbbb", Received.AddMinutes(2)));

        Assert.Equal(["Applied", "AlreadyApplied", "Applied"], [first, retried, next]);
        var snapshot = await store.LoadAsync(new GuardrailStateQuery("restart", [], FlapKey.From(Alert).Value), Received.AddMinutes(5));
        Assert.Equal([Received, Received.AddMinutes(2)], snapshot.RefiringsAfterRemediation);
    }

    private static RemediationRequest Notification(string bodySha256, DateTimeOffset receivedAt) =>
        new("am-1", Alert, receivedAt, bodySha256, "corr-1");
}

using AutoRemediate.Functions.Engine;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Redelivery, concurrency, re-firing and resolution of one alert against its one remediation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationLifecycleTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly byte[] Resolved = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-resolved.json");

    [Fact]
    public async Task Redelivered_alert_returns_the_existing_remediation_and_starts_nothing()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var first = await ReceiptAsync(await app.PostAlertAsync(Fired));

        var second = await ReceiptAsync(await app.PostAlertAsync(Fired));

        Assert.Equal(first.InstanceId, second.InstanceId);
        Assert.Equal("redelivered", second.Status);
        Assert.True(second.AlreadyExisted);
        var instance = Assert.Single(await app.InstancesAsync());
        await WaitUntilAsync(() => app.Recorder.ExecutionCount(first.InstanceId) == 1);
        Assert.Null((await app.Client.GetInstanceAsync(instance.InstanceId, getInputsAndOutputs: true))!.ReadCustomStatusAs<object>());
    }

    [Fact]
    public async Task Same_alert_delivered_50_times_concurrently_starts_exactly_one_remediation()
    {
        await using var app = new WebhookApp(azurite.ConnectionString, new Dictionary<string, string?> { ["Webhook:StorageTimeout"] = "00:00:30" });
        _ = app.Factory.Server;

        var receipts = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ => await ReceiptAsync(await app.PostAlertAsync(Fired))));

        Assert.Single(receipts, r => r.Status == "started");
        Assert.Equal(49, receipts.Count(r => r.AlreadyExisted && r.Status == "redelivered"));
        var instance = Assert.Single(await app.InstancesAsync());
        await WaitUntilAsync(() => app.Recorder.ExecutionCount(instance.InstanceId) >= 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, app.Recorder.ExecutionCount(instance.InstanceId));
    }

    [Fact]
    public async Task Resolved_alert_raises_AlertResolved_into_the_running_remediation()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var started = await ReceiptAsync(await app.PostAlertAsync(Fired));

        var resolved = await ReceiptAsync(await app.PostAlertAsync(Resolved));

        Assert.Equal(started.InstanceId, resolved.InstanceId);
        Assert.Equal("resolved", resolved.Status);
        Assert.True(resolved.AlreadyExisted);
        var final = await app.Client.WaitForInstanceCompletionAsync(started.InstanceId, TimeSpan.FromSeconds(30));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        var outcome = final.ReadOutputAs<RecordedRemediation>()!;
        Assert.Equal("Resolved", outcome.ResolvedState);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Resolved)), outcome.ResolvedBodySha256);
        Assert.Single(await app.InstancesAsync());
    }

    [Fact]
    public async Task Repeat_firing_with_a_new_body_raises_AlertRefired_into_the_running_remediation()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var started = await ReceiptAsync(await app.PostAlertAsync(Fired));

        var refired = await ReceiptAsync(await app.PostAlertAsync([.. Fired, .. "\n"u8]));
        await ReceiptAsync(await app.PostAlertAsync(Resolved));

        Assert.Equal("refired", refired.Status);
        Assert.True(refired.AlreadyExisted);
        var final = await app.Client.WaitForInstanceCompletionAsync(started.InstanceId, TimeSpan.FromSeconds(30));
        Assert.Equal(1, final.ReadOutputAs<RecordedRemediation>()!.Refired);
        Assert.Equal(1, app.Recorder.ExecutionCount(started.InstanceId));
    }

    [Fact]
    public async Task Resolved_alert_without_a_remediation_is_recorded_as_such_and_starts_nothing()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await app.PostAlertAsync(Resolved);

        var receipt = await ReceiptAsync(response);
        Assert.Equal("resolvedWithoutRemediation", receipt.Status);
        Assert.False(receipt.AlreadyExisted);
        Assert.Null(receipt.StatusUrl);
        Assert.Null(response.Headers.Location);
        Assert.Empty(await app.InstancesAsync());
    }

    internal static async Task<Receipt> ReceiptAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var receipt = Assert.Single(body.RootElement.GetProperty("remediations").EnumerateArray().ToList());
        return new Receipt(
            receipt.GetProperty("instanceId").GetString()!,
            receipt.GetProperty("status").GetString()!,
            receipt.GetProperty("statusUrl").GetString(),
            receipt.GetProperty("alreadyExisted").GetBoolean());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    internal sealed record Receipt(string InstanceId, string Status, string? StatusUrl, bool AlreadyExisted);
}

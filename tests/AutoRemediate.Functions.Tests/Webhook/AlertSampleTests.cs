using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Every sample format is accepted and starts the remediation the normaliser's alert id names.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AlertSampleTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("azure-monitor-metric-appservice-5xx-fired.json", AlertSource.AzureMonitor)]
    [InlineData("azure-monitor-metric-vmss-cpu-fired.json", AlertSource.AzureMonitor)]
    [InlineData("azure-monitor-log-queue-poison-fired.json", AlertSource.AzureMonitor)]
    [InlineData("azure-monitor-activitylog-resourcehealth-vm-fired.json", AlertSource.AzureMonitor)]
    [InlineData("eventgrid-keyvault-certificate-near-expiry.json", AlertSource.EventGrid)]
    [InlineData("alertmanager-v4-crashloop-firing.json", AlertSource.Alertmanager)]
    [InlineData("grafana-unified-latency-firing.json", AlertSource.Grafana)]
    public async Task Sample_is_accepted_and_starts_its_remediation_with_the_request_as_input(string sample, AlertSource source)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var body = WebhookApp.Sample(sample);
        var expected = ((AlertsAccepted)new AlertNormalizer().Normalize(body)).Alerts.Single();
        var expectedId = RemediationInstanceId.From(expected).Value;
        var before = DateTimeOffset.UtcNow;

        var response = await app.PostAlertAsync(body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/remediations/{expectedId}", response.Headers.Location?.OriginalString);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var receipt = Assert.Single(answer.RootElement.GetProperty("remediations").EnumerateArray().ToList());
        Assert.Equal(expectedId, receipt.GetProperty("instanceId").GetString());
        Assert.Equal("started", receipt.GetProperty("status").GetString());
        Assert.False(receipt.GetProperty("alreadyExisted").GetBoolean());

        var instance = Assert.Single(await app.InstancesAsync());
        Assert.Equal(expectedId, instance.InstanceId);
        Assert.Equal(RemediationOrchestration.Name, instance.Name);
        var input = instance.ReadInputAs<RemediationRequest>()!;
        Assert.Equal(expectedId, input.InstanceId);
        Assert.Equal(source, input.Alert.Source);
        Assert.Equal(expected.Identity, input.Alert.Identity);
        Assert.Equal(expected.TargetResourceIds, input.Alert.TargetResourceIds);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), input.BodySha256);
        Assert.Equal(answer.RootElement.GetProperty("correlationId").GetString(), input.CorrelationId);
        Assert.InRange(input.ReceivedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Event_Grid_validation_handshake_is_answered_with_the_code_and_stores_nothing()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var body = WebhookApp.Sample("eventgrid-subscription-validation.json");
        var expected = ((EventGridValidationRequested)new AlertNormalizer().Normalize(body)).ValidationCode;

        var response = await app.PostAlertAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, answer.RootElement.GetProperty("validationResponse").GetString());
        Assert.Empty(await app.InstancesAsync());
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Storage failures answer 503 with Retry-After (Azure Monitor retries it), never 500, and leave nothing behind.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Webhook:StorageTimeout"] = "00:00:02",
        ["Webhook:RetryAfterSeconds"] = "7",
    };

    [Fact(Skip = "Open defect on the Durable Task engine: with only the queue endpoint down the webhook answers 503 after about 22 s instead of within Webhook:StorageTimeout; the call that ignores the deadline is not found yet.")]
    public async Task Unreachable_queue_answers_503_with_Retry_After_and_no_instance_is_created()
    {
        // The table answers, the queue does not: the start message cannot be sent, so no state row may be written.
        var closedQueue = azurite.ConnectionString.Replace($":{azurite.QueuePort}/", ":1/", StringComparison.Ordinal);
        await using var app = new WebhookApp(closedQueue, Settings);
        _ = app.Factory.Server; // started first: the clock times the webhook's answer, not the host's start-up
        var clock = Stopwatch.StartNew();

        var response = await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("deliver the alert again", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Unreachable_storage_answers_503_for_the_webhook_and_the_status_route()
    {
        var closed = azurite.ConnectionString
            .Replace($":{azurite.QueuePort}/", ":1/", StringComparison.Ordinal)
            .Replace($":{azurite.TablePort}/", ":1/", StringComparison.Ordinal);
        await using var app = new WebhookApp(closed, Settings);
        using var client = OperatorClient.SignIn(app.CreateClient());

        var webhook = await app.PostAlertAsync(WebhookApp.Sample("grafana-unified-latency-firing.json"));
        var status = await client.GetAsync(new Uri("/api/remediations/am-0123456789abcdef0123456789abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, webhook.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), webhook.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
        Assert.NotNull(status.Headers.RetryAfter);
    }
}

using AutoRemediate.Functions.Engine;
using System.Net;
using System.Text.Json;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary><c>GET /api/remediations/{id}</c>: the status a 202's statusUrl points at.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemediationStatusTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Status_url_shows_the_remediation_running_then_completed_with_its_output()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        using var client = OperatorClient.SignIn(app.CreateClient());
        var receipt = await RemediationLifecycleTests.ReceiptAsync(await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json")));

        using var running = JsonDocument.Parse(await client.GetStringAsync(new Uri(receipt.StatusUrl!, UriKind.Relative)));
        await app.PostAlertAsync(WebhookApp.Sample("azure-monitor-metric-appservice-5xx-resolved.json"));
        await app.Client.WaitForInstanceCompletionAsync(receipt.InstanceId, TimeSpan.FromSeconds(30));
        using var completed = JsonDocument.Parse(await client.GetStringAsync(new Uri(receipt.StatusUrl!, UriKind.Relative)));

        Assert.Equal(receipt.InstanceId, running.RootElement.GetProperty("instanceId").GetString());
        Assert.Contains(running.RootElement.GetProperty("runtimeStatus").GetString(), new[] { "Pending", "Running" });
        Assert.True(running.RootElement.GetProperty("createdAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        Assert.Equal("Completed", completed.RootElement.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Resolved", completed.RootElement.GetProperty("output").GetProperty("resolvedState").GetString());
        Assert.NotEqual(JsonValueKind.Null, completed.RootElement.GetProperty("completedAt").ValueKind);
    }

    [Theory]
    [InlineData("am-0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-remediation-id")]
    public async Task Unknown_remediation_is_answered_404_problem(string instanceId)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        using var client = OperatorClient.SignIn(app.CreateClient());

        var response = await client.GetAsync(new Uri($"/api/remediations/{instanceId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(instanceId, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_without_a_signed_in_operator_is_answered_401()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await app.CreateClient().GetAsync(new Uri("/api/remediations/am-0123456789abcdef0123456789abcdef", UriKind.Relative));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "no signed-in operator");
    }

    [Fact]
    public async Task Status_with_the_webhook_key_is_answered_401()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", WebhookApp.Key);

        var response = await client.GetAsync(new Uri("/api/remediations/am-0123456789abcdef0123456789abcdef", UriKind.Relative));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "alert delivery (POST /api/alerts) only");
    }
}

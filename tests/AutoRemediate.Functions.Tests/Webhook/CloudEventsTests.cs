using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Event Grid subscriptions delivering in the CloudEvents 1.0 schema, and its OPTIONS validation handshake.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CloudEventsTests(AzuriteFixture azurite)
{
    private const string EventGridSample = "eventgrid-keyvault-certificate-near-expiry.json";
    private const string Single = "cloudevents-keyvault-certificate-near-expiry.json";
    private const string Batch = "cloudevents-batch-keyvault-certificates-near-expiry.json";
    private const string StructuredType = "application/cloudevents+json; charset=utf-8";
    private const string BatchType = "application/cloudevents-batch+json; charset=utf-8";

    [Fact]
    public async Task Structured_cloud_event_starts_the_remediation_the_event_grid_schema_would()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var expectedId = InstanceIdOf(EventGridSample);

        var response = await app.PostAlertAsync(WebhookApp.Sample(Single), contentType: StructuredType);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/remediations/{expectedId}", response.Headers.Location?.OriginalString);
        Assert.Equal(expectedId, Assert.Single(await app.InstancesAsync()).InstanceId);
    }

    [Fact]
    public async Task Batch_starts_one_remediation_per_event()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await app.PostAlertAsync(WebhookApp.Sample(Batch), contentType: BatchType);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipts = await ReceiptsAsync(response);
        Assert.Equal(["started", "started"], receipts.Select(r => r.Status));
        Assert.Equal(receipts.Select(r => r.InstanceId).Order(), (await app.InstancesAsync()).Select(i => i.InstanceId).Order());
    }

    [Fact]
    public async Task Subscription_switched_between_schemas_does_not_start_the_remediation_again()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var first = await ReceiptsAsync(await app.PostAlertAsync(WebhookApp.Sample(EventGridSample)));

        var second = await ReceiptsAsync(await app.PostAlertAsync(WebhookApp.Sample(Single), contentType: StructuredType));

        Assert.Equal(("started", false), (first.Single().Status, first.Single().AlreadyExisted));
        Assert.Equal(first.Single().InstanceId, second.Single().InstanceId);
        Assert.True(second.Single().AlreadyExisted);
        Assert.NotEqual("started", second.Single().Status);
        Assert.Single(await app.InstancesAsync());
    }

    [Fact]
    public async Task Unknown_event_type_gets_the_answer_the_event_grid_schema_gets()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var eventGrid = JsonNode.Parse(WebhookApp.Sample(EventGridSample))!;
        eventGrid[0]!["eventType"] = "Contoso.Inventory.ItemRestocked";
        var cloudEvent = JsonNode.Parse(WebhookApp.Sample(Single))!;
        cloudEvent["type"] = "Contoso.Inventory.ItemRestocked";
        cloudEvent["id"] = "another-event";

        var viaEventGrid = await app.PostAlertAsync(Encoding.UTF8.GetBytes(eventGrid.ToJsonString()));
        var viaCloudEvents = await app.PostAlertAsync(Encoding.UTF8.GetBytes(cloudEvent.ToJsonString()), contentType: StructuredType);

        Assert.Equal(HttpStatusCode.Accepted, viaEventGrid.StatusCode);
        Assert.Equal(viaEventGrid.StatusCode, viaCloudEvents.StatusCode);
        Assert.Equal((await ReceiptsAsync(viaEventGrid)).Single().Status, (await ReceiptsAsync(viaCloudEvents)).Single().Status);
    }

    [Fact]
    public async Task Malformed_cloud_event_is_answered_400_naming_the_problem()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var cloudEvent = JsonNode.Parse(WebhookApp.Sample(Single))!;
        cloudEvent["specversion"] = "0.3";

        var response = await app.PostAlertAsync(Encoding.UTF8.GetBytes(cloudEvent.ToJsonString()), contentType: StructuredType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("specverion value of '0.3' is not supported", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Validation_handshake_with_the_key_in_the_url_allows_the_origin_and_stores_nothing()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await HandshakeAsync(app, $"/api/alerts?code={WebhookApp.Key}", "eventgrid.azure.net");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("eventgrid.azure.net", Assert.Single(response.Headers.GetValues("WebHook-Allowed-Origin")));
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Validation_handshake_without_the_key_is_answered_401()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await HandshakeAsync(app, "/api/alerts", "eventgrid.azure.net");

        await AuthenticationTests.AssertUnauthorizedAsync(response, "no credentials");
        Assert.False(response.Headers.Contains("WebHook-Allowed-Origin"));
    }

    [Theory]
    [InlineData(null, "WebHook-Request-Origin header is missing")]
    [InlineData("evil.example\r\nSet-Cookie: x", "must be a host name")]
    [InlineData("https://eventgrid.azure.net/", "must be a host name")]
    public async Task Validation_handshake_without_a_host_name_origin_is_answered_400(string? origin, string expectedDetail)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await HandshakeAsync(app, $"/api/alerts?code={WebhookApp.Key}", origin);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expectedDetail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("WebHook-Allowed-Origin"));
    }

    private static string InstanceIdOf(string sample) =>
        RemediationInstanceId.From(((AlertsAccepted)new AlertNormalizer().Normalize(WebhookApp.Sample(sample))).Alerts.Single()).Value;

    private static async Task<HttpResponseMessage> HandshakeAsync(WebhookApp app, string path, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("WebHook-Request-Origin", origin);
        }

        using var client = app.CreateClient();
        return await client.SendAsync(request);
    }

    private static async Task<IReadOnlyList<(string InstanceId, string Status, bool AlreadyExisted)>> ReceiptsAsync(HttpResponseMessage response)
    {
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. answer.RootElement.GetProperty("remediations").EnumerateArray().Select(r =>
            (r.GetProperty("instanceId").GetString()!, r.GetProperty("status").GetString()!, r.GetProperty("alreadyExisted").GetBoolean()))];
    }
}

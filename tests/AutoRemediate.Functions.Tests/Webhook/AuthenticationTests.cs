using System.Net;
using System.Text.Json;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Function keys, in the header or the code query parameter, guard both webhook routes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuthenticationTests(AzuriteFixture azurite)
{
    private const string Sample = "azure-monitor-metric-appservice-5xx-fired.json";

    [Theory]
    [InlineData(null, "no credentials")]
    [InlineData("wrong-key", "the function key is not valid")]
    public async Task Request_without_a_valid_key_header_is_answered_401_and_nothing_is_stored(string? key, string expectedDetail)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await app.PostAlertAsync(WebhookApp.Sample(Sample), key);

        await AssertUnauthorizedAsync(response, expectedDetail);
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Wrong_key_in_the_code_query_parameter_is_answered_401()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        using var content = new ByteArrayContent(WebhookApp.Sample(Sample));

        var response = await app.CreateClient().PostAsync(new Uri("/api/alerts?code=not-the-key", UriKind.Relative), content);

        await AssertUnauthorizedAsync(response, "the function key is not valid");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Valid_key_in_the_code_query_parameter_is_accepted()
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        using var content = new ByteArrayContent(WebhookApp.Sample(Sample));

        var response = await app.CreateClient().PostAsync(new Uri($"/api/alerts?code={WebhookApp.Key}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await app.InstancesAsync());
    }

    [Fact]
    public async Task App_with_only_the_sample_settings_blank_key_refuses_every_key_and_says_why()
    {
        var blanks = new Dictionary<string, string?> { ["Webhook:KeyHashes:0"] = string.Empty, ["Webhook:EntraId:ValidIssuers:0"] = string.Empty };
        await using var app = new WebhookApp(azurite.ConnectionString, blanks, withKey: false);

        var response = await app.PostAlertAsync(WebhookApp.Sample(Sample));

        await AssertUnauthorizedAsync(response, "Webhook:KeyHashes is empty");
    }

    [Fact]
    public void Malformed_key_hash_stops_start_up_with_the_setting_named()
    {
        var app = new WebhookApp(azurite.ConnectionString, new Dictionary<string, string?> { ["Webhook:KeyHashes:0"] = "not-a-hash" });

        var error = Assert.ThrowsAny<Exception>(() => app.Factory.Server);

        Assert.Contains("Webhook:KeyHashes:0", error.ToString(), StringComparison.Ordinal);
    }

    internal static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string expectedDetail)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expectedDetail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

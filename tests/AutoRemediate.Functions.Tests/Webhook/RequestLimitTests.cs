using System.Net;
using System.Text;
using System.Text.Json;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Body size and content type are checked before the body is parsed; refusals store nothing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RequestLimitTests(AzuriteFixture azurite)
{
    private const string Sample = "azure-monitor-metric-appservice-5xx-fired.json";

    [Fact]
    public async Task Body_over_the_limit_is_answered_413_naming_the_setting()
    {
        await using var app = new WebhookApp(azurite.ConnectionString, new Dictionary<string, string?> { ["Webhook:MaxBodyBytes"] = "2048" });
        var oversize = Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat("{\"padding\":\"xxxxxxxxxxxxxxxx\"}", 200)) + "]");

        var response = await app.PostAlertAsync(oversize);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Webhook:MaxBodyBytes");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Oversize_body_without_a_content_length_is_cut_off_at_the_limit()
    {
        await using var app = new WebhookApp(azurite.ConnectionString, new Dictionary<string, string?> { ["Webhook:MaxBodyBytes"] = "2048" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/alerts", UriKind.Relative))
        {
            Content = new StreamContent(new MemoryStream(new byte[64 * 1024])),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("x-functions-key", WebhookApp.Key);

        var response = await app.CreateClient().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "the limit is 2,048");
    }

    [Theory]
    [InlineData("text/plain", "'text/plain' is not accepted")]
    [InlineData("application/x-www-form-urlencoded", "send application/json")]
    [InlineData("application/json; charset=utf-16", "charset 'utf-16'")]
    public async Task Non_json_content_type_is_answered_415(string contentType, string expectedDetail)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await app.PostAlertAsync(WebhookApp.Sample(Sample), contentType: contentType);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, expectedDetail);
        Assert.Empty(await app.InstancesAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/cloudevents+json")]
    public async Task Json_or_missing_content_type_is_accepted(string? contentType)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);

        var response = await app.PostAlertAsync(WebhookApp.Sample(Sample), contentType: contentType);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string expectedDetail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expectedDetail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

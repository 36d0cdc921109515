using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Entra ID bearer tokens (Azure Monitor secure webhook), checked against a local OIDC server's keys.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BearerTokenTests(AzuriteFixture azurite)
{
    private const string Sample = "azure-monitor-metric-appservice-5xx-fired.json";

    [Fact]
    public async Task Valid_token_is_accepted_and_the_tenant_keys_are_fetched_once()
    {
        await using var oidc = await OidcTestServer.StartAsync();
        await using var app = new WebhookApp(azurite.ConnectionString, oidc.Settings);

        var first = await PostWithTokenAsync(app, oidc.CreateToken());
        var second = await PostWithTokenAsync(app, oidc.CreateToken());

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Single(await app.InstancesAsync());
        Assert.Equal(1, oidc.MetadataRequests);
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        await using var oidc = await OidcTestServer.StartAsync();
        await using var app = new WebhookApp(azurite.ConnectionString, oidc.Settings);

        var response = await PostWithTokenAsync(app, oidc.CreateToken(audience: "api://someone-else"));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "audience");
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        await using var oidc = await OidcTestServer.StartAsync();
        await using var app = new WebhookApp(azurite.ConnectionString, oidc.Settings);

        var response = await PostWithTokenAsync(app, oidc.CreateToken(expires: DateTimeOffset.UtcNow.AddMinutes(-10)));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "expired");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_refused_even_with_a_valid_function_key()
    {
        await using var oidc = await OidcTestServer.StartAsync();
        await using var app = new WebhookApp(azurite.ConnectionString, oidc.Settings);
        using var forger = RSA.Create(2048);
        using var request = Request(oidc.CreateToken(signWith: forger));
        request.Headers.Add("x-functions-key", WebhookApp.Key);

        var response = await app.CreateClient().SendAsync(request);

        await AuthenticationTests.AssertUnauthorizedAsync(response, "signature is invalid");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused()
    {
        await using var oidc = await OidcTestServer.StartAsync();
        await using var app = new WebhookApp(azurite.ConnectionString, oidc.Settings);

        var response = await PostWithTokenAsync(app, oidc.CreateToken(issuer: "https://sts.windows.net/another-tenant/"));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "issuer");
    }

    [Fact]
    public async Task Unreachable_identity_provider_is_answered_503_so_the_sender_retries()
    {
        await using var oidc = await OidcTestServer.StartAsync();
        var settings = oidc.Settings;
        settings["Webhook:EntraId:Authority"] = "http://127.0.0.1:1/";
        await using var app = new WebhookApp(azurite.ConnectionString, settings);

        var response = await PostWithTokenAsync(app, oidc.CreateToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Empty(await app.InstancesAsync());
    }

    private static async Task<HttpResponseMessage> PostWithTokenAsync(WebhookApp app, string token)
    {
        using var request = Request(token);
        return await app.CreateClient().SendAsync(request);
    }

    private static HttpRequestMessage Request(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/alerts", UriKind.Relative))
        {
            Content = new ByteArrayContent(WebhookApp.Sample(Sample)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
